package dev.sifc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Checks questionnaire and answers files; prints every problem with its position ({@link FileValidation}). */
@Command(name = "validate", sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Option(names = "--allow-missing", descriptionKey = "allow-missing")
    boolean allowMissing;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "validate.files")
    List<Path> files; // Paths, so that completion offers file names

    @Mixin
    Options.Questions questions = new Options.Questions();

    @Mixin
    Options.Letters letters = new Options.Letters();

    @Mixin
    Options.Help help = new Options.Help();

    private final RunContext context;

    ValidateCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        FileValidation.Request request = new FileValidation.Request(
                LetterValidation.withLetters(letters.or(root), files.stream().map(Path::toString).toList()), allowMissing,
                questions.or(root));
        return new FileValidation(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
