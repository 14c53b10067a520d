package dev.sifc.render;

import com.google.gson.stream.JsonWriter;
import dev.sifc.core.ClientHistory;
import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.core.Snapshot;
import dev.sifc.core.Verdict;
import dev.sifc.text.Messages;
import dev.sifc.text.Style;
import dev.sifc.text.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The history command's output: the overview of every client, and one client's timeline. The
 * timeline is written row by row as the file is read, so its length does not matter.
 */
public final class HistoryReport {
    private static final String SPARKS = "▁▂▃▄▅▆▇█";
    private static final int NAME_WIDTH = 30;
    private static final int SIGN_WIDTH = 4;

    private final PrintWriter out;
    private final Messages messages;
    private final Style style;
    private final ZoneId zone;
    private final LocalDate today;
    private final int verdictWidth;

    /** @param today for marking re-checks that are due */
    public HistoryReport(PrintWriter out, Messages messages, Style style, ZoneId zone, LocalDate today) {
        this.out = out;
        this.messages = messages;
        this.style = style;
        this.zone = zone;
        this.today = today;
        int w = Text.length(messages.get("history.head.verdict"));
        for (Verdict.Kind kind : Verdict.Kind.JUDGED) {
            w = Math.max(w, Text.length(messages.get("verdict.short." + kind.id())));
        }
        this.verdictWidth = w;
    }

    /**
     * The overview: one row per client with their latest verdict, score and date, when to check
     * again (marked when that day has come), how many assessments, and a sparkline. The rows come in
     * the order given ({@link ClientHistory#byUrgency}); when that is not simply by name, a first
     * line says what the order is, as a reader could not tell.
     */
    public void list(List<ClientHistory> clients) {
        if (!sorted(clients, ClientHistory.BY_NAME)) {
            String verdicts = messages.get("verdict.short.fire") + ", " + messages.get("verdict.short.recalibrate") + ", "
                    + messages.get("verdict.short.keep");
            for (String line : Text.wrap(messages.get("history.order", verdicts), TextRenderer.WIDTH)) {
                out.println(style.dim(line));
            }
        }
        String[] head = {messages.get("history.head.client"), messages.get("history.head.verdict"),
            messages.get("history.head.score"), messages.get("history.head.date"), messages.get("history.head.next"),
            messages.get("history.head.count"), messages.get("history.head.trend")};
        int nameWidth = Text.length(head[0]);
        for (ClientHistory c : clients) {
            nameWidth = Math.max(nameWidth, Math.min(NAME_WIDTH, Text.length(Text.clean(c.name()))));
        }
        String due = messages.get("history.due");
        int nextWidth = Math.max(Text.length(head[4]), 10 + 1 + Text.length(due));
        int countWidth = Math.max(Text.length(head[5]), 3);
        out.println(style.dim(Text.pad(head[0], nameWidth) + "  " + Text.pad(head[1], verdictWidth) + "  "
                + Text.padLeft(head[2], 5) + "  " + Text.pad(head[3], 10) + "  " + Text.pad(head[4], nextWidth) + "  "
                + Text.padLeft(head[5], countWidth) + "  " + head[6]));
        for (ClientHistory c : clients) {
            Snapshot s = c.latest();
            String next = s.recheckOn() == null ? "–" : s.recheckOn().toString();
            boolean isDue = c.due(today);
            String nextCell = Text.pad(isDue ? next + " " + due : next, nextWidth);
            out.println(Text.pad(Text.truncate(Text.clean(c.name()), nameWidth), nameWidth) + "  " + verdict(s) + "  "
                    + Text.padLeft(Integer.toString(s.score()), 5) + "  " + date(s) + "  "
                    + (isDue ? style.bold(nextCell) : nextCell) + "  "
                    + Text.padLeft(Integer.toString(c.assessments()), countWidth) + "  " + sparkline(c.recentScores()));
        }
    }

    private static <T> boolean sorted(List<T> items, Comparator<? super T> order) {
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1), items.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The overview as JSON Lines: one object per client, in the order given. */
    public void listJson(List<ClientHistory> clients) {
        for (ClientHistory c : clients) {
            StringWriter sw = new StringWriter();
            try (JsonWriter w = new JsonWriter(sw)) {
                w.setHtmlSafe(false);
                w.beginObject();
                w.name("client").value(c.name());
                w.name("assessments").value(c.assessments());
                w.name("latest").beginObject()
                        .name("at").value(c.latest().at().toString())
                        .name("verdict").value(c.latest().verdict().id())
                        .name("score").value(c.latest().score())
                        .name("recheckOn").value(c.latest().recheckOn() == null ? null : c.latest().recheckOn().toString())
                        .endObject();
                w.name("recentScores").beginArray();
                for (int score : c.recentScores()) {
                    w.value(score);
                }
                w.endArray();
                w.endObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(sw);
        }
    }

    /** The first lines of a timeline: the client's name, the legend of sign numbers, the column heads. */
    public void timelineStart(String name, Questionnaire q) {
        Lang lang = messages.lang();
        out.println(style.bold(Text.clean(name)));
        StringBuilder legend = new StringBuilder();
        for (Sign sign : q.signs()) {
            legend.append(legend.length() == 0 ? "" : " · ").append(sign.number()).append(' ')
                    .append(Text.clean(sign.title().get(lang)));
        }
        for (String line : Text.wrap(messages.get("history.legend", legend), TextRenderer.WIDTH)) {
            out.println(style.dim(line));
        }
        out.println();
        StringBuilder head = new StringBuilder();
        head.append(Text.pad(messages.get("history.head.when"), 10)).append("  ")
                .append(Text.pad(messages.get("history.head.verdict"), verdictWidth)).append("  ")
                .append(Text.padLeft(messages.get("history.head.score"), 5)).append("  ")
                .append(Text.padLeft(messages.get("report.change"), 9));
        for (Sign sign : q.signs()) {
            head.append(Text.padLeft(Integer.toString(sign.number()), SIGN_WIDTH));
        }
        out.println(style.dim(head.toString()));
    }

    /** One assessment; {@code previous} is the one before it, or null for the first. */
    public void timelineRow(Snapshot s, Snapshot previous, Questionnaire q) {
        StringBuilder row = new StringBuilder();
        String change = previous == null ? "–" : Explain.signed(s.score() - previous.score());
        row.append(date(s)).append("  ").append(verdict(s)).append("  ")
                .append(Text.padLeft(Integer.toString(s.score()), 5)).append("  ")
                .append(Text.padLeft(change, 9));
        for (Sign sign : q.signs()) {
            Integer score = s.signs().get(sign.id());
            row.append(Text.padLeft(score == null ? "–" : score.toString(), SIGN_WIDTH));
        }
        out.println(row);
    }

    public void timelineEnd(int count) {
        out.println();
        out.println(style.dim(messages.get("history.count", count)));
    }

    /** Scores 0-100 as bars of eight heights, oldest first. */
    public static String sparkline(List<Integer> scores) {
        StringBuilder sb = new StringBuilder(scores.size());
        for (int score : scores) {
            sb.append(SPARKS.charAt(Math.min(SPARKS.length() - 1, score * SPARKS.length() / 101)));
        }
        return sb.toString();
    }

    private String verdict(Snapshot s) {
        String text = Text.pad(messages.get("verdict.short." + s.verdict().id()), verdictWidth);
        return switch (s.severity()) {
            case 0 -> style.green(text);
            case 1 -> style.yellow(text);
            default -> style.red(text);
        };
    }

    private String date(Snapshot s) {
        return LocalDate.ofInstant(s.at(), zone).toString();
    }
}
