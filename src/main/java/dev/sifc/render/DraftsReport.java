package dev.sifc.render;

import com.google.gson.stream.JsonWriter;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The drafts command's list: a table for people, or JSON Lines for scripts. At a terminal the table
 * fits its width: when a row with its file is too wide, each file goes on an indented line of its
 * own under its row (and a name too long for what is left is cut); into a file or a pipe each draft
 * keeps one row, for the scripts that read it.
 */
public final class DraftsReport {
    /** The indentation of a file on its own line. */
    private static final int FILE_INDENT = 2;
    private static final int MIN_NAME = 10;

    /**
     * One draft.
     *
     * @param client the name in it, or null
     */
    public record Row(String client, int answered, int total, Instant saved, String path) {}

    private final PrintWriter out;
    private final Messages messages;
    private final ZoneId zone;
    private final int width;

    /**
     * @param width the terminal's width in columns, which every line fits in when it can (a file
     *     wider than a line is not cut: it is to be copied); or 0 into a file or a pipe, one row per draft
     */
    public DraftsReport(PrintWriter out, Messages messages, ZoneId zone, int width) {
        this.out = out;
        this.messages = messages;
        this.zone = zone;
        this.width = width;
    }

    /** Client, answered count of total, when saved (local time), and the file; newest first as given. */
    public void table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {messages.get("draft.list.head.client"), messages.get("draft.list.head.answered"),
            messages.get("draft.list.head.saved"), messages.get("draft.list.head.path")});
        for (Row r : rows) {
            cells.add(new String[] {r.client() == null ? messages.get("draft.list.unnamed") : Text.clean(r.client()),
                messages.get("draft.list.answered", r.answered(), r.total()), saved(r.saved()), Text.clean(r.path())});
        }
        int[] widths = new int[4];
        for (String[] c : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Text.length(c[i]));
            }
        }
        int rest = 2 + widths[1] + 2 + widths[2];
        boolean fileBelow = width > 0 && widths[0] + rest + 2 + widths[3] > width;
        int nameWidth = fileBelow ? Math.min(widths[0], Math.max(MIN_NAME, width - rest)) : widths[0];
        String indent = " ".repeat(FILE_INDENT);
        for (String[] c : cells) {
            String first = Text.pad(Text.truncate(c[0], nameWidth), nameWidth) + "  " + Text.pad(c[1], widths[1]) + "  ";
            if (fileBelow) {
                out.println(first + c[2]);
                out.println(indent + c[3]);
            } else {
                out.println(first + Text.pad(c[2], widths[2]) + "  " + c[3]);
            }
        }
    }

    /** When a draft was saved, in the user's time zone: the day as the report writes days, and the time. */
    private String saved(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        return messages.lang().date(t.toLocalDate()) + " " + twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute());
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * One object a line: {@code {"client", "answered", "total", "saved", "path"}}; {@code client} null
     * when unnamed, {@code saved} in UTC to the second, as the history writes its times.
     */
    public void json(List<Row> rows) {
        for (Row r : rows) {
            StringWriter s = new StringWriter();
            try (JsonWriter w = new JsonWriter(s)) {
                w.setHtmlSafe(false);
                w.beginObject().name("client");
                if (r.client() == null) {
                    w.nullValue();
                } else {
                    w.value(r.client());
                }
                w.name("answered").value(r.answered()).name("total").value(r.total())
                        .name("saved").value(r.saved().truncatedTo(ChronoUnit.SECONDS).toString()).name("path").value(r.path()).endObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(s);
        }
    }
}
