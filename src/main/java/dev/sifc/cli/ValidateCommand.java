package dev.sifc.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Checks questionnaire and answers files; prints every problem with its position ({@link FileValidation}). */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Option(names = "--allow-missing", descriptionKey = "allow-missing")
    boolean allowMissing;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "validate.files")
    List<String> files;

    private final RunContext context;

    ValidateCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        FileValidation.Request request = new FileValidation.Request(LetterValidation.withLetters(root.letters, files),
                allowMissing, root.questions);
        return new FileValidation(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
