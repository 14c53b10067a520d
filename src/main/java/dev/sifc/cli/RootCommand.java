package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Verdict;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/** Assesses clients: asks in the terminal, or reads answers files for scripts. */
final class RootCommand implements Callable<Integer> {
    static final String NAME = "should-i-fire-client";

    private final RunContext context;
    private final CommandSpec spec;

    RootCommand(RunContext context) {
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this).name(NAME).versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).showAtFileInUsageHelp(false).autoWidth(false);
        spec.addOption(Options.file("--answers").order(1).build());
        spec.addOption(Options.option("--format", "FORMAT", Options.Format.class).defaultValue("text").order(2).build());
        spec.addOption(Options.option("--client", "NAME", String.class).order(3).build());
        spec.addOption(Options.flag("--allow-missing").order(4).build());
        Options.FailOnLevels levels = new Options.FailOnLevels();
        spec.addOption(Options.option("--fail-on", "VERDICT", Verdict.Kind.class).order(5).converters(levels)
                .completionCandidates(levels).build());
        spec.addOption(Options.flag("--no-input").order(6).build());
        spec.addOption(Options.flag("--plain").order(7).build());
        spec.addOption(Options.file("--save-answers").order(8).build());
        spec.addOption(Options.flag("--force").order(9).build());
        spec.addOption(Options.flag("--no-history").order(10).build());
        // Not inherited: the subcommands that read a questionnaire have their own (Options.questions).
        spec.addOption(Options.file("--questions").order(11).build());
        // Not inherited either: `letter` and `validate` have their own (Options.letters).
        spec.addOption(Options.file("--letters").order(11).build());
        spec.addOption(Options.option("--lang", "LANG", Lang.class).scopeType(ScopeType.INHERIT).order(12)
                .completionCandidates(new Options.LangCandidates()).build());
        spec.addOption(Options.option("--color", "WHEN", Options.ColorMode.class).defaultValue("auto").order(13).build());
        spec.addOption(Options.flag("--debug").scopeType(ScopeType.INHERIT).order(14).build());
        // What mixinStandardHelpOptions adds, without reading picocli's annotated mixin.
        spec.addOption(Options.help());
        spec.addOption(Options.flag("-V", "--version").versionHelp(true).descriptionKey("mixinStandardHelpOptions.version").build());
        // The answers file without --answers, the most natural first try: see AnswersArgument.
        spec.addPositional(Options.positional("FILE", "0..1", Path.class, "answers.file").build());
    }

    CommandSpec spec() {
        return spec;
    }

    /** The --questions file as given before any subcommand, or null. */
    String questions() {
        return Options.file(spec, "--questions");
    }

    /** The --letters file as given before any subcommand, or null. */
    String letters() {
        return Options.file(spec, "--letters");
    }

    /** The --color given before any subcommand, or its default. */
    Options.ColorMode color() {
        return Options.value(spec, "--color", Options.ColorMode.class);
    }

    @Override
    public Integer call() {
        String word = Options.text(Options.positional(spec, Path.class));
        boolean afterDashes = word != null
                && UsageErrors.afterDoubleDash(word, spec.commandLine().getParseResult().originalArgs().toArray(new String[0]));
        String answersFile = AnswersArgument.resolve(word, Options.file(spec, "--answers"), afterDashes, context.env());
        context.useLetters(letters());
        AssessmentRequest request = new AssessmentRequest(answersFile, Options.value(spec, "--format", Options.Format.class),
                Options.string(spec, "--client"),
                Options.given(spec, "--allow-missing"), Options.value(spec, "--fail-on", Verdict.Kind.class), Options.given(spec, "--no-input"),
                Options.given(spec, "--plain"), Options.file(spec, "--save-answers"), Options.given(spec, "--force"),
                Options.given(spec, "--no-history"), questions(), color());
        return new ClientAssessment(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
