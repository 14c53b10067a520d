package dev.sifc.cli;

import dev.sifc.core.AnswerChanges;
import dev.sifc.core.Answers;
import dev.sifc.core.Assessment;
import dev.sifc.core.InputException;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.QuestionnaireRef;
import dev.sifc.core.Scorer;
import dev.sifc.core.Snapshot;
import dev.sifc.core.Trend;
import dev.sifc.load.StrictUtf8Reader;
import dev.sifc.prompt.Interview;
import dev.sifc.prompt.PlainPrompter;
import dev.sifc.prompt.PromptInterrupted;
import dev.sifc.prompt.Prompter;
import dev.sifc.render.Renderer;
import dev.sifc.prompt.Recall;
import dev.sifc.prompt.StartingPoint;
import dev.sifc.store.Drafts;
import dev.sifc.store.FileErrors;
import dev.sifc.store.KeptAnswers;
import dev.sifc.store.StateDir;
import dev.sifc.text.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The interview: asks the questions that have no answer yet (with arrow keys at a terminal, else
 * plain lines), then reports one client. Ctrl-C, a signal or an input that breaks off keeps the
 * answers in a draft ({@link DraftKeeper}).
 */
final class InterviewAssessment {
    private final RunContext context;
    private final AssessmentRequest request;
    private final Questionnaire questionnaire;
    /** The file of --save-answers, or null. */
    private final AnswersTarget saveTo;
    private final PrintWriter out;
    private final PrintWriter err;

    InterviewAssessment(RunContext context, AssessmentRequest request, Questionnaire questionnaire, AnswersTarget saveTo,
            PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = request;
        this.questionnaire = questionnaire;
        this.saveTo = saveTo;
        this.out = out;
        this.err = err;
    }

    /** Asks what {@code given} leaves unanswered, then reports; returns the exit code. */
    int execute(Answers given) {
        Env env = context.env();
        Messages messages = context.messages();
        boolean arrows = env.stdinTty() && env.stdoutTty() && !request.plain() && !env.dumbTerminal();
        boolean colour = context.colour(request.color(), env.stdoutTty()); // with arrows: a terminal, and not a dumb one
        Drafts draftFolder = new Drafts(env.vars());
        DraftKeeper drafts = new DraftKeeper(questionnaire, given, draftFolder, messages, err, env.stdinTty());
        // Continuing a draft of ours (--answers FILE in the drafts folder): that file is the draft,
        // rewritten as the interview goes and removed once it is finished. A user's own file never is.
        boolean fromDraft = request.answers() != null && !"-".equals(request.answers())
                && draftFolder.holds(env.path(request.answers()));
        if (fromDraft) {
            drafts.adopt(env.path(request.answers()), given);
        }
        StartingPoints recall = new StartingPoints(questionnaire, draftFolder, new KeptAnswers(env.vars()), env.clock().getZone());
        Answers done;
        Prompter prompter = arrows ? openTerminal(messages, colour) : plainPrompter(messages);
        if (!env.stdinTty() && prompter instanceof PlainPrompter plainInput) {
            // Answers from a pipe or a file: nothing is shown before a first line came. An empty
            // stdin (a script that forgot --answers) gets one line of advice, a broken one its error.
            try {
                if (!plainInput.awaitInput()) {
                    err.println(messages.get("error.prefix") + messages.get("error.no-answers"));
                    return ExitCodes.INVALID;
                }
            } catch (PromptInterrupted e) {
                return unreadableInput(e.failure(), false);
            }
        }
        // If the process is killed (SIGTERM, SIGHUP, or Ctrl-C in plain mode), the answers still
        // survive: the draft is saved first, then the terminal restored.
        Thread hook = new Thread(() -> {
            drafts.saveOnce(null);
            prompter.close();
        }, "save-draft");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            done = new Interview(questionnaire, messages, prompter, drafts::update, new Recall() {
                @Override
                public List<StartingPoint> find(String client) {
                    return recall.find(client);
                }

                @Override
                public void chosen(Optional<StartingPoint> point) {
                    recall.chosen(point);
                    recall.chosenDraft().ifPresent(file -> drafts.adopt(file, point.get().answers()));
                    point.filter(p -> p.kind() == StartingPoint.Kind.LAST).ifPresent(p ->
                            drafts.startFrom(new Answers(p.answers().client(), recall.usable(p.answers().values()))));
                }
            }).run(given, env.stdinTty(), fromDraft);
        } catch (Interview.InterviewInterrupted e) {
            prompter.close();
            if (e.failure() != null) {
                // stdin broke off (a NUL byte, an endless line): what was answered is kept, then one line.
                if (!e.answers().values().isEmpty()) {
                    drafts.saveOnce(e.answers());
                }
                return unreadableInput(e.failure(), e.answers().values().isEmpty());
            }
            drafts.saveOnce(e.answers());
            if (e.endOfInput() && !env.stdinTty()) {
                List<String> missing = MissingAnswers.ids(questionnaire, e.answers());
                err.println(messages.get("error.prefix") + (missing.isEmpty() ? messages.get("prompt.eof.review")
                        : messages.get("prompt.eof.missing", missing.size(), MissingAnswers.abbreviate(missing))));
                return ExitCodes.INVALID;
            }
            return ExitCodes.INTERRUPTED;
        } finally {
            removeHook(hook);
            prompter.close();
        }
        return report(done, drafts, recall);
    }

    /** Saves (with --save-answers) and reports the answers; the draft goes once both reached their destination. */
    private int report(Answers done, DraftKeeper drafts, StartingPoints recall) {
        int code = ExitCodes.OK;
        if (saveTo != null) {
            code = saveTo.write(questionnaire, done);
        }
        // The name is the interview's: typed, corrected in the review, or --client's.
        Assessment assessment = new Scorer(questionnaire).assess(MissingAnswers.skipped(questionnaire, done, done.client()));
        History history = new History(context.env(), context.messages(), err, !request.noHistory(),
                assessment.client().orElse(null));
        Trend trend = history.trend(assessment);
        AnswerChanges changes = assessment.client().flatMap(n -> recall.last(Snapshot.key(n)))
                .map(k -> AnswerChanges.between(questionnaire, recall.usable(k.answers()), assessment.answers().values(),
                        LocalDate.ofInstant(k.at(), context.env().clock().getZone())))
                .orElse(null);
        context.renderer(request.format(), request.color(), out).assessment(assessment, trend, changes, Renderer.SINGLE);
        if (!out.checkError()) { // recorded only once the report is out (Cli reports a failed write)
            history.record(assessment, trend);
            keep(assessment);
        } else if (code == ExitCodes.OK && saveTo == null) {
            drafts.saveOnce(done, "prompt.draft.unprinted"); // the report went nowhere: the answers must not go with it
        }
        history.flush();
        if (code == ExitCodes.OK && !out.checkError()) {
            drafts.discard(); // printed (and saved, with --save-answers): nothing left to resume
        } else {
            drafts.keep();
        }
        new LetterOffer(context, request, out, err).offer(assessment); // at a terminal: the letters the report points to
        if (code == ExitCodes.OK && request.failsOn(assessment.severity())) {
            code = ExitCodes.FAIL_ON;
        }
        return code;
    }

    /**
     * Keeps the answers of an assessment that the history records (a named client, judged, history
     * on), for the client's next re-check to start from; replaces the ones kept before.
     */
    private void keep(Assessment assessment) {
        if (request.noHistory() || !assessment.verdict().judged() || assessment.client().filter(n -> !n.isBlank()).isEmpty()) {
            return;
        }
        try {
            StateDir.resolve(context.env().vars());
        } catch (FileErrors.Refused e) {
            return; // no state folder: the history has said so already, once
        }
        KeptAnswers kept = new KeptAnswers(context.env().vars());
        try {
            kept.keep(new KeptAnswers.Kept(assessment.client().get(),
                    context.env().clock().instant().truncatedTo(ChronoUnit.SECONDS), assessment.kind(),
                    QuestionnaireRef.of(questionnaire), assessment.answers().values()));
        } catch (IOException | RuntimeException e) {
            err.println(context.messages().get("warning.prefix")
                    + context.messages().get("prompt.kept.failed", FileProblems.explain(context.messages(), e)));
        }
    }

    private Prompter openTerminal(Messages messages, boolean colour) {
        try {
            return context.env().terminals().open(messages, colour);
        } catch (IOException | RuntimeException e) {
            throw UserException.invalid("error.terminal", e.getMessage());
        }
    }

    /**
     * Plain prompts read stdin as answers files are read: strict UTF-8, no NUL, short lines, 1 MiB at
     * most. One line at a time, so that a bad byte is noticed in the line that holds it, after the
     * answers before it were taken.
     */
    private Prompter plainPrompter(Messages messages) {
        Reader strict = new StrictUtf8Reader(new LineAtATime(context.env().stdin()), Inputs.sourceName("-"), Inputs.SMALL_FILE_MAX);
        return new PlainPrompter(new BufferedReader(strict), err, messages, context.env().stdinTty() ? null : Inputs.sourceName("-"));
    }

    /** One line for stdin that cannot be used as answers; exit 2. */
    private int unreadableInput(RuntimeException failure, boolean endThePrompt) {
        Messages messages = context.messages();
        if (endThePrompt) {
            err.println(); // the prompt waited for an answer on its line
        }
        if (failure instanceof InputException ie) {
            Cli.printInputProblems(ie, messages, err, request.questions());
        } else {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            String reason = cause instanceof IOException io ? Inputs.reason(io) : cause.getMessage();
            err.println(messages.get("error.prefix") + messages.get("error.file.io", Inputs.sourceName("-"), reason));
        }
        err.flush();
        return ExitCodes.INVALID;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs, and the draft keeper saves only once
        }
    }
}
