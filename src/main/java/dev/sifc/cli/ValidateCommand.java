package dev.sifc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Checks questionnaire and answers files; prints every problem with its position ({@link FileValidation}). */
final class ValidateCommand implements Callable<Integer> {
    private final RunContext context;
    private final RootCommand root;
    private final CommandSpec spec;

    ValidateCommand(RunContext context, RootCommand root) {
        this.context = context;
        this.root = root;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("validate");
        spec.usageMessage().sortOptions(false);
        spec.addOption(Options.flag("--allow-missing").descriptionKey("allow-missing").build());
        // Paths, so that completion offers file names.
        spec.addPositional(Options.positional("FILE", "1..*", List.class, "validate.files").auxiliaryTypes(Path.class).build());
        spec.addOption(Options.questions());
        spec.addOption(Options.letters());
        spec.addOption(Options.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        FileValidation.Request request = new FileValidation.Request(
                LetterValidation.withLetters(Options.letters(spec, root), Options.texts(spec.positionalParameters().get(0))),
                Options.given(spec, "--allow-missing"), Options.questions(spec, root));
        return new FileValidation(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
