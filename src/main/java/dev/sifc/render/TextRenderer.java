package dev.sifc.render;

import dev.sifc.core.AnswerChanges;
import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Reason;
import dev.sifc.core.Stage;
import dev.sifc.core.Trend;
import dev.sifc.core.WhatIf;
import dev.sifc.text.Messages;
import dev.sifc.text.Style;
import dev.sifc.text.Text;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The report for people: a verdict banner, a bar per sign, the reasons, the advice and the source,
 * laid out for a width in columns: {@link #DEFAULT_WIDTH} for files and pipes, the terminal's (see
 * {@code RunContext.width}) at a terminal. Every section wraps to {@link #width}; on narrow widths
 * the bars shrink and a sign's title gets a line of its own.
 */
public final class TextRenderer implements Renderer {
    /** The width of a report in a file or a pipe, and of a terminal whose width is unknown. */
    public static final int DEFAULT_WIDTH = 78;
    /** The narrowest layout the reports are made for: below it, lines may overflow. */
    public static final int MIN_WIDTH = 40;
    /** Wider lines are hard to read: a wide terminal still gets at most this. */
    public static final int MAX_WIDTH = 100;
    private static final int BAR = 10;
    private static final int MIN_BAR = 5;
    /** The narrowest a cut table cell gets before its column is left out instead. */
    private static final int MIN_CELL = 10;

    private final PrintWriter out;
    private final Messages messages;
    private final Style style;
    private final Lang lang;
    private final int width;
    private final LetterHints letters;

    public TextRenderer(PrintWriter out, Messages messages, Style style) {
        this(out, messages, style, DEFAULT_WIDTH, LetterHints.NONE);
    }

    /**
     * @param width the columns every line fits in
     * @param letters the letters the report points to, each under the advice it belongs to
     */
    public TextRenderer(PrintWriter out, Messages messages, Style style, int width, LetterHints letters) {
        this.out = out;
        this.messages = messages;
        this.style = style;
        this.lang = messages.lang();
        this.width = width;
        this.letters = letters;
    }

    /** The columns every line of this report fits in. */
    public int width() {
        return width;
    }

    @Override
    public void assessment(Assessment a, Trend trend, int index) {
        assessment(a, trend, null, index);
    }

    @Override
    public void assessment(Assessment a, Trend trend, AnswerChanges changes, int index) {
        if (index > 1) {
            out.println();
            out.println(style.dim("─".repeat(width)));
            out.println();
        }
        Questionnaire q = a.questionnaire();
        // Named by the client's name; an unnamed one by its number in a portfolio, and not at all on its own.
        Optional<String> client = a.client().map(Text::clean)
                .or(() -> index == SINGLE ? Optional.empty() : Optional.of(messages.get("report.client.unnamed", index)));
        String title = Text.clean(q.title().get(lang));
        if (client.isEmpty()) {
            styled(title, "", style::bold);
        } else if (Text.length(title) + 3 + Text.length(client.get()) <= width) {
            out.println(style.bold(title) + style.dim(" · ") + style.bold(client.get()));
        } else {
            styled(title + " · " + client.get(), "", style::bold);
        }
        out.println();
        String verdict = messages.get("report.verdict") + ": " + Text.clean(a.verdict().title().get(lang));
        // A client not judged yet has no meaningful overall score: "0/100" would read as "all is well".
        String score = a.verdict().judged() ? messages.get("report.score", a.score()) : null;
        if (score != null && 2 + Text.length(verdict) + 3 + Text.length(score) <= width) {
            out.println("  " + colour(a.severity(), style.bold(verdict)) + "   " + style.dim(score));
        } else {
            styled(verdict, "  ", line -> colour(a.severity(), style.bold(line)));
            if (score != null) {
                styled(score, "  ", style::dim);
            }
        }
        Explain.since(trend, a, messages).ifPresent(line -> styled(line, "  ", style::dim));
        out.println();

        out.println(style.bold(messages.get("report.signs")));
        signs(a, trend);
        out.println();
        changedAnswers(changes);

        out.println(style.bold(messages.get("report.why")));
        for (Reason reason : a.reasons()) {
            bullet(Explain.reason(reason, messages));
        }
        out.println();

        List<LetterHints.Hint> hints = letters.forAssessment(a);
        String verdictAdvice = Explain.verdictAdvice(a, messages);
        if (verdictAdvice != null) {
            out.println(style.bold(messages.get(Explain.verdictAdviceHeading(a))));
            paragraph(verdictAdvice, "  ");
            LetterHints.ending(hints).ifPresent(h -> letter(h, "  "));
            out.println();
        }
        out.println(style.bold(messages.get("report.todo")));
        if (a.advice().isEmpty()) {
            paragraph(messages.get(Explain.nothingToDo(a)), "  ");
        } else if (a.ground() == Assessment.Ground.LOAD) {
            // Let go, yet every sign is only at its first step: say which comes first.
            paragraph(messages.get("report.todo.load"), "  ");
            out.println();
        }
        boolean first = true;
        for (Assessment.SignAdvice s : a.advice()) {
            if (!first) {
                out.println();
            }
            first = false;
            String heading = Text.clean(s.sign().title().get(lang));
            String stage = " (" + messages.stageName(s.stage()) + ")";
            if (2 + Text.length(heading) + Text.length(stage) <= width) {
                out.println("  " + stageColour(s.stage(), style.bold(heading)) + style.dim(stage));
            } else {
                styled(heading + stage, "  ", line -> stageColour(s.stage(), style.bold(line)));
            }
            paragraph(s.text().get(lang), "    ");
            if (s.stepTakenAlready()) {
                paragraph(messages.get("report.todo.step-taken"), "    ");
            }
            LetterHints.forSign(hints, s.sign().id()).ifPresent(h -> letter(h, "    "));
        }
        if (!a.caveats().isEmpty()) {
            out.println();
            out.println(style.bold(messages.get("report.caveats")));
            for (Assessment.AppliedCaveat c : a.caveats()) {
                bullet(c.text(lang));
            }
        }
        if (!a.whatIf().isEmpty()) {
            out.println();
            out.println(style.bold(messages.get("report.whatif")));
            for (WhatIf w : a.whatIf()) {
                bullet(Explain.whatIf(w, messages));
            }
        }
        Optional<String> recheck = Explain.recheck(trend, a, messages);
        if (recheck.isPresent()) {
            out.println();
            paragraph(recheck.get(), "");
        }
        out.println();
        styled(Text.clean(source(q, messages)), "", style::dim);
    }

    /**
     * The signs table. A row is "  N  Title  ██████████  63  showing  (−5)". When that is wider than
     * the report, the bars shrink to {@value #MIN_BAR}; when it still is, each title gets a line of
     * its own (cut with "…" only if even that line is too narrow), with the bar and the rest
     * indented below it.
     */
    private void signs(Assessment a, Trend trend) {
        int numberWidth = a.signs().stream().mapToInt(s -> Integer.toString(s.sign().number()).length()).max().orElse(1);
        int titleWidth = a.signs().stream().mapToInt(s -> Text.length(Text.clean(s.sign().title().get(lang)))).max().orElse(10);
        int levelWidth = a.signs().stream().mapToInt(s -> Text.length(messages.stageName(s.stage()))).max().orElse(0);
        int changeWidth = 0;
        for (Assessment.SignResult s : a.signs()) {
            Integer delta = trend == null ? null : trend.signDeltas().get(s.sign().id());
            if (delta != null) {
                changeWidth = Math.max(changeWidth, 2 + Text.length("(" + Explain.signed(delta) + ")"));
            }
        }
        int indent = 2 + numberWidth + 2;
        int tail = 1 + 3 + 2 + levelWidth + changeWidth; // after the bar: score, level, change
        int bar = BAR;
        while (bar > MIN_BAR && indent + titleWidth + 2 + bar + tail > width) {
            bar--;
        }
        boolean ownLine = indent + titleWidth + 2 + bar + tail > width;
        if (ownLine) {
            bar = Math.max(1, Math.min(BAR, width - indent - tail));
        }
        for (Assessment.SignResult s : a.signs()) {
            String title = Text.clean(s.sign().title().get(lang));
            String bars = s.score() == null ? "·".repeat(bar) : bar(s.score(), bar);
            String score = Text.padLeft(s.score() == null ? "–" : Integer.toString(s.score()), 3);
            Integer delta = trend == null ? null : trend.signDeltas().get(s.sign().id());
            String change = delta == null ? "" : "  " + style.dim("(" + Explain.signed(delta) + ")");
            String level = delta == null ? messages.stageName(s.stage()) : Text.pad(messages.stageName(s.stage()), levelWidth);
            String rest = stageColour(s.stage(), bars) + " " + score + "  " + stageColour(s.stage(), level) + change;
            String number = Text.padLeft(Integer.toString(s.sign().number()), numberWidth);
            if (ownLine) {
                out.println("  " + number + "  " + Text.truncate(title, width - indent));
                out.println(" ".repeat(indent) + rest);
            } else {
                out.println("  " + number + "  " + Text.pad(title, titleWidth) + "  " + rest);
            }
        }
    }

    /** A paragraph wrapped to the width after {@code indent}, each line styled on its own. */
    private void styled(String text, String indent, UnaryOperator<String> how) {
        for (String line : Text.wrap(text, width - indent.length())) {
            out.println(indent + how.apply(line));
        }
    }

    // --- A re-check's "Changed since …" section (issue 13): the answers that differ from last time.
    private void changedAnswers(AnswerChanges changes) {
        if (changes == null) {
            return;
        }
        if (changes.changes().isEmpty()) {
            out.println(style.dim(ChangedAnswers.heading(changes, messages)));
        } else {
            out.println(style.bold(ChangedAnswers.heading(changes, messages)));
            ChangedAnswers.lines(changes, messages).forEach(this::bullet);
        }
        out.println();
    }
    // --- end of the "Changed since …" section

    static String source(Questionnaire q, Messages messages) {
        return messages.get("report.source", q.source().title(), q.source().publisher(),
                q.source().note().get(messages.lang()));
    }

    @Override
    public void portfolio(List<Summary> ranked) {
        out.println();
        out.println(style.dim("─".repeat(width)));
        out.println();
        styled(messages.get("report.portfolio", lang.number(ranked.size())), "", style::bold);
        String[] head = {messages.get("report.portfolio.rank"), messages.get("report.portfolio.client"),
            messages.get("report.portfolio.verdict"), messages.get("report.portfolio.score"), messages.get("report.portfolio.worst")};
        int clientWidth = Math.max(Text.length(head[1]), ranked.stream().mapToInt(s -> Text.length(name(s))).max().orElse(0));
        clientWidth = Math.min(clientWidth, 30);
        int verdictWidth = Math.max(Text.length(head[2]), ranked.stream().mapToInt(s -> Text.length(verdictTitle(s))).max().orElse(0));
        int rankWidth = Math.max(Text.length(head[0]), Text.length(lang.number(ranked.size())));
        int scoreWidth = Math.max(Text.length(head[3]), 5);
        int worstWidth = Math.max(Text.length(head[4]), ranked.stream().mapToInt(s -> Text.length(worst(s))).max().orElse(0));
        // Too wide for the report: the worst sign is cut (down to MIN_CELL), then the client's
        // name, then the worst sign's column is left out, and the name takes the room there is.
        int fixed = 2 + rankWidth + 2 + 2 + verdictWidth + 2 + scoreWidth;
        int room = width - fixed - 2;
        int fullClient = clientWidth;
        if (clientWidth + worstWidth > room) {
            worstWidth = Math.max(Math.min(worstWidth, MIN_CELL), room - clientWidth);
        }
        if (clientWidth + worstWidth > room) {
            clientWidth = Math.max(Math.min(clientWidth, MIN_CELL), room - worstWidth);
        }
        boolean showWorst = clientWidth + worstWidth <= room;
        if (!showWorst) {
            clientWidth = Math.max(1, Math.min(fullClient, width - fixed));
        }
        int cw = clientWidth;
        int ww = worstWidth;
        out.println("  " + style.dim(Text.padLeft(head[0], rankWidth) + "  " + Text.pad(Text.truncate(head[1], cw), cw) + "  "
                + Text.pad(head[2], verdictWidth) + "  " + Text.padLeft(head[3], scoreWidth)
                + (showWorst ? "  " + Text.truncate(head[4], ww) : "")));
        int rank = 0;
        for (Summary s : ranked) {
            rank++;
            out.println("  " + Text.padLeft(lang.number(rank), rankWidth) + "  " + Text.pad(Text.truncate(name(s), cw), cw)
                    + "  " + colour(s.severity(), Text.pad(verdictTitle(s), verdictWidth)) + "  "
                    + Text.padLeft(Integer.toString(s.score()), scoreWidth) + (showWorst ? "  " + Text.truncate(worst(s), ww) : ""));
        }
    }

    /** The verdict's short title in the report's language, as `history` shows it (JSON keeps the id). */
    private String verdictTitle(Summary s) {
        return messages.get("verdict.short." + s.verdict().id());
    }

    private String worst(Summary s) {
        return s.worst() == null ? "–" : Text.clean(s.worst().title().get(lang));
    }

    private String name(Summary s) {
        return s.client().map(Text::clean).orElse(messages.get("report.client.unnamed", s.index()));
    }

    /** The command that prints a letter, on a line of its own: never wrapped, so that it can be copied whole. */
    private void letter(LetterHints.Hint hint, String indent) {
        String label = messages.get("report.letter");
        String command = Text.clean(hint.command());
        if (Text.length(indent + label + " " + command) <= width) {
            out.println(indent + style.dim(label) + " " + command);
            return;
        }
        // Too long for the line: the command on a line of its own under the label; if even that is too
        // narrow, continued with " \\", so that the lines still paste as one command.
        out.println(indent + style.dim(label));
        String prefix = indent + "  ";
        if (Text.length(prefix + command) <= width) {
            out.println(prefix + command);
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String unit : commandUnits(hint.words())) {
            for (String w : Text.length(indent) + 4 + Text.length(unit) + 2 > width ? List.of(unit.split(" ")) : List.of(unit)) {
                if (line.length() > 0 && Text.length(prefix + line + " " + w) + 2 > width) {
                    out.println(prefix + line + " \\");
                    prefix = indent + "    ";
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(w);
            }
        }
        out.println(prefix + line);
    }

    /** The command's words in the pieces a line break may not split: the command and its kind, then each option with its value. */
    private static List<String> commandUnits(List<String> words) {
        List<String> units = new ArrayList<>();
        for (String word : words) {
            String w = Text.clean(word);
            boolean joins = !units.isEmpty() && !w.startsWith("--");
            if (joins) {
                units.set(units.size() - 1, units.get(units.size() - 1) + " " + w);
            } else {
                units.add(w);
            }
        }
        return units;
    }

    private void bullet(String text) {
        List<String> lines = Text.wrap(Text.clean(text), width - 4);
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? "  • " : "    ") + lines.get(i));
        }
    }

    private void paragraph(String text, String indent) {
        for (String line : Text.wrap(Text.clean(text), width - indent.length())) {
            out.println(indent + line);
        }
    }

    private static String bar(int score, int length) {
        int filled = Math.round(score / (100f / length));
        return "█".repeat(filled) + "░".repeat(length - filled);
    }

    private String colour(int severity, String s) {
        return switch (severity) {
            case 0 -> style.green(s);
            case 1 -> style.yellow(s);
            case 2 -> style.red(s);
            default -> style.dim(s);
        };
    }

    private String stageColour(Stage stage, String s) {
        return switch (stage) {
            case NONE -> style.green(s);
            case SHOWING -> style.yellow(s);
            case MOVE_ON -> style.red(s);
            case UNKNOWN -> style.dim(s);
        };
    }
}
