package dev.sifc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a completion script for bash or zsh ({@link CompletionScript}), or, for the script itself
 * at completion time, the names of the clients in the history.
 */
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    private final RunContext context;
    private final CommandSpec spec;

    CompletionCommand(RunContext context) {
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("completion");
        spec.usageMessage().sortOptions(false);
        spec.addPositional(Options.positional("SHELL", "1", Shell.class, "completion.shell").build());
        // What the script runs when Tab is pressed after `history` or `--forget`: not for people.
        spec.addOption(Options.flag(CompletionScript.CLIENTS_OPTION).hidden(true).build());
        spec.addOption(Options.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (Options.given(spec, CompletionScript.CLIENTS_OPTION)) {
            CompletionScript.clientNames(context.env()).forEach(out::println);
        } else {
            String bash = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
            boolean zsh = Options.positional(spec, Shell.class) == Shell.zsh;
            List<String> topics = spec.root().subcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
            out.print(new CompletionScript(spec.root().name(), context.messages()).script(bash, zsh, topics));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
