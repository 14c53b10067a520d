package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.ModelException;
import dev.sifc.core.QuestionType;
import dev.sifc.render.Messages;
import dev.sifc.render.Text;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Full-screen prompts on a JLine terminal: arrow keys, j/k and digits move the highlight, Enter
 * confirms. Runs on the alternate screen, so the user's scrollback is untouched, and restores the
 * terminal's exact attributes on close.
 */
public final class TerminalPrompter implements Prompter {
    /** Two digits typed within this time make one number ("1", "2" is 12). */
    private static final long DIGIT_WINDOW_MS = 800;

    enum Key { UP, DOWN, ENTER, HELP, SKIP, BACK, INTERRUPT, BACKSPACE, CHAR, IGNORE }

    private final Terminal terminal;
    private final Messages messages;
    private final boolean colour;
    private final Attributes original;
    private final Display display;
    private final BindingReader reader;
    private final KeyMap<Key> listKeys;
    private final KeyMap<Key> numberKeys;
    private final KeyMap<Key> textKeys;
    private final boolean ownsTerminal;
    private Supplier<List<AttributedString>> frame = List::of;
    private boolean closed;

    /** @param ownsTerminal whether {@link #close()} also closes the terminal */
    public TerminalPrompter(Terminal terminal, Messages messages, boolean colour, boolean ownsTerminal) {
        this.terminal = terminal;
        this.ownsTerminal = ownsTerminal;
        this.messages = messages;
        this.colour = colour;
        this.original = terminal.enterRawMode();
        // Ctrl-C and Ctrl-D arrive as keys, so that we can save the answers and restore the terminal
        // ourselves instead of dying on a signal.
        Attributes raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        raw.setControlChar(Attributes.ControlChar.VMIN, 1);
        raw.setControlChar(Attributes.ControlChar.VTIME, 0);
        terminal.setAttributes(raw);
        this.display = new Display(terminal, true);
        this.reader = new BindingReader(terminal.reader());
        this.listKeys = keys(false, false);
        this.numberKeys = keys(true, false);
        this.textKeys = keys(true, true);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.cursor_invisible);
        terminal.puts(Capability.clear_screen);
        terminal.flush();
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
            map.bind(Key.HELP, "?");
            map.bind(Key.SKIP, "s", "S");
            bindKey(map, Key.BACK, Capability.key_left, "\033[D", "\033OD", "b", "B");
        }
        map.bind(Key.BACK, KeyMap.esc());
        map.bind(Key.ENTER, "\r", "\n");
        map.bind(Key.INTERRUPT, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        return map;
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

    private synchronized void show(Supplier<List<AttributedString>> next) {
        this.frame = next;
        draw();
    }

    private void draw() {
        List<AttributedString> lines = new ArrayList<>(frame.get());
        int rows = display.getRows();
        if (lines.size() > rows) {
            lines = lines.subList(0, rows);
        }
        int cursorRow = Math.max(0, lines.size() - 1);
        display.update(lines, cursorRow * display.getColumns() + lines.get(cursorRow).columnLength());
        terminal.flush();
    }

    private Key read(KeyMap<Key> keys) {
        Key key;
        try {
            key = reader.readBinding(keys);
        } catch (org.jline.reader.EndOfFileException | java.io.IOError | IllegalStateException e) {
            // The terminal went away (hang-up, or closed by a shutdown hook): like Ctrl-D.
            throw new PromptInterrupted(false);
        }
        if (key == null || key == Key.INTERRUPT) {
            throw new PromptInterrupted(false);
        }
        return key;
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
            Key key = read(view.askClient() ? textKeys : listKeys);
            switch (key) {
                case ENTER -> {
                    return view.askClient() && name.length() > 0 ? Optional.of(name.toString()) : Optional.empty();
                }
                case CHAR -> {
                    if (view.askClient() && name.length() < 200) {
                        name.append(Text.clean(reader.getLastBinding()));
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
    public int review(List<ReviewItem> items, int first) {
        int[] highlight = {first + 1}; // row 0 is "confirm"; item i is row i + 1
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
                        String answer = Text.pad(truncate(item.answer(), answerWidth), answerWidth);
                        b.append(String.format("%2d  ", row)).append(answer).append("  ");
                        b.style(on ? accent() : AttributedStyle.DEFAULT.faint())
                                .append(truncate(item.question(), Math.max(10, width() - answerWidth - 9)));
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
                    return highlight[0] - 1;
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
        return new AttributedString(" " + truncate(s, width() - 1), AttributedStyle.BOLD);
    }

    private AttributedString dim(String s) {
        return new AttributedString(" " + truncate(s, width() - 1), AttributedStyle.DEFAULT.faint());
    }

    private AttributedStyle accent() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT;
    }

    private static String truncate(String s, int width) {
        return Text.length(s) <= width ? s : s.substring(0, s.offsetByCodePoints(0, Math.max(0, width - 1))) + "…";
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            terminal.handle(Terminal.Signal.WINCH, Terminal.SignalHandler.SIG_DFL);
            terminal.puts(Capability.cursor_normal);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.setAttributes(original);
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
