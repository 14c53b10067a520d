package dev.sifc.cli;

import dev.sifc.core.Suggest;
import dev.sifc.text.Messages;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Says picocli's parse errors in the user's language (picocli itself speaks only English), each
 * with what would have been right: the values an option accepts, the command that was probably
 * meant, the help of the command at hand.
 */
final class UsageErrors {
    private UsageErrors() {}

    static String message(CommandLine.ParameterException e, Messages messages) {
        return message(e, messages, new String[0]);
    }

    /** @param args the command line as given, to tell an option from a word after "--" that only looks like one */
    static String message(CommandLine.ParameterException e, Messages messages, String[] args) {
        // "completion --color never": picocli sets the unknown option aside and fails on "never" as
        // SHELL; the unknown option is what the user has to fix.
        String unknown = e instanceof CommandLine.UnmatchedArgumentException ? null : e.getCommandLine().getUnmatchedArguments()
                .stream().filter(a -> a.startsWith("-") && !afterDoubleDash(a, args)).findFirst().orElse(null);
        if (unknown != null) {
            return messages.get("usage.error.unknown-option", unknown);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String arg = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (afterDoubleDash(arg, args)) {
                // After "--" nothing is an option or a command: "did you mean --answers?" would be wrong.
                return messages.get("usage.error.after-double-dash", arg);
            }
            if (arg.startsWith("-")) {
                List<String> suggestions = u.getSuggestions().stream().filter(s -> !s.equals(arg) && s.startsWith("-")).toList();
                return suggestions.isEmpty() ? messages.get("usage.error.unknown-option", arg)
                        : messages.get("usage.error.unknown-option.suggest", arg, String.join(", ", suggestions));
            }
            List<String> close = closeCommands(arg, e.getCommandLine().getSubcommands().keySet());
            return close.isEmpty() ? messages.get("usage.error.unknown-argument", arg)
                    : messages.get("usage.error.unknown-command.suggest", arg, String.join(", ", close));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return m.getMissing().isEmpty() ? messages.get("error.usage", e.getMessage()) : missing(m.getMissing().get(0), messages);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return messages.get("usage.error.twice", describe(o.getOverwritten()));
        }
        if (e.getArgSpec() == null && e.getValue() != null && e.getCommandLine().getSubcommands().containsKey("help")) {
            // "help COMMAND" with a command that does not exist (picocli's HelpCommand says so in English).
            List<String> close = closeCommands(e.getValue(), e.getCommandLine().getSubcommands().keySet());
            return close.isEmpty() ? messages.get("usage.error.no-such-command", e.getValue())
                    : messages.get("usage.error.unknown-command.suggest", e.getValue(), String.join(", ", close));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String allowed = allowed(e.getArgSpec());
            return allowed.isEmpty() ? messages.get("usage.error.invalid-value.plain", e.getValue(), describe(e.getArgSpec()))
                    : messages.get("usage.error.invalid-value", e.getValue(), describe(e.getArgSpec()), allowed);
        }
        return messages.get("error.usage", e.getMessage());
    }

    /** The command whose help the hint after a usage error points at: the one being parsed. */
    static String helpCommand(CommandLine.ParameterException e) {
        return e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
    }

    /** An option without its value, or a required argument not given: what it takes. */
    private static String missing(ArgSpec spec, Messages messages) {
        if (spec instanceof OptionSpec o) {
            String allowed = allowed(spec);
            return allowed.isEmpty() ? messages.get("usage.error.missing.label", o.longestName(), spec.paramLabel())
                    : messages.get("usage.error.missing", o.longestName(), allowed);
        }
        return messages.get("usage.error.missing.argument", spec.paramLabel());
    }

    /**
     * The commands close to {@code word}: a beginning of at least two letters, the same letters in
     * another order, or a typo: one edit, two for a word of five letters or more. Never the whole
     * list: an unrelated suggestion ("temp": help?) only misleads.
     */
    static List<String> closeCommands(String word, Collection<String> commands) {
        return commands.stream().filter(c -> close(word.toLowerCase(Locale.ROOT), c)).toList();
    }

    private static boolean close(String word, String command) {
        if (word.length() >= 2 && command.startsWith(word)) {
            return true;
        }
        if (word.length() == command.length() && sorted(word).equals(sorted(command))) {
            return true;
        }
        int distance = Suggest.distance(word, command);
        return distance <= 1 || (word.length() >= 5 && distance <= 2);
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    /** True when {@code arg} is given only after the first "--" of {@code args}. */
    static boolean afterDoubleDash(String arg, String[] args) {
        int dashes = List.of(args).indexOf("--");
        return dashes >= 0 && !List.of(args).subList(0, dashes).contains(arg) && List.of(args).subList(dashes + 1, args.length).contains(arg);
    }

    private static String describe(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec.paramLabel();
    }

    /** The values {@code spec} accepts ("text, json"), or "" when it takes any. */
    private static String allowed(ArgSpec spec) {
        Iterable<String> candidates = spec.completionCandidates();
        if (candidates == null || spec.typeInfo().isBoolean()) {
            return "";
        }
        return String.join(", ", candidates);
    }
}
