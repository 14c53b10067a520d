package dev.sifc.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Locale;

/**
 * The one word after the options that names no command: the answers file, as if {@code --answers}
 * had been given ({@code should-i-fire-client examples/keep.yaml} is the most natural first try).
 * It is a file when one of that name exists, when it looks like one (a "/" in it, or a .yaml, .yml,
 * .json, .jsonl or .ndjson ending: then reading it says what is wrong, "no such file"), or when it is "-" (stdin,
 * as for --answers). Any other word was meant as a command: "unknown command", with "did you mean"
 * only for commands that are actually close.
 */
final class AnswersArgument {
    private AnswersArgument() {}

    /**
     * The answers file to read: {@code word} (may be null), or {@code answers} (--answers, may be null).
     * {@code afterDoubleDash}: the word came after "--", so it cannot have meant a command.
     */
    static String resolve(String word, String answers, boolean afterDoubleDash, Env env) {
        if (word == null) {
            return answers;
        }
        if (answers != null) {
            throw UserException.invalid("usage.error.file-and-answers", word, answers);
        }
        if (afterDoubleDash || word.equals("-") || looksLikeFile(word) || exists(word, env)) {
            return word;
        }
        List<String> close = UsageErrors.closeCommands(word, Cli.SUBCOMMANDS);
        if (close.isEmpty()) {
            throw UserException.invalid("usage.error.unknown-command", word);
        }
        throw UserException.invalid("usage.error.unknown-command.suggest", word, String.join(", ", close));
    }

    private static boolean looksLikeFile(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.indexOf('/') >= 0 || lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")
                || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    private static boolean exists(String word, Env env) {
        try {
            return Files.exists(env.path(word));
        } catch (InvalidPathException | UserException e) {
            return false; // not a name a file can have here: then it was meant as a command
        }
    }
}
