package dev.sifc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lists or removes the drafts of stopped interviews ({@link StoppedInterviews}). */
@Command(name = "drafts", sortOptions = false)
final class DraftsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "drafts.format")
    Format format;

    @Option(names = "--remove", paramLabel = "CLIENT", descriptionKey = "drafts.remove")
    String remove;

    @Option(names = "--all", descriptionKey = "drafts.all")
    boolean all;

    @Option(names = {"-y", "--yes"}, descriptionKey = "drafts.yes")
    boolean yes;

    @Mixin
    Options.Questions questions = new Options.Questions();

    @Mixin
    Options.Help help = new Options.Help();

    private final RunContext context;

    DraftsCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StoppedInterviews.Request request = new StoppedInterviews.Request(remove, all, yes, format == Format.json, questions.or(root));
        return new StoppedInterviews(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
