package dev.sifc.cli;

import dev.sifc.core.Suggest;
import dev.sifc.text.Messages;
import java.util.List;
import picocli.CommandLine;

/** Says picocli's parse errors in the user's language (picocli itself speaks only English). */
final class UsageErrors {
    private UsageErrors() {}

    static String message(CommandLine.ParameterException e, Messages messages) {
        return message(e, messages, new String[0]);
    }

    /** @param args the command line as given, to tell an option from a word after "--" that only looks like one */
    static String message(CommandLine.ParameterException e, Messages messages, String[] args) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String arg = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (afterDoubleDash(arg, args)) {
                // After "--" nothing is an option or a command: "did you mean --answers?" would be wrong.
                return messages.get("usage.error.after-double-dash", arg);
            }
            List<String> suggestions = u.getSuggestions().stream().filter(s -> !s.equals(arg)).toList();
            if (arg.startsWith("-")) {
                return suggestions.isEmpty() ? messages.get("usage.error.unknown-option", arg)
                        : messages.get("usage.error.unknown-option.suggest", arg, String.join(", ", suggestions));
            }
            // picocli's similarity finds "letter" in "@/dev/zero": a command is suggested only for a plausible typo.
            List<String> commands = suggestions.stream().filter(s -> Suggest.nearest(arg, List.of(s)).isPresent()).toList();
            return commands.isEmpty() ? messages.get("usage.error.unknown-argument", arg)
                    : messages.get("usage.error.unknown-command.suggest", arg, String.join(", ", commands));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            String names = m.getMissing().isEmpty() ? "" : describe(m.getMissing().get(0));
            return messages.get("usage.error.missing", names);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return messages.get("usage.error.invalid-value", e.getValue(), describe(e.getArgSpec()), hint(e.getArgSpec()));
        }
        return messages.get("error.usage", e.getMessage());
    }

    /** True when {@code arg} is given only after the first "--" of {@code args}. */
    static boolean afterDoubleDash(String arg, String[] args) {
        int dashes = List.of(args).indexOf("--");
        return dashes >= 0 && !List.of(args).subList(0, dashes).contains(arg) && List.of(args).subList(dashes + 1, args.length).contains(arg);
    }

    private static String describe(CommandLine.Model.ArgSpec spec) {
        if (spec instanceof CommandLine.Model.OptionSpec o) {
            return o.longestName();
        }
        return spec.paramLabel();
    }

    private static String hint(CommandLine.Model.ArgSpec spec) {
        Iterable<String> candidates = spec.completionCandidates();
        if (candidates == null) {
            return "";
        }
        return String.join(", ", candidates);
    }
}
