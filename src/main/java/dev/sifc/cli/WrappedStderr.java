package dev.sifc.cli;

import dev.sifc.text.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Standard error at a terminal: every message wrapped to the terminal's width at spaces, so that
 * the terminal never breaks a word. A line that goes on is indented two columns more than the
 * message, so that each message still starts at the left edge. What must stay whole stays whole: a
 * quotation („…“, "…", “…”, '…') that fits on a line, and a command to type (from the tool's name
 * to the end of the line), which goes on a line of its own and, when even that is too narrow, is
 * continued with " \" so that the lines still paste as one command. A word (a path) that does not
 * fit on the current line goes on a line of its own, like any other; only a word wider than a whole
 * line is wider than the terminal, alone on its line for the terminal to fold (a path stays whole
 * for copying). Into a pipe or a file stderr is never wrapped: one line per message there, so that
 * scripts can grep ({@link RunContext#stderr}).
 *
 * <p>A line is written when it ends, or when the writer is flushed (a question waiting for its
 * answer at the end of its line); {@link #verbatim} writes text that must keep its lines as they
 * are (an answers file to copy).
 */
final class WrappedStderr extends PrintWriter {
    private static final String TOOL = "should-i-fire-client";
    /** Narrower than this, wrapping helps no one: the lines are left to the terminal. */
    static final int MIN_WIDTH = 20;

    /**
     * @param width the terminal's width, asked when the first message is written (asking loads
     *     JLine's native library, which a run that prints nothing on stderr should not pay for); a
     *     width of 0 (unknown) leaves the lines as they are
     */
    WrappedStderr(PrintWriter err, IntSupplier width) {
        super(new Wrapping(err, width), false);
    }

    /** Writes {@code text} with its lines as they are, after what was written before. */
    void verbatim(String text) {
        flush();
        ((Wrapping) out).verbatim(text);
    }

    /** Writes {@code text} to {@code err} with its lines as they are, whether {@code err} wraps or not. */
    static void verbatim(PrintWriter err, String text) {
        if (err instanceof WrappedStderr w) {
            w.verbatim(text);
        } else {
            err.print(text);
        }
    }

    /**
     * The lines of one message as they fit {@code width} columns; the first starts at {@code column}
     * (after what a flush wrote of it already). A message that fits is left exactly as it is.
     */
    static List<String> lines(String message, int width, int column) {
        if (column + Text.length(message) <= width) {
            return List.of(message);
        }
        int lead = 0;
        while (lead < message.length() && message.charAt(lead) == ' ') {
            lead++;
        }
        String indent = column == 0 ? message.substring(0, lead) : "";
        String more = " ".repeat(Math.min(indent.length() + 2, Math.max(0, width / 2)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        int used = column + indent.length();
        // After a flush, the words go on where the line stopped: a space first if the text has one.
        boolean empty = !(column > 0 && lead > 0);
        boolean content = column > 0;
        // The line holds only the indentation a break put there: a word too wide for any line stays on it.
        boolean broken = false;
        for (Unit unit : units(message.substring(lead), width - more.length())) {
            int w = Text.length(unit.text);
            if (unit.command && !(empty ? used + w <= width : used + 1 + w <= width)) {
                // A command that does not fit where it is: on a line of its own, and when that is too
                // narrow too, continued with " \" at its spaces.
                if (content) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(more);
                used = more.length();
                empty = true;
                if (used + w > width) {
                    for (String word : unit.text.split(" ", -1)) {
                        int ww = Text.length(word);
                        if (!empty && used + 1 + ww + 2 > width) {
                            lines.add(line + " \\");
                            line.setLength(0);
                            line.append(more).append("  ");
                            used = more.length() + 2;
                            empty = true;
                        }
                        used += (empty ? 0 : 1) + ww;
                        line.append(empty ? "" : " ").append(word);
                        empty = false;
                    }
                    content = true;
                    broken = false;
                    continue;
                }
            } else if (content && !broken && used + (empty ? 0 : 1) + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(more);
                used = more.length();
                empty = true;
                broken = true;
            }
            line.append(empty ? "" : " ").append(unit.text);
            used += (empty ? 0 : 1) + w;
            empty = false;
            content = true;
            broken = false;
        }
        if (message.endsWith(" ")) {
            line.append(' '); // a question's space before the answer
        }
        lines.add(line.toString());
        return lines;
    }

    /** A piece a line break may not split: a word, a quotation, or a command. */
    private record Unit(String text, boolean command) {}

    /**
     * The message's words, quotations and commands, in order. A quotation is one piece when it fits
     * in {@code room} columns; a longer one (a question's text) wraps like any other words.
     */
    private static List<Unit> units(String text, int room) {
        List<Unit> units = new ArrayList<>();
        String[] words = text.split(" +", -1);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals(TOOL) && i + 1 < words.length && !words[i + 1].isEmpty()) {
                units.add(new Unit(String.join(" ", List.of(words).subList(i, words.length)).strip(), true));
                break;
            }
            int open = opening(word);
            if (open >= 0) {
                String close = CLOSE[open];
                int j = i;
                boolean closed = word.indexOf(close, word.indexOf(OPEN[open]) + 1) > 0;
                while (!closed && j < words.length - 1) {
                    closed = words[++j].contains(close);
                }
                String quoted = String.join(" ", List.of(words).subList(i, j + 1));
                if (closed && j > i && Text.length(quoted) <= room) {
                    units.add(new Unit(quoted, false));
                    i = j;
                    continue;
                }
            }
            units.add(new Unit(word, false));
        }
        return units;
    }

    private static final String[] OPEN = {"„", "“", "\"", "'"};
    private static final String[] CLOSE = {"“", "”", "\"", "'"};

    /** Which quotation {@code word} opens (an index into {@link #OPEN}), or -1 when it opens none. */
    private static int opening(String word) {
        String w = word.startsWith("(") ? word.substring(1) : word;
        for (int k = 0; k < OPEN.length; k++) {
            if (w.startsWith(OPEN[k])) {
                return k;
            }
        }
        return -1;
    }

    /** The writer under the PrintWriter: collects a line, and wraps it when it ends or is flushed. */
    private static final class Wrapping extends Writer {
        private final PrintWriter err;
        private final IntSupplier columns;
        /** The width, once asked; -1 before. */
        private int width = -1;
        private final StringBuilder line = new StringBuilder();
        /** Columns already written on the current line, when a flush wrote the start of it. */
        private int column;

        Wrapping(PrintWriter err, IntSupplier columns) {
            this.err = err;
            this.columns = columns;
        }

        private int width() {
            if (width < 0) {
                width = Math.max(0, columns.getAsInt());
            }
            return width;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (c == '\n') {
                    emit(true);
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        private void emit(boolean end) {
            if (line.length() > 0) {
                List<String> lines = width() > 0 ? lines(line.toString(), width(), column) : List.of(line.toString());
                for (int i = 0; i < lines.size() - 1; i++) {
                    err.print(lines.get(i));
                    err.print('\n');
                    column = 0;
                }
                String last = lines.get(lines.size() - 1);
                err.print(last);
                column = end ? 0 : column + Text.length(last);
                line.setLength(0);
            } else if (end) {
                column = 0;
            }
            if (end) {
                err.print('\n');
                err.flush(); // as println at stderr always did: a message shows when it is written
            }
        }

        void verbatim(String text) {
            err.print(text);
            int nl = text.lastIndexOf('\n');
            column = nl < 0 ? column + Text.length(text) : Text.length(text.substring(nl + 1));
            err.flush();
        }

        @Override
        public void flush() {
            emit(false);
            err.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
