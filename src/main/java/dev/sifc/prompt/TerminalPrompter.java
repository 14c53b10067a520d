package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.ModelException;
import dev.sifc.core.QuestionType;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import dev.sifc.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * Full-screen prompts on a JLine terminal: arrow keys, j/k and digits move the highlight, Enter
 * confirms. Runs on the alternate screen, so the user's scrollback is untouched, and restores the
 * terminal's exact attributes on close.
 *
 * <p>Signals and the terminal: SIGINT from outside stops the interview as Ctrl-C does (the caller
 * saves a draft); Ctrl-Z and SIGTSTP give the terminal back (attributes, main screen, cursor) before
 * the process stops, and SIGCONT takes it again and redraws. Pastes arrive as bracketed pastes
 * ({@code ESC[200~ ... ESC[201~}): they are text, never keys. The screen is drawn only when no more
 * input is waiting, so typed-ahead or pasted input costs no redraw per character.
 */
public final class TerminalPrompter implements Prompter {
    /** Two digits typed within this time make one number ("1", "2" is 12). */
    private static final long DIGIT_WINDOW_MS = 800;
    /** How often a waiting read looks whether SIGINT came. */
    private static final long POLL_MS = 50;
    /** A paste whose end marker does not come within this time is over (a broken terminal must not hang us). */
    private static final long PASTE_IDLE_MS = 2000;
    private static final String PASTE_START = "\033[200~";
    private static final String PASTE_END = "\033[201~";
    private static final String PASTE_ON = "\033[?2004h";
    private static final String PASTE_OFF = "\033[?2004l";

    enum Key { UP, DOWN, ENTER, HELP, SKIP, BACK, INTERRUPT, SUSPEND, PASTE, BACKSPACE, CHAR, IGNORE }

    private final Terminal terminal;
    private final Messages messages;
    private final boolean colour;
    private final Attributes original;
    private final Attributes raw;
    private final Display display;
    private final Keys reader;
    private final KeyMap<Key> listKeys;
    private final KeyMap<Key> numberKeys;
    private final KeyMap<Key> textKeys;
    private final boolean ownsTerminal;
    private final Runnable stopProcess;
    private Supplier<List<AttributedString>> frame = List::of;
    private volatile boolean dirty;
    private boolean closed;
    private volatile boolean interruptRequested;

    /** @param ownsTerminal whether {@link #close()} also closes the terminal */
    public TerminalPrompter(Terminal terminal, Messages messages, boolean colour, boolean ownsTerminal) {
        this(terminal, terminal.reader(), null, messages, colour, ownsTerminal);
    }

    /**
     * @param keys where the keys come from (the terminal's reader, or a faster one on the same input)
     * @param stopProcess stops the process until SIGCONT (for Ctrl-Z and SIGTSTP), once the terminal is
     *     given back; null where the process cannot be stopped (then Ctrl-Z does nothing)
     * @param ownsTerminal whether {@link #close()} also closes the terminal
     */
    @SuppressWarnings("this-escape")
    public TerminalPrompter(Terminal terminal, NonBlockingReader keys, Runnable stopProcess, Messages messages, boolean colour,
            boolean ownsTerminal) {
        this.terminal = terminal;
        this.ownsTerminal = ownsTerminal;
        this.stopProcess = stopProcess;
        this.messages = messages;
        this.colour = colour;
        this.original = terminal.enterRawMode();
        // Ctrl-C and Ctrl-D arrive as keys, so that we can save the answers and restore the terminal
        // ourselves instead of dying on a signal.
        this.raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        raw.setControlChar(Attributes.ControlChar.VMIN, 1);
        raw.setControlChar(Attributes.ControlChar.VTIME, 0);
        this.display = new Display(terminal, true);
        this.reader = new Keys(keys);
        this.listKeys = keys(false, false);
        this.numberKeys = keys(true, false);
        this.textKeys = keys(true, true);
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
            } catch (IllegalStateException | java.io.IOError e) {
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
        } catch (IllegalStateException | java.io.IOError e) {
            // the terminal is closed already: the next read says so
        }
    }

    private KeyMap<Key> keys(boolean typing, boolean text) {
        KeyMap<Key> map = new KeyMap<>();
        map.setAmbiguousTimeout(100);
        map.setNomatch(Key.IGNORE);
        map.setUnicode(text ? Key.CHAR : Key.IGNORE);
        if (typing) {
            for (char c = ' '; c <= '~'; c++) {
                map.bind(Key.CHAR, Character.toString(c));
            }
            map.bind(Key.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        } else {
            for (char c = '0'; c <= '9'; c++) {
                map.bind(Key.CHAR, Character.toString(c));
            }
            bindKey(map, Key.UP, Capability.key_up, "\033[A", "\033OA", "k");
            bindKey(map, Key.DOWN, Capability.key_down, "\033[B", "\033OB", "j");
        }
        if (!text) {
            // Bound after the typing range, so that in number questions these letters are keys too.
            bindWords(map, Key.HELP, Words.Meaning.HELP);
            bindWords(map, Key.SKIP, Words.Meaning.SKIP);
            bindWords(map, Key.BACK, Words.Meaning.BACK);
            bindKey(map, Key.BACK, Capability.key_left, "\033[D", "\033OD");
        }
        map.bind(Key.BACK, KeyMap.esc());
        map.bind(Key.ENTER, "\r", "\n");
        map.bind(Key.INTERRUPT, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        map.bind(Key.SUSPEND, KeyMap.ctrl('Z'));
        map.bind(Key.PASTE, PASTE_START);
        map.bind(Key.IGNORE, PASTE_END); // the end of a paste that took too long
        return map;
    }

    /** The one-character words for {@code meaning}, in either case. */
    private static void bindWords(KeyMap<Key> map, Key key, Words.Meaning meaning) {
        for (String k : Words.keys(meaning)) {
            map.bind(key, k.toLowerCase(Locale.ROOT), k.toUpperCase(Locale.ROOT));
        }
    }

    private void bindKey(KeyMap<Key> map, Key key, Capability cap, String... sequences) {
        String fromTerminal = KeyMap.key(terminal, cap);
        if (fromTerminal != null && !fromTerminal.isEmpty()) {
            map.bind(key, fromTerminal);
        }
        map.bind(key, sequences);
    }

    private void resize() {
        Size size = terminal.getSize();
        int rows = size.getRows() > 0 ? size.getRows() : 24;
        int cols = size.getColumns() > 0 ? size.getColumns() : 80;
        display.resize(rows, cols);
    }

    private int width() {
        return Math.max(20, display.getColumns() - 1);
    }

    /** The next frame; it is drawn as soon as no input is waiting. */
    private synchronized void show(Supplier<List<AttributedString>> next) {
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
        List<AttributedString> lines = new ArrayList<>(frame.get());
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

    private Key read(KeyMap<Key> keys) {
        return read(keys, null);
    }

    /**
     * The next key. Ctrl-Z is handled here; a paste is given to {@code paste} as clean text capped
     * at {@code Answers.MAX_CLIENT_LENGTH}, or discarded when {@code paste} is null.
     */
    private Key read(KeyMap<Key> keys, java.util.function.Consumer<String> paste) {
        while (true) {
            Key key;
            try {
                key = reader.readBinding(keys);
                if (key == Key.PASTE) {
                    String text = readPaste(paste == null ? 0 : Answers.MAX_CLIENT_LENGTH);
                    if (paste != null) {
                        paste.accept(text);
                        return Key.PASTE;
                    }
                    continue;
                }
            } catch (org.jline.reader.EndOfFileException | java.io.IOError | IllegalStateException e) {
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
            return key;
        }
    }

    /**
     * Reads a bracketed paste up to its end marker, in one pass: keeps at most {@code keep} code
     * points (newlines and tabs as spaces, other control characters dropped) and discards the rest.
     */
    private String readPaste(int keep) {
        StringBuilder text = new StringBuilder();
        int kept = 0;
        int matched = 0; // characters of the end marker seen so far
        while (true) {
            int c = reader.next(PASTE_IDLE_MS);
            if (c < 0) {
                break; // no end marker in time, or the terminal went away
            }
            if (c == PASTE_END.charAt(matched)) {
                if (++matched == PASTE_END.length()) {
                    break;
                }
                continue;
            }
            if (matched > 0) {
                // Not the end after all: ESC is dropped as a control character, the rest is text.
                for (int i = 1; i < matched; i++) {
                    kept = keep(text, PASTE_END.charAt(i), kept, keep);
                }
                matched = c == PASTE_END.charAt(0) ? 1 : 0;
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
            } catch (org.jline.utils.ClosedException e) {
                throw new org.jline.reader.EndOfFileException(e);
            } catch (java.io.IOException e) {
                throw new java.io.IOError(e);
            }
        }
    }

    // --- screens ---------------------------------------------------------------------------------

    @Override
    public Optional<String> intro(IntroView view) {
        StringBuilder name = new StringBuilder();
        while (true) {
            show(() -> {
                List<AttributedString> lines = new ArrayList<>();
                lines.add(bold(view.title()));
                lines.add(AttributedString.EMPTY);
                for (String paragraph : view.lines()) {
                    wrap(paragraph, AttributedStyle.DEFAULT, lines);
                    lines.add(AttributedString.EMPTY);
                }
                if (view.askClient()) {
                    lines.add(new AttributedStringBuilder().append(" ").append(messages.get("prompt.intro.client"))
                            .style(accent().bold()).append(name.toString()).style(AttributedStyle.DEFAULT).append("▏")
                            .toAttributedString());
                    lines.add(AttributedString.EMPTY);
                }
                lines.add(dim(messages.get("prompt.intro.start")));
                return lines;
            });
            // A pasted name is text, capped at what the history keeps; elsewhere a paste is ignored.
            Key key = view.askClient() ? read(textKeys, text -> append(name, text)) : read(listKeys);
            switch (key) {
                case ENTER -> {
                    return view.askClient() && name.length() > 0 ? Optional.of(name.toString()) : Optional.empty();
                }
                case CHAR -> {
                    if (view.askClient()) {
                        append(name, Text.clean(reader.getLastBinding()));
                    }
                }
                case BACKSPACE -> {
                    if (name.length() > 0) {
                        name.setLength(name.length() - Character.charCount(name.codePointBefore(name.length())));
                    }
                }
                default -> { }
            }
        }
    }

    /** Appends to the name what fits within {@link Answers#MAX_CLIENT_LENGTH} code points. */
    private static void append(StringBuilder name, String text) {
        int room = Answers.MAX_CLIENT_LENGTH - name.codePointCount(0, name.length());
        int n = Math.min(room, text.codePointCount(0, text.length()));
        if (n > 0) {
            name.append(text, 0, text.offsetByCodePoints(0, n));
        }
    }

    @Override
    public Response ask(QuestionView view) {
        return view.question().type() == QuestionType.NUMBER ? askNumber(view) : askChoice(view);
    }

    private Response askChoice(QuestionView view) {
        int[] highlight = {view.currentOption()};
        boolean[] help = {false};
        String[] note = {null};
        long lastDigitAt = 0;
        int lastDigit = -1;
        while (true) {
            show(() -> {
                List<AttributedString> lines = header(view, help[0]);
                int available = Math.max(3, display.getRows() - lines.size() - 3);
                int start = Math.max(0, Math.min(highlight[0] - available / 2, view.options().size() - available));
                int end = Math.min(view.options().size(), start + available);
                if (start > 0) {
                    lines.add(dim("   ↑"));
                }
                for (int i = start; i < end; i++) {
                    boolean on = i == highlight[0];
                    boolean current = view.current() != null && view.question().options().get(i).value().equals(view.current());
                    AttributedStringBuilder b = new AttributedStringBuilder();
                    b.style(on ? accent().bold() : AttributedStyle.DEFAULT).append(on ? " ❯ " : "   ")
                            .append(String.format("%2d  ", i + 1)).append(view.options().get(i));
                    if (current) {
                        b.style(AttributedStyle.DEFAULT.faint()).append("  " + messages.get("prompt.current"));
                    }
                    lines.add(b.toAttributedString());
                }
                if (end < view.options().size()) {
                    lines.add(dim("   ↓"));
                }
                footer(lines, messages.get("prompt.keys.list", view.options().size()), note[0]);
                return lines;
            });
            Key key = read(listKeys);
            note[0] = null;
            switch (key) {
                case UP -> highlight[0] = (highlight[0] + view.options().size() - 1) % view.options().size();
                case DOWN -> highlight[0] = (highlight[0] + 1) % view.options().size();
                case CHAR -> {
                    int digit = reader.getLastBinding().charAt(0) - '0';
                    long now = System.currentTimeMillis();
                    int combined = lastDigit * 10 + digit;
                    if (lastDigit > 0 && now - lastDigitAt < DIGIT_WINDOW_MS && combined <= view.options().size()) {
                        highlight[0] = combined - 1;
                        lastDigit = -1;
                    } else if (digit >= 1 && digit <= view.options().size()) {
                        highlight[0] = digit - 1;
                        lastDigit = digit;
                        lastDigitAt = now;
                    } else {
                        note[0] = messages.get("prompt.plain.invalid", reader.getLastBinding());
                    }
                }
                case HELP, SKIP, BACK -> {
                    Response r = navigate(key, view, help, note);
                    if (r != null) {
                        return r;
                    }
                }
                case ENTER -> {
                    return new Response.Answered(view.question().options().get(highlight[0]).value());
                }
                default -> { }
            }
        }
    }

    /** The keys every question shares: help toggles, skip answers, back leaves (except on the first question). */
    private Response navigate(Key key, QuestionView view, boolean[] help, String[] note) {
        switch (key) {
            case HELP -> help[0] = !help[0];
            case SKIP -> {
                return new Response.Skipped();
            }
            case BACK -> {
                if (!view.first()) {
                    return new Response.Back();
                }
                note[0] = messages.get("prompt.first");
            }
            default -> throw new IllegalArgumentException(key.toString());
        }
        return null;
    }

    private Response askNumber(QuestionView view) {
        StringBuilder input = new StringBuilder(view.current() == null || Answers.SKIP.equals(view.current()) ? "" : view.current());
        boolean[] help = {false};
        String[] note = {null};
        while (true) {
            show(() -> {
                List<AttributedString> lines = header(view, help[0]);
                lines.add(new AttributedStringBuilder().style(accent().bold()).append(" ❯ ").append(input.toString())
                        .style(AttributedStyle.DEFAULT).append("▏  ").style(AttributedStyle.DEFAULT.faint())
                        .append(view.numberHint()).toAttributedString());
                footer(lines, messages.get("prompt.keys.number"), note[0]);
                return lines;
            });
            Key key = read(numberKeys);
            note[0] = null;
            switch (key) {
                case CHAR -> {
                    if (input.length() < 32) {
                        input.append(reader.getLastBinding());
                    }
                }
                case BACKSPACE -> {
                    if (input.length() > 0) {
                        input.setLength(input.length() - 1);
                    }
                }
                case HELP, SKIP, BACK -> {
                    Response r = navigate(key, view, help, note);
                    if (r != null) {
                        return r;
                    }
                }
                case ENTER -> {
                    if (input.toString().isBlank()) {
                        return new Response.Skipped();
                    }
                    try {
                        return new Response.Answered(Answers.parse(view.question(), input.toString()));
                    } catch (ModelException e) {
                        note[0] = messages.format(e.at(null));
                    }
                }
                default -> { }
            }
        }
    }

    @Override
    public ReviewChoice review(List<ReviewItem> items, ReviewChoice first) {
        // row 0 is "confirm"; item i is row i + 1
        int[] highlight = {first instanceof ReviewChoice.Change change ? change.index() + 1 : 0};
        while (true) {
            show(() -> {
                List<AttributedString> lines = new ArrayList<>();
                lines.add(bold(messages.get("prompt.review.title")));
                lines.add(AttributedString.EMPTY);
                int rows = items.size() + 1;
                int available = Math.max(3, display.getRows() - 5);
                int start = Math.max(0, Math.min(highlight[0] - available / 2, rows - available));
                int end = Math.min(rows, start + available);
                int answerWidth = Math.min(28, items.stream().mapToInt(i -> Text.length(i.answer())).max().orElse(10));
                for (int row = start; row < end; row++) {
                    boolean on = row == highlight[0];
                    AttributedStringBuilder b = new AttributedStringBuilder();
                    b.style(on ? accent().bold() : AttributedStyle.DEFAULT).append(on ? " ❯ " : "   ");
                    if (row == 0) {
                        b.append("✔ ").append(messages.get("prompt.review.confirm"));
                    } else {
                        ReviewItem item = items.get(row - 1);
                        String answer = Text.pad(Text.truncate(item.answer(), answerWidth), answerWidth);
                        b.append(String.format("%2d  ", row)).append(answer).append("  ");
                        b.style(on ? accent() : AttributedStyle.DEFAULT.faint())
                                .append(Text.truncate(item.question(), Math.max(10, width() - answerWidth - 9)));
                    }
                    lines.add(b.toAttributedString());
                }
                footer(lines, messages.get("prompt.review.keys"), null);
                return lines;
            });
            Key key = read(listKeys);
            switch (key) {
                case UP -> highlight[0] = (highlight[0] + items.size()) % (items.size() + 1);
                case DOWN -> highlight[0] = (highlight[0] + 1) % (items.size() + 1);
                case ENTER -> {
                    return highlight[0] == 0 ? new ReviewChoice.Confirm() : new ReviewChoice.Change(highlight[0] - 1);
                }
                default -> { }
            }
        }
    }

    // --- drawing helpers -------------------------------------------------------------------------

    private List<AttributedString> header(QuestionView view, boolean help) {
        List<AttributedString> lines = new ArrayList<>();
        String client = view.client() == null ? "" : view.client() + " · ";
        lines.add(dim(client + view.progress() + "  " + progressBar(view.position(), view.count())));
        lines.add(bold(view.header()));
        lines.add(AttributedString.EMPTY);
        wrap(view.text(), AttributedStyle.BOLD, lines);
        if (help) {
            wrap(messages.get("prompt.help", view.help()), accent(), lines);
        }
        lines.add(AttributedString.EMPTY);
        return lines;
    }

    private static String progressBar(int position, int count) {
        int filled = Math.round(10f * position / Math.max(1, count));
        return "▰".repeat(filled) + "▱".repeat(10 - filled);
    }

    private void footer(List<AttributedString> lines, String keys, String note) {
        lines.add(AttributedString.EMPTY);
        if (note != null) {
            wrap(note, colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.RED) : AttributedStyle.BOLD, lines);
        }
        wrap(keys, AttributedStyle.DEFAULT.faint(), lines);
    }

    private void wrap(String text, AttributedStyle style, List<AttributedString> lines) {
        for (String line : Text.wrap(text, width() - 1)) {
            lines.add(new AttributedString(" " + line, style));
        }
    }

    private AttributedString bold(String s) {
        return new AttributedString(" " + Text.truncate(s, width() - 1), AttributedStyle.BOLD);
    }

    private AttributedString dim(String s) {
        return new AttributedString(" " + Text.truncate(s, width() - 1), AttributedStyle.DEFAULT.faint());
    }

    private AttributedStyle accent() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT;
    }

    @Override
    public synchronized void close() {
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
        } catch (IllegalStateException | java.io.IOError e) {
            // JLine's own shutdown hook closed the terminal first, and restored it as it did.
            return;
        }
        if (ownsTerminal) {
            try {
                terminal.close();
            } catch (java.io.IOException e) {
                // the attributes are restored already; nothing more to do
            }
        }
    }
}
