package dev.sifc.render;

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
import java.util.List;
import java.util.Optional;

/** The report for people: a verdict banner, a bar per sign, the reasons, the advice and the source. */
public final class TextRenderer implements Renderer {
    static final int WIDTH = 78;
    private static final int BAR = 10;

    private final PrintWriter out;
    private final Messages messages;
    private final Style style;
    private final Lang lang;
    private final LetterHints letters;

    public TextRenderer(PrintWriter out, Messages messages, Style style) {
        this(out, messages, style, LetterHints.NONE);
    }

    /** @param letters the letters the report points to, each under the advice it belongs to */
    public TextRenderer(PrintWriter out, Messages messages, Style style, LetterHints letters) {
        this.out = out;
        this.messages = messages;
        this.style = style;
        this.lang = messages.lang();
        this.letters = letters;
    }

    @Override
    public void assessment(Assessment a, Trend trend, int index) {
        if (index > 1) {
            out.println();
            out.println(style.dim("─".repeat(WIDTH)));
            out.println();
        }
        Questionnaire q = a.questionnaire();
        String client = a.client().map(Text::clean).orElse(messages.get("report.client.unnamed", index));
        out.println(style.bold(Text.clean(q.title().get(lang))) + style.dim(" · ") + style.bold(client));
        out.println();
        String verdict = messages.get("report.verdict") + ": " + Text.clean(a.verdict().title().get(lang));
        // A client not judged yet has no meaningful overall score: "0/100" would read as "all is well".
        out.println("  " + colour(a.severity(), style.bold(verdict))
                + (a.verdict().judged() ? "   " + style.dim(messages.get("report.score", a.score())) : ""));
        Explain.since(trend, a, messages).ifPresent(line -> out.println("  " + style.dim(line)));
        out.println();

        out.println(style.bold(messages.get("report.signs")));
        int titleWidth = a.signs().stream().mapToInt(s -> Text.length(Text.clean(s.sign().title().get(lang)))).max().orElse(10);
        int levelWidth = a.signs().stream().mapToInt(s -> Text.length(messages.stageName(s.stage()))).max().orElse(0);
        for (Assessment.SignResult s : a.signs()) {
            String title = Text.pad(Text.clean(s.sign().title().get(lang)), titleWidth);
            String bar = s.score() == null ? "·".repeat(BAR) : bar(s.score());
            String score = Text.padLeft(s.score() == null ? "–" : Integer.toString(s.score()), 3);
            Integer delta = trend == null ? null : trend.signDeltas().get(s.sign().id());
            String change = delta == null ? "" : "  " + style.dim("(" + Explain.signed(delta) + ")");
            String level = delta == null ? messages.stageName(s.stage()) : Text.pad(messages.stageName(s.stage()), levelWidth);
            out.println("  " + s.sign().number() + "  " + title + "  " + stageColour(s.stage(), bar) + " " + score + "  "
                    + stageColour(s.stage(), level) + change);
        }
        out.println();

        out.println(style.bold(messages.get("report.why")));
        for (Reason reason : a.reasons()) {
            bullet(Explain.reason(reason, messages));
        }
        out.println();

        List<LetterHints.Hint> hints = letters.forAssessment(a);
        if (a.verdict().advice() != null) {
            out.println(style.bold(messages.get(Explain.verdictAdviceHeading(a))));
            paragraph(a.verdict().advice().get(lang), "  ");
            LetterHints.ending(hints).ifPresent(h -> letter(h, "  "));
            out.println();
        }
        out.println(style.bold(messages.get("report.todo")));
        if (a.advice().isEmpty()) {
            paragraph(messages.get(a.verdict().judged() ? "report.nothing-to-do" : "report.nothing-to-do.insufficient"), "  ");
        } else if (a.ground() == Assessment.Ground.LOAD) {
            // Let go, yet every sign is only at its first step: say which comes first.
            paragraph(messages.get("report.todo.load"), "  ");
            out.println();
        }
        boolean first = true;
        for (Assessment.SignResult s : a.advice()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println("  " + stageColour(s.stage(), style.bold(Text.clean(s.sign().title().get(lang))))
                    + style.dim(" (" + messages.stageName(s.stage()) + ")"));
            paragraph(s.sign().advice().forStage(s.stage()).get(lang), "    ");
            LetterHints.forSign(hints, s.sign().id()).ifPresent(h -> letter(h, "    "));
        }
        if (!a.caveats().isEmpty()) {
            out.println();
            out.println(style.bold(messages.get("report.caveats")));
            for (Assessment.AppliedCaveat c : a.caveats()) {
                bullet(c.text().get(lang));
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
        for (String line : Text.wrap(Text.clean(source(q, messages)), WIDTH)) {
            out.println(style.dim(line));
        }
    }

    static String source(Questionnaire q, Messages messages) {
        return messages.get("report.source", q.source().title(), q.source().publisher(),
                q.source().note().get(messages.lang()));
    }

    @Override
    public void portfolio(List<Summary> ranked) {
        out.println();
        out.println(style.dim("─".repeat(WIDTH)));
        out.println();
        out.println(style.bold(messages.get("report.portfolio", ranked.size())));
        String[] head = {messages.get("report.portfolio.rank"), messages.get("report.portfolio.client"),
            messages.get("report.portfolio.verdict"), messages.get("report.portfolio.score"), messages.get("report.portfolio.worst")};
        int clientWidth = Math.max(Text.length(head[1]), ranked.stream().mapToInt(s -> Text.length(name(s))).max().orElse(0));
        clientWidth = Math.min(clientWidth, 30);
        int verdictWidth = Math.max(Text.length(head[2]), ranked.stream().mapToInt(s -> s.verdict().id().length()).max().orElse(0));
        int rankWidth = Math.max(1, Integer.toString(ranked.size()).length());
        out.println("  " + style.dim(Text.padLeft(head[0], rankWidth) + "  " + Text.pad(head[1], clientWidth) + "  "
                + Text.pad(head[2], verdictWidth) + "  " + Text.padLeft(head[3], 5) + "  " + head[4]));
        int rank = 0;
        for (Summary s : ranked) {
            rank++;
            String worst = s.worst() == null ? "–" : Text.clean(s.worst().title().get(lang));
            out.println("  " + Text.padLeft(Integer.toString(rank), rankWidth) + "  " + Text.pad(Text.truncate(name(s), clientWidth), clientWidth)
                    + "  " + colour(s.severity(), Text.pad(s.verdict().id(), verdictWidth)) + "  "
                    + Text.padLeft(Integer.toString(s.score()), 5) + "  " + worst);
        }
    }

    private String name(Summary s) {
        return s.client().map(Text::clean).orElse(messages.get("report.client.unnamed", s.index()));
    }

    /** The command that prints a letter, on a line of its own: never wrapped, so that it can be copied whole. */
    private void letter(LetterHints.Hint hint, String indent) {
        out.println(indent + style.dim(messages.get("report.letter")) + " " + Text.clean(hint.command()));
    }

    private void bullet(String text) {
        List<String> lines = Text.wrap(Text.clean(text), WIDTH - 4);
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? "  • " : "    ") + lines.get(i));
        }
    }

    private void paragraph(String text, String indent) {
        for (String line : Text.wrap(Text.clean(text), WIDTH - indent.length())) {
            out.println(indent + line);
        }
    }

    private static String bar(int score) {
        int filled = Math.round(score / (100f / BAR));
        return "█".repeat(filled) + "░".repeat(BAR - filled);
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
