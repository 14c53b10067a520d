package dev.sifc.prompt;

import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The size of the screen a frame is drawn for, and the ways a frame's lines look: every line starts
 * one column in, headings are bold, hints faint, the highlight in the accent colour.
 *
 * @param rows the terminal's height
 * @param columns the terminal's width
 * @param colour whether colours may be used (else bold stands in for red, and no accent)
 */
record Layout(int rows, int columns, boolean colour) {
    /** The width lines are wrapped and cut to: one column short of the edge, at least 20. */
    int width() {
        return Math.max(20, columns - 1);
    }

    void wrap(String text, AttributedStyle style, List<AttributedString> lines) {
        for (String line : Text.wrap(text, width() - 1)) {
            lines.add(new AttributedString(" " + line, style));
        }
    }

    /** Paragraphs wrapped to the window, each followed by an empty line (the intro's and the start screen's text). */
    List<AttributedString> paragraphs(List<String> paragraphs) {
        List<AttributedString> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            wrap(paragraph, AttributedStyle.DEFAULT, lines);
            lines.add(AttributedString.EMPTY);
        }
        return lines;
    }

    AttributedString bold(String s) {
        return new AttributedString(" " + Text.truncate(s, width() - 1), AttributedStyle.BOLD);
    }

    AttributedString dim(String s) {
        return new AttributedString(" " + Text.truncate(s, width() - 1), AttributedStyle.DEFAULT.faint());
    }

    /** {@code s} on one line, cut to the width, in {@code style}. */
    AttributedString cut(String s, AttributedStyle style) {
        return new AttributedString(" " + Text.truncate(s, width() - 1), style);
    }

    /** {@code line} as it is if it fits the width, else cut with an ellipsis, its styles kept. */
    AttributedString fit(AttributedString line) {
        if (line.columnLength() <= width()) {
            return line;
        }
        return new AttributedStringBuilder().append(line.columnSubSequence(0, width() - 1)).append("…").toAttributedString();
    }

    /**
     * {@code text} cut to {@code room} lines for a screen short of rows: blank lines go first, then
     * the last lines, the last one kept ending in an ellipsis.
     */
    static List<AttributedString> squeeze(List<AttributedString> text, int room) {
        if (text.size() <= room) {
            return text;
        }
        List<AttributedString> kept = new ArrayList<>(text);
        for (int i = kept.size() - 1; i >= 0 && kept.size() > room; i--) {
            if (kept.get(i).length() == 0) {
                kept.remove(i);
            }
        }
        if (kept.size() <= room) {
            return kept;
        }
        kept = new ArrayList<>(kept.subList(0, Math.max(0, room)));
        if (!kept.isEmpty()) {
            AttributedString last = kept.remove(kept.size() - 1);
            String plain = last.toString();
            kept.add(new AttributedStringBuilder().append(plain.substring(0, Math.max(1, plain.length() - 2)).stripTrailing())
                    .append(" …").toAttributedString());
        }
        return kept;
    }

    AttributedStyle accent() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT;
    }

    /** A blank line, the note (a problem with the last key, in red) if any, and the keys of the screen. */
    void footer(List<AttributedString> lines, String keys, String note) {
        lines.add(AttributedString.EMPTY);
        if (note != null) {
            wrap(note, colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.RED) : AttributedStyle.BOLD, lines);
        }
        keyLines(keys, AttributedStyle.DEFAULT.faint(), lines);
    }

    /** The separator of the items of a key line ("↑/↓ move · Enter confirm"). */
    static final String KEY_SEPARATOR = " · ";

    /**
     * A key line wrapped between its items, never inside one, so that no line starts or ends with
     * the separator; an item wider than the screen alone is wrapped at its words.
     */
    void keyLines(String keys, AttributedStyle style, List<AttributedString> lines) {
        int room = width() - 1;
        StringBuilder line = new StringBuilder();
        for (String item : keys.split(KEY_SEPARATOR, -1)) {
            if (line.length() > 0 && Text.length(line + KEY_SEPARATOR + item) <= room) {
                line.append(KEY_SEPARATOR).append(item);
                continue;
            }
            if (line.length() > 0) {
                lines.add(new AttributedString(" " + line, style));
                line.setLength(0);
            }
            if (Text.length(item) <= room) {
                line.append(item);
            } else {
                wrap(item, style, lines);
            }
        }
        if (line.length() > 0) {
            lines.add(new AttributedString(" " + line, style));
        }
    }

    /** As {@link #footer}, for a screen short of rows: the note and the keys on one line each, cut to the width. */
    void shortFooter(List<AttributedString> lines, String keys, String note) {
        lines.add(AttributedString.EMPTY);
        if (note != null) {
            lines.add(cut(note, colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.RED) : AttributedStyle.BOLD));
        }
        lines.add(cut(keys, AttributedStyle.DEFAULT.faint()));
    }

    /** The first item to show of {@code count} so that {@code highlight} is in the middle of {@code available} rows. */
    static int scrollStart(int highlight, int count, int available) {
        return Math.max(0, Math.min(highlight - available / 2, count - available));
    }

    /** Ten cells, filled for the {@code done} of {@code count} questions behind: full only when all are done. */
    static String progressBar(int done, int count) {
        int filled = Math.min(10, 10 * Math.max(0, done) / Math.max(1, count));
        return "▰".repeat(filled) + "▱".repeat(10 - filled);
    }
}
