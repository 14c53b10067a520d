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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The drafts command's list: a table for people, or JSON Lines for scripts. */
public final class DraftsReport {
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /**
     * One draft.
     *
     * @param client the name in it, or null
     */
    public record Row(String client, int answered, int total, Instant saved, String path) {}

    private final PrintWriter out;
    private final Messages messages;
    private final ZoneId zone;

    public DraftsReport(PrintWriter out, Messages messages, ZoneId zone) {
        this.out = out;
        this.messages = messages;
        this.zone = zone;
    }

    /** Client, answered count of total, when saved (local time), and the file; newest first as given. */
    public void table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {messages.get("draft.list.head.client"), messages.get("draft.list.head.answered"),
                messages.get("draft.list.head.saved"), messages.get("draft.list.head.path")});
        for (Row r : rows) {
            cells.add(new String[] {r.client() == null ? messages.get("draft.list.unnamed") : Text.clean(r.client()),
                    messages.get("draft.list.answered", r.answered(), r.total()), SAVED.format(r.saved().atZone(zone)),
                    Text.clean(r.path())});
        }
        int[] widths = new int[3];
        for (String[] c : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Text.length(c[i]));
            }
        }
        for (String[] c : cells) {
            out.println(Text.pad(c[0], widths[0]) + "  " + Text.pad(c[1], widths[1]) + "  " + Text.pad(c[2], widths[2]) + "  " + c[3]);
        }
    }

    /** One object a line: {@code {"client", "answered", "total", "saved", "path"}}; {@code client} null when unnamed. */
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
                        .name("saved").value(r.saved().toString()).name("path").value(r.path()).endObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(s);
        }
    }
}
