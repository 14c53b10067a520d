package dev.sifc.cli;

import dev.sifc.load.StrictUtf8Reader;
import dev.sifc.store.AtomicFiles;
import dev.sifc.store.Drafts;
import dev.sifc.store.FileErrors;
import dev.sifc.core.Answers;
import dev.sifc.load.AnswersLoader;
import dev.sifc.core.Assessment;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Lang;
import dev.sifc.core.Position;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Scorer;
import dev.sifc.core.Trend;
import dev.sifc.core.Verdict;
import dev.sifc.prompt.Interview;
import dev.sifc.prompt.PlainPrompter;
import dev.sifc.prompt.PromptInterrupted;
import dev.sifc.prompt.Prompter;
import dev.sifc.render.AnswersYaml;
import dev.sifc.text.Messages;
import dev.sifc.render.Renderer;
import dev.sifc.render.Summary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Assesses clients: asks in the terminal, or reads answers files for scripts. */
@Command(name = "should-i-fire-client", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, showAtFileInUsageHelp = false, usageHelpAutoWidth = false)
final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", order = 1)
    String answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", order = 2)
    Options.Format format;

    @Option(names = "--client", paramLabel = "NAME", order = 3)
    String client;

    @Option(names = "--allow-missing", order = 4)
    boolean allowMissing;

    @Option(names = "--fail-on", paramLabel = "VERDICT", order = 5, converter = Options.FailOnLevels.class,
            completionCandidates = Options.FailOnLevels.class)
    Verdict.Kind failOn;

    @Option(names = "--no-input", order = 6)
    boolean noInput;

    @Option(names = "--plain", order = 7)
    boolean plain;

    @Option(names = "--save-answers", paramLabel = "FILE", order = 8)
    String saveAnswers;

    @Option(names = "--force", order = 9)
    boolean force;

    @Option(names = "--no-history", order = 10)
    boolean noHistory;

    @Option(names = "--questions", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 11)
    String questions;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, order = 12,
            completionCandidates = Options.LangCandidates.class)
    Lang lang;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", scope = ScopeType.INHERIT, order = 13)
    Options.ColorMode color;

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 14)
    boolean debug;

    /** Into a pipe or a file, output is flushed (and a closed pipe noticed) every this many clients. */
    private static final int FLUSH_EVERY = 64;

    private final Session session;

    RootCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (Answers.clientTooLong(client)) {
            throw UserException.invalid("error.client.too-long", client.codePointCount(0, client.length()), Answers.MAX_CLIENT_LENGTH);
        }
        Questionnaire questionnaire = session.questionnaire(questions);
        PrintWriter out = spec.commandLine().getOut();
        if (saveAnswers != null) {
            // Before any question is asked: a target that cannot be written is said at once.
            try {
                AtomicFiles.check(session.env().path(saveAnswers), force);
            } catch (AtomicFiles.NotAFile e) {
                throw UserException.invalid(e.folder() || saveAnswers.isEmpty() ? "error.save.folder" : "error.save.special",
                        saveAnswers);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw UserException.invalid("error.save.exists", saveAnswers);
            } catch (java.io.IOException e) {
                // a symbolic link, for one: the write says so, with the answers shown so nothing is lost
            }
        }
        if (answers == null) {
            if (noInput) {
                throw UserException.invalid("error.no-answers");
            }
            return interview(questionnaire, new Answers(client, Map.of()), out);
        }
        String source = Inputs.sourceName(answers);
        try (Reader reader = session.inputs().open(answers, Inputs.STREAM_MAX)) {
            Iterator<Answers> stream = new AnswersLoader(questionnaire).read(source, reader);
            if (!stream.hasNext()) {
                throw new InputException(Diagnostic.at(new Position(source, 1, 1), "answers.empty"));
            }
            Answers first = stream.next();
            boolean single = !stream.hasNext();
            boolean canAsk = session.env().stdinTty() && !"-".equals(answers) && !noInput && !allowMissing;
            if (single && canAsk && !Interview.missing(questionnaire, first).isEmpty()) {
                return interview(questionnaire, client != null ? new Answers(client, first.values()) : first, out);
            }
            return batch(questionnaire, out, source, first, stream);
        } catch (IOException e) {
            throw UserException.invalid("error.file.io", answers, Inputs.reason(e));
        }
    }

    /** Asks the questions that have no answer yet, then reports; Ctrl-C saves a draft. */
    private int interview(Questionnaire questionnaire, Answers given, PrintWriter out) {
        Env env = session.env();
        Messages messages = session.messages();
        PrintWriter err = spec.commandLine().getErr();
        boolean arrows = env.stdinTty() && env.stdoutTty() && !plain && !env.dumbTerminal();
        boolean colour = color == Options.ColorMode.always || (color == Options.ColorMode.auto && !env.noColor());
        DraftKeeper drafts = new DraftKeeper(questionnaire, given, new Drafts(env.vars()), err, env.stdinTty());
        Answers done;
        Prompter prompter = arrows ? openTerminal(messages, colour) : plainPrompter(err, messages);
        if (!env.stdinTty() && prompter instanceof PlainPrompter plainInput) {
            // Answers from a pipe or a file: nothing is shown before a first line came. An empty
            // stdin (a script that forgot --answers) gets one line of advice, a broken one its error.
            try {
                if (!plainInput.awaitInput()) {
                    err.println(messages.get("error.prefix") + messages.get("error.no-answers"));
                    return ExitCodes.INVALID;
                }
            } catch (PromptInterrupted e) {
                return unreadableInput(e.failure(), err, false);
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
            done = new Interview(questionnaire, messages, prompter, drafts::update).run(given, env.stdinTty());
        } catch (Interview.InterviewInterrupted e) {
            prompter.close();
            if (e.failure() != null) {
                // stdin broke off (a NUL byte, an endless line): what was answered is kept, then one line.
                if (!e.answers().values().isEmpty()) {
                    drafts.saveOnce(e.answers());
                }
                return unreadableInput(e.failure(), err, e.answers().values().isEmpty());
            }
            drafts.saveOnce(e.answers());
            if (e.endOfInput() && !env.stdinTty()) {
                List<String> missing = Interview.missing(questionnaire, e.answers()).stream().map(Question::id).toList();
                err.println(messages.get("error.prefix") + messages.get("prompt.eof.missing", missing.size(), abbreviate(missing)));
                return ExitCodes.INVALID;
            }
            return ExitCodes.INTERRUPTED;
        } finally {
            removeHook(hook);
            prompter.close();
        }
        int code = ExitCodes.OK;
        if (saveAnswers != null) {
            code = save(questionnaire, done, err);
        }
        Assessment assessment = new Scorer(questionnaire).assess(complete(questionnaire, done, "", 1, true));
        History history = new History(env, messages, err, !noHistory, assessment.client().orElse(null));
        Trend trend = history.trend(assessment);
        session.renderer(format, color, out).assessment(assessment, trend, 1);
        if (!out.checkError()) { // recorded only once the report is out (Cli reports a failed write)
            history.record(assessment, trend);
        } else if (code == ExitCodes.OK && saveAnswers == null) {
            drafts.saveOnce(done); // the report went nowhere: the answers must not go with it
        }
        history.flush();
        if (code == ExitCodes.OK && !out.checkError()) {
            drafts.discard(); // printed (and saved, with --save-answers): nothing left to resume
        } else {
            drafts.keep();
        }
        if (code == ExitCodes.OK && failOn != null && assessment.severity() >= failOn.severity()) {
            code = ExitCodes.FAIL_ON;
        }
        return code;
    }

    private Prompter openTerminal(Messages messages, boolean colour) {
        try {
            return session.env().terminals().open(messages, colour);
        } catch (IOException | RuntimeException e) {
            throw UserException.invalid("error.terminal", e.getMessage());
        }
    }

    /**
     * Plain prompts read stdin as answers files are read: strict UTF-8, no NUL, short lines, 1 MiB at
     * most. One line at a time, so that a bad byte is noticed in the line that holds it, after the
     * answers before it were taken.
     */
    private Prompter plainPrompter(PrintWriter err, Messages messages) {
        Reader strict = new StrictUtf8Reader(new LineAtATime(session.env().stdin()), Inputs.sourceName("-"), Inputs.SMALL_FILE_MAX);
        return new PlainPrompter(new BufferedReader(strict), err, messages);
    }

    /** Gives at most one line per read, and never waits for more than is already there. */
    private static final class LineAtATime extends java.io.FilterInputStream {
        LineAtATime(java.io.InputStream in) {
            super(new java.io.BufferedInputStream(in));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int c = in.read();
            if (c < 0) {
                return -1;
            }
            int n = 0;
            b[off + n++] = (byte) c;
            while (c != '\n' && n < len && in.available() > 0) {
                c = in.read();
                if (c < 0) {
                    break;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }

    /** One line for stdin that cannot be used as answers; exit 2. */
    private int unreadableInput(RuntimeException failure, PrintWriter err, boolean endThePrompt) {
        Messages messages = session.messages();
        if (endThePrompt) {
            err.println(); // the prompt waited for an answer on its line
        }
        if (failure instanceof InputException ie) {
            Cli.printInputProblems(ie, messages, err, questions);
        } else {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            err.println(messages.get("error.prefix") + messages.get("error.file.io", Inputs.sourceName("-"), cause.getMessage()));
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

    /**
     * Keeps the latest answers of an interview and its draft. With a person at the terminal
     * ({@code asYouGo}), the draft is rewritten after every answer, so that even kill -9 loses at
     * most the answer being given; it is removed once the answers reached their destination. On
     * Ctrl-C, or when the process is killed, it is saved exactly once more, with the hint to resume
     * (both can happen at the same time).
     */
    private final class DraftKeeper {
        private final Questionnaire questionnaire;
        private final Drafts drafts;
        private final PrintWriter err;
        private final Answers start;
        private final boolean asYouGo;
        private Answers latest;
        private Path path;
        private boolean failing;
        private boolean saved;

        DraftKeeper(Questionnaire questionnaire, Answers start, Drafts drafts, PrintWriter err, boolean asYouGo) {
            this.questionnaire = questionnaire;
            this.start = start;
            this.latest = start;
            this.drafts = drafts;
            this.err = err;
            this.asYouGo = asYouGo;
        }

        synchronized void update(Answers answers) {
            latest = answers;
            if (asYouGo && !saved && !failing && !answers.equals(start)) {
                try {
                    path = drafts.rewrite(path, answers.client(), AnswersYaml.draft(questionnaire, answers));
                } catch (IOException | RuntimeException e) {
                    // Nothing can be shown on the interview's screen; the final save says why.
                    failing = true;
                }
            }
        }

        /** The answers reached the report (and --save-answers): the draft has done its work. */
        synchronized void discard() {
            saved = true;
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a draft left behind loses nothing
                }
            }
        }

        /** The answers did not all reach their destination: the draft stays, and the user learns where. */
        synchronized void keep() {
            saved = true;
            if (path != null) {
                err.println(session.messages().get("prompt.draft.resume", shellQuote(path.toString())));
                err.flush();
            }
        }

        /** Saves {@code answers} (or the latest known, when null) unless a draft was saved already. */
        synchronized void saveOnce(Answers answers) {
            if (saved) {
                return;
            }
            saved = true;
            Answers toSave = answers != null ? answers : latest;
            Messages messages = session.messages();
            if (toSave.values().isEmpty() && toSave.client() == null) {
                err.println();
                err.println(messages.get("prompt.draft.nothing"));
                err.flush();
                return;
            }
            try {
                path = drafts.rewrite(path, toSave.client(), AnswersYaml.draft(questionnaire, toSave));
                err.println();
                err.println(messages.get("prompt.draft.saved", toSave.values().size(), path));
                err.println(messages.get("prompt.draft.resume", shellQuote(path.toString())));
            } catch (IOException | RuntimeException e) {
                err.println(messages.get("error.prefix") + messages.get("prompt.draft.failed", FileProblems.explain(messages, e)));
                err.print(AnswersYaml.write(questionnaire, toSave, null));
            }
            err.flush();
        }
    }

    /** Writes --save-answers; on failure the answers go to stderr, so they are not lost. */
    private int save(Questionnaire questionnaire, Answers done, PrintWriter err) {
        Messages messages = session.messages();
        String yaml = AnswersYaml.write(questionnaire, done, "should-i-fire-client answers");
        try {
            AtomicFiles.write(session.env().path(saveAnswers), yaml, force);
            err.println(messages.get("prompt.answers.saved", saveAnswers));
            return ExitCodes.OK;
        } catch (AtomicFiles.NotAFile e) {
            err.println(messages.get("error.prefix") + messages.get(e.folder() || saveAnswers.isEmpty() ? "error.save.folder"
                    : "error.save.special", saveAnswers));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println(messages.get("error.prefix") + messages.get("error.save.exists", saveAnswers));
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("error.prefix") + messages.get("error.save.failed", saveAnswers, FileProblems.explain(messages, e)));
        }
        err.print(yaml);
        err.flush();
        return ExitCodes.INVALID;
    }

    static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./@%+=:,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Reports every client of the stream as it comes; a portfolio ends with a ranked table.
     *
     * <p>A client is recorded in the history only once its report is out: the reports of a block
     * are flushed first, and only when that worked are they recorded (on a terminal after every
     * client, into a pipe or file every {@link #FLUSH_EVERY}). A signal ends the run between two
     * clients, with the same flush and record ({@link ClientBoundary}): printed and recorded agree.
     */
    private int batch(Questionnaire questionnaire, PrintWriter out, String source, Answers first, Iterator<Answers> rest) {
        Renderer renderer = session.renderer(format, color, out);
        Scorer scorer = new Scorer(questionnaire);
        // One document: only that client's record is needed from the history; a portfolio needs them all.
        String onlyClient = rest.hasNext() ? null : client != null ? client : first.client();
        PrintWriter err = spec.commandLine().getErr();
        History history = new History(session.env(), session.messages(), err, !noHistory, onlyClient);
        Shown shown = new Shown(out, history);
        try (ClientBoundary boundary = new ClientBoundary(bySignal -> {
            // also when the reader went away or a later document is bad: what was shown is kept
            shown.confirm();
            history.flush();
            if (bySignal) {
                err.println(session.messages().get("error.prefix") + session.messages().get("batch.stopped", shown.confirmed));
                err.flush();
            }
        })) {
            return batch(questionnaire, out, source, first, rest, renderer, scorer, shown, boundary);
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

    private int batch(Questionnaire questionnaire, PrintWriter out, String source, Answers first, Iterator<Answers> rest,
            Renderer renderer, Scorer scorer, Shown shown, ClientBoundary boundary) {
        int worst = -1;
        List<Summary> summaries = new ArrayList<>();
        Answers next = first;
        int index = 0;
        while (next != null) {
            if (!boundary.enter()) {
                return ExitCodes.INTERRUPTED; // a signal settled the run; the JVM's own code wins (143 for SIGTERM)
            }
            try {
                index++;
                Answers complete = complete(questionnaire, next, source, index, allowMissing);
                if (index == 1 && saveAnswers != null && !rest.hasNext()) {
                    int saved = save(questionnaire, complete, spec.commandLine().getErr());
                    if (saved != ExitCodes.OK) {
                        return saved;
                    }
                }
                Assessment assessment = scorer.assess(complete);
                Trend trend = shown.history.trend(assessment);
                renderer.assessment(assessment, trend, index);
                shown.add(assessment, trend);
                if ((session.env().stdoutTty() || index % FLUSH_EVERY == 0) && !shown.confirm()) {
                    return ExitCodes.OK; // the output failed or the reader went away (| head): Cli says which
                }
                worst = Math.max(worst, assessment.severity());
                if (renderer.wantsPortfolio()) {
                    summaries.add(Summary.of(assessment, index));
                }
            } finally {
                boundary.leave();
            }
            next = rest.hasNext() ? rest.next() : null;
        }
        if (!shown.confirm()) {
            return ExitCodes.OK;
        }
        if (summaries.size() > 1) {
            summaries.sort(Summary.WORST_FIRST);
            renderer.portfolio(summaries);
        }
        return failOn != null && worst >= failOn.severity() ? ExitCodes.FAIL_ON : ExitCodes.OK;
    }

    /** Applies --client, and --allow-missing (or fails listing what is missing). */
    private Answers complete(Questionnaire questionnaire, Answers given, String source, int index, boolean skipMissing) {
        List<String> missing = questionnaire.questions().stream().map(Question::id)
                .filter(id -> !given.values().containsKey(id)).toList();
        if (!missing.isEmpty() && !skipMissing) {
            throw new UserException(ExitCodes.INVALID, "error.missing", documentLabel(source, index), missing.size(),
                    abbreviate(missing));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            values.put(q.id(), given.values().getOrDefault(q.id(), Answers.SKIP));
        }
        return new Answers(client != null ? client : given.client(), values);
    }

    private String documentLabel(String source, int index) {
        return index > 1 ? source + " " + session.messages().get("error.document", index) : source;
    }

    static String abbreviate(List<String> ids) {
        int shown = Math.min(ids.size(), 6);
        String list = String.join(", ", ids.subList(0, shown));
        return ids.size() > shown ? list + " (+" + (ids.size() - shown) + ")" : list;
    }
}
