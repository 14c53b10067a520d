package dev.sifc.cli;

import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.PrintWriter;

/**
 * Checks the raw arguments before anything else reads them. Java decodes the command line as UTF-8
 * (the launcher sees to that under any locale) and turns each byte that is not valid UTF-8 into
 * U+FFFD: a client name typed in a Latin-1 terminal would be stored as "M\uFFFDller", and a file
 * name in Latin-1 could never be opened. Such an argument is refused with one line that names it.
 */
final class Arguments {
    private Arguments() {}

    private static final char REPLACEMENT = '\uFFFD';

    /** True when every argument is valid text; otherwise prints one line to {@code err} and returns false. */
    static boolean check(String[] args, Messages messages, PrintWriter err) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.indexOf(REPLACEMENT) < 0) {
                continue;
            }
            String shown = Text.clean(arg.replace(REPLACEMENT, '?'));
            String previous = i > 0 ? args[i - 1] : "";
            boolean value = previous.startsWith("-") && previous.length() > 1 && !previous.equals("--") && previous.indexOf('=') < 0;
            err.println(messages.get("error.prefix") + (value
                    ? messages.get("error.argument.encoding.after", i + 1, Text.clean(previous), shown)
                    : messages.get("error.argument.encoding", i + 1, shown)));
            err.flush();
            return false;
        }
        return true;
    }
}
