package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Verdict;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Assesses clients: asks in the terminal, or reads answers files for scripts. */
@Command(name = "should-i-fire-client", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, showAtFileInUsageHelp = false, usageHelpAutoWidth = false)
final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Files are Paths, so that completion offers file names (picocli completes files for File and Path).
    @Option(names = "--answers", paramLabel = "FILE", order = 1)
    Path answers;

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
    Path saveAnswers;

    @Option(names = "--force", order = 9)
    boolean force;

    @Option(names = "--no-history", order = 10)
    boolean noHistory;

    // Not inherited: the subcommands that read a questionnaire have their own (Options.Questions).
    @Option(names = "--questions", paramLabel = "FILE", order = 11)
    Path questions;

    // Not inherited either: `letter` and `validate` have their own (Options.Letters).
    @Option(names = "--letters", paramLabel = "FILE", order = 11)
    Path letters;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, order = 12,
            completionCandidates = Options.LangCandidates.class)
    Lang lang;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", order = 13)
    Options.ColorMode color;

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 14)
    boolean debug;

    /** The answers file without --answers, the most natural first try: see {@link AnswersArgument}. */
    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "answers.file")
    Path file;

    private final RunContext context;

    RootCommand(RunContext context) {
        this.context = context;
    }

    /** The --questions file as given before any subcommand, or null. */
    String questions() {
        return Options.text(questions);
    }

    /** The --letters file as given before any subcommand, or null. */
    String letters() {
        return Options.text(letters);
    }

    @Override
    public Integer call() {
        String word = Options.text(file);
        boolean afterDashes = word != null
                && UsageErrors.afterDoubleDash(word, spec.commandLine().getParseResult().originalArgs().toArray(new String[0]));
        String answersFile = AnswersArgument.resolve(word, Options.text(answers), afterDashes, context.env());
        context.useLetters(letters());
        AssessmentRequest request = new AssessmentRequest(answersFile, format, client, allowMissing, failOn, noInput, plain,
                Options.text(saveAnswers), force, noHistory, questions(), color);
        return new ClientAssessment(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
