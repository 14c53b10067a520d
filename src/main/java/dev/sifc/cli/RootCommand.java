package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Verdict;
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

    @Option(names = "--letters", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 11)
    String letters;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, order = 12,
            completionCandidates = Options.LangCandidates.class)
    Lang lang;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", scope = ScopeType.INHERIT, order = 13)
    Options.ColorMode color;

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 14)
    boolean debug;

    private final RunContext context;

    RootCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.useLetters(letters);
        AssessmentRequest request = new AssessmentRequest(answers, format, client, allowMissing, failOn, noInput, plain,
                saveAnswers, force, noHistory, questions, color);
        return new ClientAssessment(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
