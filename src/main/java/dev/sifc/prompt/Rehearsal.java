package dev.sifc.prompt;

import dev.sifc.core.Lang;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jline.terminal.Terminal;
import org.jline.utils.ScreenTerminal;

/**
 * The arrow-key interview played through once with scripted keys, for the training run that builds
 * the class-data archive (dev.sifc.Training): it loads the classes a real interview loads, while
 * JLine stays inside this package.
 */
public final class Rehearsal {
    private Rehearsal() {}

    /**
     * Runs {@code interview} with a terminal opener whose prompter answers every question with Enter,
     * on a virtual terminal; then touches the real terminal's classes (provider, native loader).
     */
    public static void interview(int questions, Consumer<TerminalOpener> interview) throws IOException {
        ScreenTerminal.VirtualTerminal vt = ScreenTerminal.withTerminal("training", "xterm-256color", 100, 30);
        try (Prompter prompter = new TerminalPrompter(vt.terminal(), new Messages(Lang.EN), true, false)) {
            interview.accept((messages, colour) -> {
                type(vt, "\r" + "\r".repeat(questions) + "\r");
                return prompter;
            });
        }
        vt.terminal().close();
        // Without a terminal JLine falls back to a dumb one, but loads the real one's classes on the way.
        try (Terminal system = SystemTerminal.builder().dumb(true).build()) {
            system.getSize();
        } catch (IOException | RuntimeException | LinkageError e) {
            // training is best effort
        }
    }

    private static void type(ScreenTerminal.VirtualTerminal vt, String keys) {
        try {
            vt.terminal().processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
