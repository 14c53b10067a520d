package dev.sifc.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints one letter to a client with the values given filled in, or lists the letters ({@link LetterPrinting}). */
@Command(name = "letter", sortOptions = false)
final class LetterCommand implements Callable<Integer> {
    enum Format { text, eml }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "KIND", arity = "0..1", descriptionKey = "letter.kind")
    String kind;

    @Option(names = "--client", paramLabel = "NAME", descriptionKey = "letter.client", order = 1)
    String client;

    @Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "letter.set", order = 2)
    List<String> values;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "letter.format", order = 3)
    Format format;

    @Option(names = "--to", paramLabel = "ADDRESS", descriptionKey = "letter.to", order = 4)
    String to;

    @Mixin
    Options.Letters letters = new Options.Letters();

    @Mixin
    Options.Questions questions = new Options.Questions();

    @Mixin
    Options.Help help = new Options.Help();

    private final RunContext context;

    LetterCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.useLetters(letters.or(root));
        LetterPrinting.Request request = new LetterPrinting.Request(kind, client, values == null ? List.of() : values,
                format == Format.eml, to, questions.or(root));
        return new LetterPrinting(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
