package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.text.Text;
import java.io.IOError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.ClosedException;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * A JLine terminal taken over for full-screen prompts: raw mode, the alternate screen (the user's
 * scrollback is untouched), no cursor, bracketed paste; and on close the terminal's exact
 * attributes back.
 *
 * <p>Signals: SIGINT from outside stops the prompt as Ctrl-C does; Ctrl-Z and SIGTSTP give the
 * terminal back (attributes, main screen, cursor) before the process stops, and SIGCONT takes it
 * again and redraws; SIGWINCH redraws at the new size. Pastes arrive as bracketed pastes
 * ({@code ESC[200~ ... ESC[201~}): they are text, never keys. A frame is drawn only when no more
 * input is waiting, so typed-ahead or pasted input costs no redraw per character.
 */
final class FullScreenTerminal {
    /** How often a waiting read looks whether SIGINT came. */
    private static final long POLL_MS = 50;
    /** A paste whose end marker does not come within this time is over (a broken terminal must not hang us). */
    private static final long PASTE_IDLE_MS = 2000;
    private static final String PASTE_ON = "\033[?2004h";
    private static final String PASTE_OFF = "\033[?2004l";

    /** Lines to show on a screen of the given size. */
    @FunctionalInterface
    interface Frame {
        List<AttributedString> lines(int rows, int columns);
    }

    /** A key read, with its characters (the text of a paste). */
    record Input(Key key, String typed) {}

    private final Terminal terminal;
    private final Attributes original;
    private final Attributes raw;
    private final Display display;
    private final NonBlockingReader keys;
    private final Keys reader;
    private final KeyMaps keyMaps;
    private final boolean ownsTerminal;
    private final Runnable stopProcess;
    private Frame frame = (rows, columns) -> List.of();
    private volatile boolean dirty;
    private boolean closed;
    private volatile boolean interruptRequested;

    /**
     * Takes the terminal over.
     *
     * @param keys where the keys come from (the terminal's reader, or a faster one on the same input)
     * @param stopProcess stops the process until SIGCONT (for Ctrl-Z and SIGTSTP), once the terminal is
     *     given back; null where the process cannot be stopped (then Ctrl-Z does nothing)
     * @param ownsTerminal whether {@link #close()} also closes the terminal
     */
    @SuppressWarnings("this-escape")
    FullScreenTerminal(Terminal terminal, NonBlockingReader keys, Runnable stopProcess, boolean ownsTerminal) {
        this.terminal = terminal;
        this.ownsTerminal = ownsTerminal;
        this.stopProcess = stopProcess;
        this.original = terminal.enterRawMode();
        // Ctrl-C and Ctrl-D arrive as keys, so that we can save the answers and restore the terminal
        // ourselves instead of dying on a signal.
        this.raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        raw.setControlChar(Attributes.ControlChar.VMIN, 1);
        raw.setControlChar(Attributes.ControlChar.VTIME, 0);
        this.display = new Display(terminal, true);
        this.keys = keys;
        this.reader = new Keys(keys);
        this.keyMaps = new KeyMaps(terminal);
        enterScreen();
        resize();
        terminal.handle(Terminal.Signal.WINCH, signal -> {
            synchronized (this) {
                if (!closed) {
                    resize();
                    display.clear();
                    draw();
                }
            }
        });
        // SIGINT from outside (kill -INT, timeout -s INT) is Ctrl-C: the waiting read notices it.
        terminal.handle(Terminal.Signal.INT, signal -> interruptRequested = true);
        terminal.handle(Terminal.Signal.TSTP, signal -> suspend());
        // After SIGSTOP (which cannot be caught) the shell may have reset the terminal: take it again.
        terminal.handle(Terminal.Signal.CONT, signal -> resume());
    }

    /** Raw mode, the alternate screen, no cursor, bracketed paste. */
    private void enterScreen() {
        terminal.setAttributes(raw);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.cursor_invisible);
        terminal.writer().write(PASTE_ON);
        terminal.puts(Capability.clear_screen);
        terminal.flush();
    }

    /** Everything {@link #enterScreen} changed, undone: the terminal as the user had it. */
    private void leaveScreen() {
        terminal.writer().write(PASTE_OFF);
        terminal.puts(Capability.cursor_normal);
        terminal.puts(Capability.exit_ca_mode);
        terminal.flush();
        terminal.setAttributes(original);
    }

    /** Ctrl-Z or SIGTSTP: gives the terminal back, stops until SIGCONT, then takes it again. */
    private void suspend() {
        if (stopProcess == null) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                leaveScreen();
            } catch (IllegalStateException | IOError e) {
                return; // the terminal is closed already
            }
            try {
                stopProcess.run();
            } finally {
                resume();
            }
        }
    }

    /** Raw mode and the alternate screen again, and the current screen drawn anew. */
    private synchronized void resume() {
        if (closed) {
            return;
        }
        try {
            enterScreen();
            resize();
            display.clear();
            draw();
        } catch (IllegalStateException | IOError e) {
            // the terminal is closed already: the next read says so
        }
    }

    private void resize() {
        Size size = terminal.getSize();
        int rows = size.getRows() > 0 ? size.getRows() : 24;
        int cols = size.getColumns() > 0 ? size.getColumns() : 80;
        display.resize(Size.of(cols, rows));
    }

    /** The next frame; it is drawn as soon as no input is waiting, and again at every resize. */
    synchronized void show(Frame next) {
        this.frame = next;
        this.dirty = true;
    }

    private synchronized void drawIfDirty() {
        if (dirty && !closed) {
            draw();
        }
    }

    private void draw() {
        dirty = false;
        List<AttributedString> lines = new ArrayList<>(frame.lines(display.getRows(), display.getColumns()));
        if (lines.isEmpty()) {
            return;
        }
        int rows = display.getRows();
        if (lines.size() > rows) {
            lines = lines.subList(0, rows);
        }
        int cursorRow = Math.max(0, lines.size() - 1);
        display.update(lines, cursorRow * display.getColumns() + lines.get(cursorRow).columnLength());
        terminal.flush();
    }

    /**
     * The next key of the {@code kind} of screen. Ctrl-Z is handled here; a paste is read to its end,
     * and given as {@link Key#PASTE} with its clean text (capped at {@code Answers.MAX_CLIENT_LENGTH})
     * to a text screen, discarded elsewhere.
     *
     * @throws PromptInterrupted at Ctrl-C, Ctrl-D, SIGINT, or when the terminal went away
     */
    Input read(KeyMaps.Kind kind) {
        boolean takesText = kind == KeyMaps.Kind.TEXT;
        while (true) {
            Key key;
            try {
                key = reader.readBinding(keyMaps.get(kind));
                if (key == Key.PASTE) {
                    String text = readPaste(takesText ? Answers.MAX_CLIENT_LENGTH : 0);
                    if (takesText) {
                        return new Input(Key.PASTE, text);
                    }
                    continue;
                }
            } catch (EndOfFileException | IOError | IllegalStateException e) {
                // The terminal went away (hang-up, or closed by a shutdown hook): like Ctrl-D.
                throw new PromptInterrupted(false);
            }
            if (key == null || key == Key.INTERRUPT) {
                throw new PromptInterrupted(false);
            }
            if (key == Key.SUSPEND) {
                suspend();
                continue;
            }
            return new Input(key, reader.getLastBinding());
        }
    }

    /**
     * Reads a bracketed paste up to its end marker, in one pass: keeps at most {@code keep} code
     * points (newlines and tabs as spaces, other control characters dropped) and discards the rest.
     */
    private String readPaste(int keep) {
        String end = KeyMaps.PASTE_END;
        StringBuilder text = new StringBuilder();
        int kept = 0;
        int matched = 0; // characters of the end marker seen so far
        while (true) {
            int c = reader.next(PASTE_IDLE_MS);
            if (c < 0) {
                break; // no end marker in time, or the terminal went away
            }
            if (c == end.charAt(matched)) {
                if (++matched == end.length()) {
                    break;
                }
                continue;
            }
            if (matched > 0) {
                // Not the end after all: ESC is dropped as a control character, the rest is text.
                for (int i = 1; i < matched; i++) {
                    kept = keep(text, end.charAt(i), kept, keep);
                }
                matched = c == end.charAt(0) ? 1 : 0;
                if (matched == 1) {
                    continue;
                }
            }
            kept = keep(text, (char) c, kept, keep);
        }
        return text.toString();
    }

    private static int keep(StringBuilder text, char c, int kept, int cap) {
        if (Character.isLowSurrogate(c)) {
            // The second half of a character whose first half was kept (or dropped) just before.
            if (text.length() > 0 && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                text.append(c);
            }
            return kept;
        }
        if (kept >= cap) {
            return kept;
        }
        char k = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
        if (Text.clean(String.valueOf(k)).equals(String.valueOf(k)) || Character.isHighSurrogate(k)) {
            text.append(k);
            return kept + 1;
        }
        return kept;
    }

    /**
     * Reads characters for the key maps. Waiting, it draws the pending frame once no more input is
     * waiting, and looks every {@link #POLL_MS} ms whether SIGINT came.
     */
    private final class Keys extends BindingReader {
        Keys(NonBlockingReader in) {
            super(in);
        }

        @Override
        public int readCharacter() {
            if (!pushBackChar.isEmpty()) {
                return pushBackChar.pop();
            }
            int high = 0;
            while (true) {
                int c = next(0);
                if (c >= 0 && Character.isHighSurrogate((char) c)) {
                    high = c;
                    continue;
                }
                return high != 0 && c >= 0 ? Character.toCodePoint((char) high, (char) c) : c;
            }
        }

        /** The next character; -1 at the end of input, READ_EXPIRED after {@code timeout} ms (0: none). */
        int next(long timeout) {
            if (!pushBackChar.isEmpty()) {
                return pushBackChar.pop();
            }
            long deadline = timeout > 0 ? System.nanoTime() + timeout * 1_000_000 : Long.MAX_VALUE;
            try {
                while (true) {
                    if (interruptRequested) {
                        throw new PromptInterrupted(false);
                    }
                    int c = reader.read(dirty ? 1 : POLL_MS);
                    if (c != NonBlockingReader.READ_EXPIRED) {
                        return c;
                    }
                    drawIfDirty();
                    if (System.nanoTime() > deadline) {
                        return NonBlockingReader.READ_EXPIRED;
                    }
                }
            } catch (ClosedException e) {
                throw new EndOfFileException(e);
            } catch (IOException e) {
                throw new IOError(e);
            }
        }
    }

    /** Gives the terminal back as it was; closes it too when it is ours. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!ownsTerminal) {
                // A terminal we own gives the process its own signal handlers back when it closes.
                for (Terminal.Signal s : List.of(Terminal.Signal.WINCH, Terminal.Signal.INT, Terminal.Signal.TSTP,
                        Terminal.Signal.CONT)) {
                    terminal.handle(s, Terminal.SignalHandler.SIG_DFL);
                }
            }
            leaveScreen();
        } catch (IllegalStateException | IOError e) {
            // JLine's own shutdown hook closed the terminal first, and restored it as it did.
            return;
        }
        if (ownsTerminal) {
            try {
                keys.close(); // a reader made for our terminal is ours too: it must leave later keys alone
                terminal.close();
            } catch (IOException e) {
                // the attributes are restored already; nothing more to do
            }
        }
    }
}
