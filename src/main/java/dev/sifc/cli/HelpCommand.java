package dev.sifc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code help [COMMAND]}: picocli's {@link CommandLine.HelpCommand}, the same attributes and the same
 * behaviour, with its model built by the programmatic API instead of read from its annotations.
 */
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    private final CommandSpec spec;
    private CommandLine self;
    private CommandLine.Help.ColorScheme colorScheme;
    private PrintWriter out;

    HelpCommand() {
        spec = CommandSpec.wrapWithoutInspection(this).name("help").helpCommand(true);
        // picocli's texts, for a bundle without the keys (ours has them).
        spec.usageMessage().synopsisHeading("%nUsage: ").header("Display help information about the specified command.")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        spec.addOption(Options.flag("-h", "--help").usageHelp(true).descriptionKey("helpCommand.help")
                .description("Show usage help for the help command and exit.").build());
        spec.addPositional(Options.positional("COMMAND", "0..1", String.class, "helpCommand.command")
                .description("The COMMAND to display the usage help message for.").build());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colorScheme = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine parent = self == null ? null : self.getParent();
        if (parent == null) {
            return CommandLine.ExitCode.OK;
        }
        String command = Options.positional(spec, String.class);
        if (command == null) {
            parent.usage(out, colorScheme);
            return parent.getCommandSpec().exitCodeOnUsageHelp();
        }
        CommandLine subcommand = parent.getCommandSpec().subcommands().get(command);
        if (subcommand == null) {
            throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
        }
        subcommand.usage(out, colorScheme);
        return subcommand.getCommandSpec().exitCodeOnUsageHelp();
    }
}
