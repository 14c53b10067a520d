package dev.sifc.cli;

import dev.sifc.core.Assessment;
import dev.sifc.core.Letter;
import dev.sifc.render.LetterHints;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * After the verdict of an interview at a terminal: offers the letters the report points to, numbered,
 * and prints the one the user picks with the client's name filled in. Enter, an end of input or
 * anything else shows none. Nothing is asked for a report that is not text on a terminal, with
 * --no-input, after a report that could not be written, or when no letter fits.
 */
final class LetterOffer {
    private final RunContext context;
    private final AssessmentRequest request;
    private final PrintWriter out;
    private final PrintWriter err;

    LetterOffer(RunContext context, AssessmentRequest request, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = request;
        this.out = out;
        this.err = err;
    }

    /** Offers the letters for {@code a}; returns the kind shown, or null for none. */
    String offer(Assessment a) {
        Env env = context.env();
        if (request.format() != Options.Format.text || request.noInput() || !env.stdinTty() || !env.stdoutTty()
                || out.checkError()) { // a report that did not reach the terminal gets no offer under it
            return null;
        }
        List<LetterHints.Hint> hints = context.letterHints().forAssessment(a);
        if (hints.isEmpty()) {
            return null;
        }
        Messages m = context.messages();
        out.println();
        out.println(m.get("letter.offer.heading"));
        int width = hints.stream().mapToInt(h -> h.kind().length()).max().orElse(0);
        for (int i = 0; i < hints.size(); i++) {
            Letter letter = context.letters().find(hints.get(i).kind()).orElseThrow();
            String line = "  " + (i + 1) + "  " + Text.pad(letter.kind(), width) + "  " + letter.when().get(m.lang());
            out.println(Text.truncate(Text.clean(line), context.width()));
        }
        out.print(m.get("letter.offer.prompt", hints.size()));
        out.flush();
        String answer;
        try {
            // Not closed: it would close stdin, which is the process's own.
            answer = new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            out.println();
        }
        int choice = number(answer == null ? "" : answer.strip(), hints.size());
        if (choice == 0) {
            return null;
        }
        String kind = hints.get(choice - 1).kind();
        out.println();
        LetterPrinting.Request letter = new LetterPrinting.Request(kind, a.client().orElse(null), List.of(), false, null,
                request.questions());
        new LetterPrinting(context, letter, out, err).execute();
        return kind;
    }

    /** 1 to {@code max} for a valid number, 0 for anything else. */
    private static int number(String s, int max) {
        if (!s.matches("[0-9]{1,3}")) {
            return 0;
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= max ? n : 0;
    }
}
