package dev.sifc.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Prints one letter to a client with the values given filled in, or lists the letters ({@link LetterPrinting}). */
final class LetterCommand implements Callable<Integer> {
    enum Format { text, eml }

    private final RunContext context;
    private final RootCommand root;
    private final CommandSpec spec;

    LetterCommand(RunContext context, RootCommand root) {
        this.context = context;
        this.root = root;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("letter");
        spec.usageMessage().sortOptions(false);
        spec.addPositional(Options.positional("KIND", "0..1", String.class, "letter.kind").build());
        spec.addOption(Options.option("--client", "NAME", String.class).descriptionKey("letter.client").order(1).build());
        spec.addOption(Options.option("--set", "KEY=VALUE", List.class).auxiliaryTypes(String.class).descriptionKey("letter.set")
                .order(2).build());
        spec.addOption(Options.option("--format", "FORMAT", Format.class).defaultValue("text").descriptionKey("letter.format").order(3)
                .build());
        spec.addOption(Options.option("--to", "ADDRESS", String.class).descriptionKey("letter.to").order(4).build());
        spec.addOption(Options.letters());
        spec.addOption(Options.questions());
        spec.addOption(Options.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        context.useLetters(Options.letters(spec, root));
        LetterPrinting.Request request = new LetterPrinting.Request(Options.positional(spec, String.class),
                Options.string(spec, "--client"), Options.texts(spec.findOption("--set")),
                Options.value(spec, "--format", Format.class) == Format.eml, Options.string(spec, "--to"),
                Options.questions(spec, root));
        return new LetterPrinting(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
