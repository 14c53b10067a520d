package dev.sifc.cli;

import dev.sifc.render.Messages;
import java.util.List;
import picocli.CommandLine;

/** Says picocli's parse errors in the user's language (picocli itself speaks only English). */
final class UsageErrors {
    private UsageErrors() {}

    static String message(CommandLine.ParameterException e, Messages messages) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String arg = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = u.getSuggestions();
            if (arg.startsWith("-")) {
                return suggestions.isEmpty() ? messages.get("usage.error.unknown-option", arg)
                        : messages.get("usage.error.unknown-option.suggest", arg, String.join(", ", suggestions));
            }
            return suggestions.isEmpty() ? messages.get("usage.error.unknown-argument", arg)
                    : messages.get("usage.error.unknown-command.suggest", arg, String.join(", ", suggestions));
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
