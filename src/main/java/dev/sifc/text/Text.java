package dev.sifc.text;

import java.util.ArrayList;
import java.util.List;

/** Text helpers for the terminal: neutralising control characters, wrapping, padding. */
public final class Text {
    private Text() {}

    /**
     * Makes text from files safe to print: control characters (ESC, BEL, CR, C1 controls, ...) become
     * visible "?" so that no file can move the cursor, change colours or retitle the terminal.
     * Newlines are kept only when {@code keepNewlines}.
     */
    public static String clean(String s, boolean keepNewlines) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && !(keepNewlines && c == '\n')) || (c >= 0x7f && c < 0xa0)
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                sb.append(c == '\t' ? ' ' : '?');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    public static String clean(String s) {
        return clean(s, false);
    }

    /** Wraps a paragraph to {@code width} columns (counting code points). */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && length(line) + 1 + length(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static int length(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }

    public static String pad(String s, int width) {
        int n = width - length(s);
        return n <= 0 ? s : s + " ".repeat(n);
    }

    public static String padLeft(String s, int width) {
        int n = width - length(s);
        return n <= 0 ? s : " ".repeat(n) + s;
    }

    /** At most {@code width} code points, with "…" as the last when cut (just "…" when {@code width} is below 1). */
    public static String truncate(String s, int width) {
        return length(s) <= width ? s : s.substring(0, s.offsetByCodePoints(0, Math.max(0, width - 1))) + "…";
    }
}
