package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Assessment;
import dev.sifc.core.InputException;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Scorer;
import dev.sifc.core.Trend;
import dev.sifc.render.Renderer;
import dev.sifc.render.Summary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports every client of an answers stream as it comes; a portfolio ends with a ranked table.
 *
 * <p>A client is recorded in the history only once its report is out: the reports of a block
 * are flushed first, and only when that worked are they recorded (on a terminal after every
 * client, into a pipe or file every {@link #FLUSH_EVERY}). A signal ends the run between two
 * clients, with the same flush and record ({@link ClientBoundary}): printed and recorded agree.
 */
final class BatchAssessment {
    /** Into a pipe or a file, output is flushed (and a closed pipe noticed) every this many clients. */
    private static final int FLUSH_EVERY = 64;

    private final RunContext context;
    private final AssessmentRequest request;
    private final Questionnaire questionnaire;
    /** The file of --save-answers, or null. */
    private final AnswersTarget saveTo;
    private final PrintWriter out;
    private final PrintWriter err;

    BatchAssessment(RunContext context, AssessmentRequest request, Questionnaire questionnaire, AnswersTarget saveTo,
            PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = request;
        this.questionnaire = questionnaire;
        this.saveTo = saveTo;
        this.out = out;
        this.err = err;
    }

    /**
     * Reports {@code first} and the {@code rest} of the stream read from {@code source}; returns the exit code.
     * In a portfolio, a client whose answers cannot be used gets its problem on stderr and the others
     * are reported all the same; the run then ends with exit code 2.
     */
    int execute(String source, ClientStream.Item first, ClientStream rest) {
        Renderer renderer = context.renderer(request.format(), request.color(), out);
        // One document: only that client's record is needed from the history; a portfolio needs them all.
        String onlyClient = rest.hasNext() || first.answers() == null ? null : request.clientOr(first.answers().client());
        History history = new History(context.env(), context.messages(), err, !request.noHistory(), onlyClient);
        Shown shown = new Shown(out, history);
        try (ClientBoundary boundary = new ClientBoundary(bySignal -> {
            // also when the reader went away or a later document is bad: what was shown is kept
            shown.confirm();
            history.flush();
            if (bySignal) {
                err.println(context.messages().get("error.prefix") + context.messages().get("batch.stopped", shown.confirmed));
                err.flush();
            }
        })) {
            return report(source, first, rest, renderer, shown, boundary);
        }
    }

    /** The assessments shown since the output was last flushed, waiting to be recorded until it was. */
    private static final class Shown {
        private final PrintWriter out;
        private final History history;
        private final List<Assessment> assessments = new ArrayList<>();
        private final List<Trend> trends = new ArrayList<>();
        int confirmed;

        Shown(PrintWriter out, History history) {
            this.out = out;
            this.history = history;
        }

        void add(Assessment a, Trend t) {
            assessments.add(a);
            trends.add(t);
        }

        /** Flushes the output; records what it held if that worked. False when the output failed (or went away). */
        boolean confirm() {
            boolean failed = out.checkError(); // flushes
            if (!failed) {
                for (int i = 0; i < assessments.size(); i++) {
                    history.record(assessments.get(i), trends.get(i));
                }
                confirmed += assessments.size();
            }
            assessments.clear();
            trends.clear();
            return !failed;
        }
    }

    private int report(String source, ClientStream.Item first, ClientStream rest, Renderer renderer, Shown shown,
            ClientBoundary boundary) {
        Scorer scorer = new Scorer(questionnaire);
        int worst = -1;
        int broken = 0;
        int seen = 0;
        List<Summary> summaries = new ArrayList<>();
        for (ClientStream.Item next = first; next != null; next = rest.hasNext() ? rest.next() : null) {
            if (!boundary.enter()) {
                return ExitCodes.INTERRUPTED; // a signal settled the run; the JVM's own code wins (143 for SIGTERM)
            }
            try {
                seen++;
                // rest.hasNext() was asked before the first report already (execute): no extra wait
                boolean portfolio = seen > 1 || rest.hasNext();
                int number = next.number();
                Answers complete;
                try {
                    if (next.problem() != null) {
                        throw next.problem();
                    }
                    complete = complete(next.answers(), source, number, portfolio, rest.byLine());
                } catch (InputException | UserException e) {
                    if (!portfolio) {
                        throw e;
                    }
                    broken++;
                    problem(e);
                    continue;
                }
                if (seen == 1 && saveTo != null && !rest.hasNext()) {
                    int saved = saveTo.write(questionnaire, complete);
                    if (saved != ExitCodes.OK) {
                        return saved;
                    }
                }
                Assessment assessment = scorer.assess(complete);
                Trend trend = shown.history.trend(assessment);
                renderer.assessment(assessment, trend, portfolio ? number : Renderer.SINGLE);
                shown.add(assessment, trend);
                if ((context.env().stdoutTty() || shown.assessments.size() >= FLUSH_EVERY) && !shown.confirm()) {
                    return ExitCodes.OK; // the output failed or the reader went away (| head): Cli says which
                }
                worst = Math.max(worst, assessment.severity());
                if (renderer.wantsPortfolio()) {
                    summaries.add(Summary.of(assessment, number));
                }
            } finally {
                boundary.leave();
            }
        }
        if (!shown.confirm()) {
            return ExitCodes.OK;
        }
        if (summaries.size() > 1) {
            summaries.sort(Summary.WORST_FIRST);
            renderer.portfolio(summaries);
        }
        if (broken > 0) {
            if (rest.stopped()) {
                return ExitCodes.INVALID; // its problem, the last line, says why nothing after it was read
            }
            err.println(context.messages().get("error.prefix") + context.messages().get("batch.broken", broken, seen));
            return ExitCodes.INVALID;
        }
        return request.failsOn(worst) ? ExitCodes.FAIL_ON : ExitCodes.OK;
    }

    /** A client of a portfolio that cannot be assessed: its problem, worded as when it ends a run. */
    private void problem(RuntimeException e) {
        if (e instanceof UserException u) {
            err.println(context.messages().get("error.prefix") + u.message(context.messages()));
        } else {
            Cli.printInputProblems((InputException) e, context.messages(), err, request.questions());
        }
    }

    /** Applies --client, and --allow-missing (or fails listing what is missing, naming the client if it has a name). */
    private Answers complete(Answers given, String source, int number, boolean portfolio, boolean byLine) {
        List<String> missing = MissingAnswers.ids(questionnaire, given);
        String client = request.clientOr(given.client());
        if (!missing.isEmpty() && !request.allowMissing()) {
            String where = byLine ? source + ":" + number
                    : portfolio ? source + " " + context.messages().get("error.document", number) : source;
            if (client == null) {
                throw new UserException(ExitCodes.INVALID, "error.missing", where, missing.size(),
                        MissingAnswers.abbreviate(missing));
            }
            throw new UserException(ExitCodes.INVALID, "error.missing.named", where, missing.size(),
                    MissingAnswers.abbreviate(missing), client);
        }
        return MissingAnswers.skipped(questionnaire, given, client);
    }
}
