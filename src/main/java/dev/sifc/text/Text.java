package dev.sifc.text;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Text helpers for the terminal: neutralising control characters, wrapping, padding. Widths are
 * display columns as the terminal counts them: {@link WCWidth} (the one JLine class this package may
 * use, so that the reports measure exactly as the prompt's screens do): two for a wide character
 * (CJK, most emoji), none for a combining mark or a BOM, one for the rest.
 */
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

    /** Wraps a paragraph to {@code width} display columns; a word longer than that gets a line of its own. */
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

    /** The display columns {@code s} takes; a control character counts as none (see {@link #clean}). */
    public static int length(CharSequence s) {
        int columns = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            columns += columns(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    private static int columns(int cp) {
        return cp < 0x7f ? (cp >= 0x20 ? 1 : 0) : Math.max(0, WCWidth.wcwidth(cp));
    }

    public static String pad(String s, int width) {
        int n = width - length(s);
        return n <= 0 ? s : s + " ".repeat(n);
    }

    public static String padLeft(String s, int width) {
        int n = width - length(s);
        return n <= 0 ? s : " ".repeat(n) + s;
    }

    /**
     * At most {@code width} display columns, with "…" as the last when cut (just "…" when {@code width}
     * is below 1). A cut falls between characters as the user sees them: never inside a surrogate
     * pair, never between a letter and its combining marks, never through a wide character (the
     * result is then a column short, for the caller's padding to fill).
     */
    public static String truncate(String s, int width) {
        if (length(s) <= width) {
            return s;
        }
        int room = Math.max(0, width - 1);
        int used = 0;
        int end = 0;
        while (end < s.length()) {
            int cluster = WCWidth.charCountForGraphemeCluster(s, end);
            int w = length(s.subSequence(end, end + cluster));
            if (used + w > room) {
                break;
            }
            used += w;
            end += cluster;
        }
        return s.substring(0, end) + "…";
    }
}
