package dev.sifc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Lists or removes the drafts of stopped interviews ({@link StoppedInterviews}). */
final class DraftsCommand implements Callable<Integer> {
    enum Format { text, json }

    private final RunContext context;
    private final RootCommand root;
    private final CommandSpec spec;

    DraftsCommand(RunContext context, RootCommand root) {
        this.context = context;
        this.root = root;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("drafts");
        spec.usageMessage().sortOptions(false);
        spec.addOption(Options.option("--format", "FORMAT", Format.class).defaultValue("text").descriptionKey("drafts.format").build());
        spec.addOption(Options.option("--remove", "CLIENT", String.class).descriptionKey("drafts.remove").build());
        spec.addOption(Options.flag("--all").descriptionKey("drafts.all").build());
        spec.addOption(Options.flag("-y", "--yes").descriptionKey("drafts.yes").build());
        spec.addOption(Options.questions());
        spec.addOption(Options.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        StoppedInterviews.Request request = new StoppedInterviews.Request(Options.string(spec, "--remove"), Options.given(spec, "--all"),
                Options.given(spec, "--yes"), Options.value(spec, "--format", Format.class) == Format.json, Options.questions(spec, root));
        return new StoppedInterviews(context, request, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
