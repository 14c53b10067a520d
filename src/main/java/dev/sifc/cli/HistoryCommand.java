package dev.sifc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Shows what the history remembers: every client, one client's timeline, or forgets a client ({@link RememberedClients}). */
final class HistoryCommand implements Callable<Integer> {
    enum Format { text, json }

    private final RunContext context;
    private final RootCommand root;
    private final CommandSpec spec;

    HistoryCommand(RunContext context, RootCommand root) {
        this.context = context;
        this.root = root;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("history");
        spec.usageMessage().sortOptions(false);
        spec.addPositional(Options.positional("CLIENT", "0..1", String.class, "history.client").build());
        spec.addOption(Options.option("--format", "FORMAT", Format.class).defaultValue("text").descriptionKey("history.format").build());
        spec.addOption(Options.option("--forget", "CLIENT", String.class).descriptionKey("history.forget").build());
        spec.addOption(Options.flag("-y", "--yes").descriptionKey("history.yes").build());
        spec.addOption(Options.questions());
        spec.addOption(Options.color());
        spec.addOption(Options.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        RememberedClients.Request request = new RememberedClients.Request(Options.positional(spec, String.class),
                Options.string(spec, "--forget"),
                Options.given(spec, "--yes"), Options.value(spec, "--format", Format.class) == Format.json, Options.questions(spec, root),
                Options.color(spec, root));
        return new RememberedClients(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
