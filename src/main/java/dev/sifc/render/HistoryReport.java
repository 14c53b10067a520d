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
 * timeline is written row by row as the file is read, so its length does not matter. At a terminal
 * both fit its width (into a file or a pipe, the tables keep every column): the overview gives way
 * in a fixed order (the name is cut to {@value #MIN_NAME} columns, then the trend, the last date and the count are left out, then the
 * name is cut to {@value #MIN_CELL}; narrower still, each client gets a block of labelled lines), the
 * timeline puts the signs' scores on a line below the rest, and then leaves out the change.
 */
public final class HistoryReport {
    private static final String SPARKS = "▁▂▃▄▅▆▇█";
    private static final int NAME_WIDTH = 30;
    private static final int MIN_NAME = 16;
    private static final int MIN_CELL = 10;
    private static final int SIGN_WIDTH = 4;
    private static final int CHANGE_WIDTH = 9;
    /** Where the signs' scores start when they have a line of their own: under the verdict. */
    private static final int SIGNS_INDENT = 8;

    private final PrintWriter out;
    private final Messages messages;
    private final Style style;
    private final ZoneId zone;
    private final LocalDate today;
    private final int verdictWidth;
    private final int scoreWidth;
    private final int width;
    private final int tableWidth;
    /** The widest a day takes in the report's language: "28.12.2026", "Dec 28, 2026". */
    private final int dateWidth;
    /** The timeline's layout, chosen by {@link #timelineStart} for its rows. */
    private boolean signsBelow;
    private boolean showChange = true;

    /** @param today for marking re-checks that are due */
    public HistoryReport(PrintWriter out, Messages messages, Style style, ZoneId zone, LocalDate today) {
        this(out, messages, style, zone, today, 0);
    }

    /**
     * @param width the terminal's width in columns, which every line fits in; or 0 into a file or a
     *     pipe, where the tables keep every column for the scripts that read them, and text wraps at
     *     {@link TextRenderer#DEFAULT_WIDTH}
     */
    public HistoryReport(PrintWriter out, Messages messages, Style style, ZoneId zone, LocalDate today, int width) {
        this.width = width > 0 ? width : TextRenderer.DEFAULT_WIDTH;
        this.tableWidth = width > 0 ? width : Integer.MAX_VALUE;
        this.out = out;
        this.messages = messages;
        this.dateWidth = messages.lang().dateWidth();
        this.style = style;
        this.zone = zone;
        this.today = today;
        int w = Text.length(messages.get("history.head.verdict"));
        for (Verdict.Kind kind : Verdict.Kind.JUDGED) {
            w = Math.max(w, Text.length(messages.get("verdict.short." + kind.id())));
        }
        this.verdictWidth = w;
        this.scoreWidth = Math.max(5, Text.length(messages.get("history.head.score")));
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
            for (String line : Text.wrap(messages.get("history.order", verdicts), width)) {
                out.println(style.dim(line));
            }
        }
        String[] head = {messages.get("history.head.client"), messages.get("history.head.verdict"),
            messages.get("history.head.score"), messages.get("history.head.date"), messages.get("history.head.next"),
            messages.get("history.head.count"), messages.get("history.head.trend")};
        int fullName = Text.length(head[0]);
        int sparks = 0;
        int counts = 0;
        for (ClientHistory c : clients) {
            fullName = Math.max(fullName, Math.min(NAME_WIDTH, Text.length(Text.clean(c.name()))));
            sparks = Math.max(sparks, c.recentScores().size());
            counts = Math.max(counts, Text.length(messages.lang().number(c.assessments())));
        }
        String due = messages.get("history.due");
        int nextWidth = Math.max(Text.length(head[4]), dateWidth + 1 + Text.length(due));
        int countWidth = Math.max(Text.length(head[5]), Math.max(3, counts));
        int trendWidth = Math.max(Text.length(head[6]), sparks);
        // What gives way, in order, while the row is too wide: see the class comment.
        boolean trend = true;
        boolean last = true;
        boolean count = true;
        int nameWidth = fullName;
        for (int step = 0; step <= 4; step++) {
            trend &= step < 1;
            last &= step < 2;
            count &= step < 3;
            int rest = 2 + verdictWidth + 2 + scoreWidth + (last ? 2 + dateWidth : 0) + 2 + nextWidth
                    + (count ? 2 + countWidth : 0) + (trend ? 2 + trendWidth : 0);
            nameWidth = Math.min(fullName, Math.max(step < 4 ? MIN_NAME : MIN_CELL, tableWidth - rest));
            if (nameWidth + rest <= tableWidth) {
                break;
            }
            if (step == 4) {
                blocks(clients, head);
                return;
            }
        }
        out.println(style.dim(Text.pad(Text.truncate(head[0], nameWidth), nameWidth) + "  " + Text.pad(head[1], verdictWidth) + "  "
                + Text.padLeft(head[2], scoreWidth) + (last ? "  " + Text.pad(head[3], dateWidth) : "") + "  "
                + Text.pad(head[4], nextWidth) + (count ? "  " + Text.padLeft(head[5], countWidth) : "")
                + (trend ? "  " + head[6] : "")));
        for (ClientHistory c : clients) {
            Snapshot s = c.latest();
            String nextCell = Text.pad(next(c), nextWidth);
            out.println(Text.pad(Text.truncate(Text.clean(c.name()), nameWidth), nameWidth) + "  " + verdict(s) + "  "
                    + Text.padLeft(Integer.toString(s.score()), scoreWidth) + (last ? "  " + Text.pad(date(s), dateWidth) : "") + "  "
                    + (c.due(today) ? style.bold(nextCell) : nextCell)
                    + (count ? "  " + Text.padLeft(messages.lang().number(c.assessments()), countWidth) : "")
                    + (trend ? "  " + sparkline(c.recentScores()) : ""));
        }
    }

    /** The overview for a terminal too narrow for its table: per client, the name and labelled values. */
    private void blocks(List<ClientHistory> clients, String[] head) {
        boolean first = true;
        for (ClientHistory c : clients) {
            if (!first) {
                out.println(); // without colour, the names would not stand out from the values
            }
            first = false;
            Snapshot s = c.latest();
            out.println(style.bold(Text.truncate(Text.clean(c.name()), width)));
            String verdict = messages.get("verdict.short." + s.verdict().id());
            String[][] fields = {
                {head[1] + ": " + verdict, head[1] + ": " + severityColour(s.severity(), verdict)},
                {head[2] + ": " + s.score(), null},
                {head[4] + ": " + next(c), c.due(today) ? style.bold(head[4] + ": " + next(c)) : null},
                {head[3] + ": " + date(s), null},
                {head[5] + ": " + messages.lang().number(c.assessments()), null},
                {head[6] + ": " + sparkline(c.recentScores()), null},
            };
            StringBuilder line = new StringBuilder("  ");
            int used = 2;
            for (String[] field : fields) {
                int w = Text.length(field[0]);
                if (used > 2 && used + 2 + w > width) {
                    out.println(line);
                    line.setLength(0);
                    line.append("  ");
                    used = 2;
                }
                if (used > 2) {
                    line.append("  ");
                    used += 2;
                }
                line.append(field[1] == null ? field[0] : field[1]);
                used += w;
            }
            out.println(line);
        }
    }

    /** When to check again, with the mark when that day has come. */
    private String next(ClientHistory c) {
        Snapshot s = c.latest();
        String next = s.recheckOn() == null ? "–" : messages.lang().date(s.recheckOn());
        return c.due(today) ? next + " " + messages.get("history.due") : next;
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

    /**
     * The first lines of a timeline: the client's name, the legend of sign numbers, the column heads.
     * Chooses the layout of the rows: the signs' scores on a line of their own when one line is too
     * narrow for them, and no change column when even the rest is.
     */
    public void timelineStart(String name, Questionnaire q) {
        Lang lang = messages.lang();
        out.println(style.bold(Text.truncate(Text.clean(name), tableWidth)));
        StringBuilder legend = new StringBuilder();
        for (Sign sign : q.signs()) {
            legend.append(legend.length() == 0 ? "" : " · ").append(sign.number()).append(' ')
                    .append(Text.clean(sign.title().get(lang)));
        }
        for (String line : Text.wrap(messages.get("history.legend", legend), width)) {
            out.println(style.dim(line));
        }
        out.println();
        int first = dateWidth + 2 + verdictWidth + 2 + scoreWidth;
        int signs = SIGN_WIDTH * q.signs().size();
        signsBelow = first + 2 + CHANGE_WIDTH + signs > tableWidth;
        showChange = !signsBelow || first + 2 + CHANGE_WIDTH <= tableWidth;
        StringBuilder head = new StringBuilder();
        head.append(Text.pad(messages.get("history.head.when"), dateWidth)).append("  ")
                .append(Text.pad(messages.get("history.head.verdict"), verdictWidth)).append("  ")
                .append(Text.padLeft(messages.get("history.head.score"), scoreWidth));
        if (showChange) {
            head.append("  ").append(Text.padLeft(messages.get("report.change"), CHANGE_WIDTH));
        }
        if (signsBelow) {
            out.println(style.dim(head.toString()));
            head.setLength(0);
            head.append(" ".repeat(SIGNS_INDENT));
        }
        for (Sign sign : q.signs()) {
            head.append(Text.padLeft(Integer.toString(sign.number()), SIGN_WIDTH));
        }
        out.println(style.dim(head.toString()));
    }

    /** One assessment; {@code previous} is the one before it, or null for the first. */
    public void timelineRow(Snapshot s, Snapshot previous, Questionnaire q) {
        StringBuilder row = new StringBuilder();
        String change = previous == null ? "–" : Explain.signed(s.score() - previous.score());
        row.append(Text.pad(date(s), dateWidth)).append("  ").append(verdict(s)).append("  ")
                .append(Text.padLeft(Integer.toString(s.score()), scoreWidth));
        if (showChange) {
            row.append("  ").append(Text.padLeft(change, CHANGE_WIDTH));
        }
        if (signsBelow) {
            out.println(row);
            row.setLength(0);
            row.append(" ".repeat(SIGNS_INDENT));
        }
        for (Sign sign : q.signs()) {
            Integer score = s.signs().get(sign.id());
            row.append(Text.padLeft(score == null ? "–" : score.toString(), SIGN_WIDTH));
        }
        out.println(row);
    }

    public void timelineEnd(int count) {
        out.println();
        out.println(style.dim(messages.get("history.count", messages.lang().number(count))));
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
        return severityColour(s.severity(), Text.pad(messages.get("verdict.short." + s.verdict().id()), verdictWidth));
    }

    private String severityColour(int severity, String text) {
        return switch (severity) {
            case 0 -> style.green(text);
            case 1 -> style.yellow(text);
            default -> style.red(text);
        };
    }

    /** The day of an assessment in the user's time zone, written as the report's language writes days. */
    private String date(Snapshot s) {
        return messages.lang().date(LocalDate.ofInstant(s.at(), zone));
    }
}
