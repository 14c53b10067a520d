package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.ScreenTerminal;

/** A virtual terminal with a screen: type keys into it, read what the user would see. */
public final class VirtualScreen implements AutoCloseable {
    private final ScreenTerminal.VirtualTerminal vt;

    public VirtualScreen(int columns, int rows) {
        try {
            vt = ScreenTerminal.withTerminal("virtual", "xterm-256color", columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Terminal terminal() {
        return vt.terminal();
    }

    /** The bytes the terminal sends for a key, from its own key map (keypad mode changes them). */
    public String key(Capability capability) {
        return KeyMap.key(vt.terminal(), capability);
    }

    public VirtualScreen type(String keys) {
        try {
            vt.terminal().processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Resizes the window, as a user dragging its corner: the screen, the terminal, then SIGWINCH. */
    public void resize(int columns, int rows) {
        vt.screen().setSize(Size.of(columns, rows));
        vt.terminal().setSize(Size.of(columns, rows));
        vt.terminal().raise(Terminal.Signal.WINCH);
    }

    /** What the screen shows, each line without its trailing blanks. */
    public String screen() {
        return vt.screen().toString().replaceAll("(?m) +$", "");
    }

    /**
     * Waits until the screen shows {@code text} and has stopped changing (a frame is drawn line by
     * line, so a half-drawn frame must not be read); fails with the screen if it never does.
     */
    public String waitFor(String text) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String previous = null;
        while (System.nanoTime() < deadline) {
            String s = screen();
            if (s.contains(text) && s.equals(previous)) {
                return s;
            }
            previous = s;
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("the screen never showed \"" + text + "\":\n" + screen());
    }

    /** Types keys once the screen shows {@code text}. */
    public VirtualScreen when(String text, String keys) {
        waitFor(text);
        return type(keys);
    }

    @Override
    public void close() throws IOException {
        vt.terminal().close();
    }
}
