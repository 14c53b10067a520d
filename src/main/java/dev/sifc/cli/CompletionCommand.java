package dev.sifc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints a completion script for bash or zsh ({@link CompletionScript}), or, for the script itself
 * at completion time, the names of the clients in the history.
 */
@Command(name = "completion", sortOptions = false)
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", descriptionKey = "completion.shell")
    Shell shell;

    /** What the script runs when Tab is pressed after {@code history} or {@code --forget}: not for people. */
    @Option(names = CompletionScript.CLIENTS_OPTION, hidden = true)
    boolean clients;

    @Mixin
    Options.Help help = new Options.Help();

    private final RunContext context;

    CompletionCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (clients) {
            CompletionScript.clientNames(context.env()).forEach(out::println);
        } else {
            String bash = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
            out.print(new CompletionScript(spec.root().name(), context.messages()).script(bash, shell == Shell.zsh));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
