package dev.sifc.cli;

import dev.sifc.core.InputException;
import dev.sifc.core.Lang;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The one place that builds the configured {@link CommandLine}, for {@code main} and for the tests
 * alike: writers, language, exception handlers and exit codes.
 */
public final class Cli {
    private Cli() {}

    /** Parses and runs {@code args}; returns the exit code. Never throws, never exits. */
    public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
        return run(env, out, null, err, args);
    }

    /**
     * Parses and runs {@code args} with {@code out} written to {@code stdout} (which keeps the first
     * write error, or null when there is none to keep); returns the exit code. Never throws, never exits.
     */
    public static int run(Env env, PrintWriter out, OutputGuard stdout, PrintWriter err, String... args) {
        Lang lang = language(env, args);
        Messages messages = new Messages(lang);
        if (!Arguments.check(args, messages, err)) {
            return ExitCodes.INVALID;
        }
        boolean debug = List.of(args).contains("--debug");
        int code;
        try {
            code = create(env, out, err, lang, debug, args).execute(args);
        } catch (Throwable t) { // picocli lets Errors through; none may escape as a trace
            code = internalError(t, messages, err, debug);
        }
        try {
            return written(code, out, stdout, messages, err);
        } finally {
            err.flush();
        }
    }

    /**
     * The one check of standard output, for every command alike: whatever was printed is flushed,
     * and a write that failed is one line with the system's reason and exit code 4 ({@link
     * ExitCodes#OUTPUT}). A reader that went away ({@code | head -1}) is no error: the run ends
     * quietly with its own code.
     */
    static int written(int code, PrintWriter out, OutputGuard stdout, Messages messages, PrintWriter err) {
        if (!out.checkError()) {
            return code;
        }
        IOException failure = stdout == null ? null : stdout.failure();
        if (failure != null && OutputGuard.closedPipe(failure)) {
            return code;
        }
        err.println(messages.get("error.prefix") + messages.get("error.output", OutputGuard.reason(failure)));
        return code == ExitCodes.INTERNAL ? code : ExitCodes.OUTPUT;
    }

    /** Builds the whole command line. {@code lang} selects the help and message language. */
    public static CommandLine create(Env env, PrintWriter out, PrintWriter err, Lang lang, boolean debug) {
        return create(env, out, err, lang, debug, null);
    }

    /**
     * Every subcommand: {@code help} lists them all, and {@code completion} describes them all. A new
     * one goes here and into {@link #subcommand}; its help needs its own {@code usage.header},
     * {@code usage.footer} (examples) and {@code usage.exitCodeList} keys, prefixed with
     * "should-i-fire-client.NAME." (the root's keys are prefixed too, so nothing leaks from it).
     */
    static final List<String> SUBCOMMANDS = List.of("questions", "template", "validate", "letter", "history", "drafts", "completion", "help");

    /**
     * The place where subcommands are registered: the command line of {@code name}, one of {@link
     * #SUBCOMMANDS}. Each command builds its own model with picocli's programmatic API.
     */
    private static CommandLine subcommand(String name, RunContext context, RootCommand root) {
        return new CommandLine(switch (name) {
            case "questions" -> new QuestionsCommand(context, root).spec();
            case "template" -> new TemplateCommand(context, root).spec();
            case "validate" -> new ValidateCommand(context, root).spec();
            case "letter" -> new LetterCommand(context, root).spec();
            case "history" -> new HistoryCommand(context, root).spec();
            case "drafts" -> new DraftsCommand(context, root).spec();
            case "completion" -> new CompletionCommand(context).spec();
            case "help" -> new HelpCommand().spec();
            default -> throw new IllegalArgumentException(name);
        });
    }

    /**
     * Builds the command line for {@code args}, or the whole of it when {@code args} is null. Each
     * subcommand's model costs a cold start some milliseconds, and a run uses one at most: so
     * only what {@link #subcommandsFor} says is built (none for an interview, an answers file or
     * --version; just {@code history} for {@code history ...}).
     */
    static CommandLine create(Env env, PrintWriter out, PrintWriter err, Lang lang, boolean debug, String[] args) {
        Messages messages = new Messages(lang);
        RunContext context = new RunContext(env, messages);
        RootCommand root = new RootCommand(context);
        CommandLine cl = new CommandLine(root.spec());
        List<String> wanted = args == null ? SUBCOMMANDS : subcommandsFor(cl.getCommandSpec(), args);
        for (String name : wanted) {
            cl.addSubcommand(name, subcommand(name, context, root));
        }
        cl.setResourceBundle(messages.bundle());
        cl.setOut(out);
        cl.setErr(context.stderr(err)); // wrapped at a terminal, as the use cases wrap theirs
        // An @file argument must never be expanded: "@/dev/zero" would hang.
        cl.setExpandAtFiles(false);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false); // picocli would ask the terminal by starting stty or tput
        HelpLayout.install(cl, HelpLayout.width(env));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((e, given) -> usageError(e, given, messages, e.getCommandLine().getErr()));
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter w = cmd.getErr();
            if (e instanceof UserException u) {
                w.println(messages.get("error.prefix") + u.message(messages));
                return u.exitCode();
            }
            if (e instanceof InputException i) {
                printInputProblems(i, messages, w, root.questions());
                return ExitCodes.INVALID;
            }
            return internalError(e, messages, w, debug);
        });
        return cl;
    }

    /**
     * The subcommands a run needs. None when every argument is a known option of the root command
     * or the value of one, or when the first positional argument names no subcommand (it is the
     * answers file, or an unknown command that {@link AnswersArgument} words itself); the one named,
     * when it needs no others; all of them otherwise: for the usage help and {@code help} (they list
     * them), for {@code completion} (it describes them), and for an unknown option, so that error
     * messages can suggest from everything.
     */
    static List<String> subcommandsFor(CommandLine.Model.CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return List.of(); // what follows is the answers file, never a command
            }
            if (!a.startsWith("-") || a.equals("-")) {
                if (!SUBCOMMANDS.contains(a)) {
                    return helpAfter(args, i + 1) ? SUBCOMMANDS : List.of(); // "FILE --help" lists the commands too
                }
                return !a.equals("help") && !a.equals("completion") ? List.of(a) : SUBCOMMANDS;
            }
            int eq = a.indexOf('=');
            CommandLine.Model.OptionSpec option = root.findOption(eq < 0 ? a : a.substring(0, eq));
            if (option == null || option.usageHelp()) {
                return SUBCOMMANDS; // an unknown option, or --help
            }
            if (eq < 0 && option.arity().max() > 0) {
                i++; // its value, whatever it looks like
            }
        }
        return List.of();
    }

    /** True when the usage help is asked for at or after {@code from}, before any "--": -h, --help, or a cluster such as -hV. */
    private static boolean helpAfter(String[] args, int from) {
        for (int i = from; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--help") || args[i].matches("-[hV]*h[hV]*")) {
                return true;
            }
        }
        return false;
    }

    /** Chooses the language: --lang if given, else the locale (also when --lang is invalid: parsing reports it, in that language). */
    static Lang language(Env env, String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.length) {
                return Lang.parse(args[i + 1]).orElseGet(() -> Lang.fromEnvironment(env.vars()));
            }
            if (a.startsWith("--lang=")) {
                return Lang.parse(a.substring(7)).orElseGet(() -> Lang.fromEnvironment(env.vars()));
            }
        }
        return Lang.fromEnvironment(env.vars());
    }

    /**
     * The first problem on one line; how many more there are, and the command that shows them all:
     * the file as it was given ("-" for stdin), with the questionnaire the run used (a file's
     * answers are checked against it).
     */
    static void printInputProblems(InputException e, Messages messages, PrintWriter err, String questions) {
        List<String> lines = messages.format(e);
        err.println(lines.get(0));
        if (lines.size() > 1) {
            String source = e.diagnostics().get(0).position() != null ? e.diagnostics().get(0).position().source() : null;
            err.println(messages.get("error.more", lines.size() - 1, validateCommand(source, questions)));
        }
    }

    /** "validate FILE" for the file named {@code source}, as a shell would need it. */
    static String validateCommand(String source, String questions) {
        String file = source == null ? "FILE" : source.equals(Inputs.sourceName("-")) ? "-" : Shell.quote(source);
        boolean ownQuestionnaire = questions != null && !Inputs.sourceName(questions).equals(source);
        return "validate " + (ownQuestionnaire ? "--questions " + Shell.quote(questions) + " " : "") + file;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args, Messages messages, PrintWriter err) {
        err.println(messages.get("error.prefix") + UsageErrors.message(e, messages, args));
        err.println(messages.get("error.usage.hint", UsageErrors.helpCommand(e)));
        return ExitCodes.INVALID;
    }

    private static int internalError(Throwable t, Messages messages, PrintWriter err, boolean debug) {
        String what = t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + firstLine(t.getMessage()) : "");
        err.println(messages.get("error.prefix") + messages.get("error.internal", what));
        if (debug) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
