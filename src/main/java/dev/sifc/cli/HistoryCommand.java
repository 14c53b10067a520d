package dev.sifc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shows what the history remembers: every client, one client's timeline, or forgets a client ({@link RememberedClients}). */
@Command(name = "history", sortOptions = false)
final class HistoryCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..1", paramLabel = "CLIENT", descriptionKey = "history.client")
    String client;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "history.format")
    Format format;

    @Option(names = "--forget", paramLabel = "CLIENT", descriptionKey = "history.forget")
    String forget;

    @Option(names = {"-y", "--yes"}, descriptionKey = "history.yes")
    boolean yes;

    @Mixin
    Options.Questions questions = new Options.Questions();

    @Mixin
    Options.Color color = new Options.Color();

    @Mixin
    Options.Help help = new Options.Help();

    private final RunContext context;

    HistoryCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RememberedClients.Request request = new RememberedClients.Request(client, forget, yes, format == Format.json,
                questions.or(root), color.or(root));
        return new RememberedClients(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
