package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Verdict;
import java.util.Objects;

/**
 * What the main command was asked to do, as its options said it: where the answers come from, how
 * to report, and what to keep. Null stands for an option not given.
 */
record AssessmentRequest(
        String answers,
        Options.Format format,
        String client,
        boolean allowMissing,
        Verdict.Kind failOn,
        boolean noInput,
        boolean plain,
        String saveAnswers,
        boolean force,
        boolean noHistory,
        String questions,
        Options.ColorMode color) {

    AssessmentRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(color, "color");
        if (Answers.clientTooLong(client)) {
            throw UserException.invalid("error.client.too-long", client.codePointCount(0, client.length()),
                    Answers.MAX_CLIENT_LENGTH);
        }
    }

    /** The client's name: --client wins over the name the answers give ({@code named}, may be null). */
    String clientOr(String named) {
        return client != null ? client : named;
    }

    /** The one --fail-on decision: whether a verdict of this severity ends the run with exit code 3. */
    boolean failsOn(int severity) {
        return failOn != null && severity >= failOn.severity();
    }
}
