package dev.sifc.render;

import dev.sifc.core.AnswerChanges;
import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.Reason;
import dev.sifc.core.Trend;
import dev.sifc.core.WhatIf;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The report as Markdown, for notes, tickets and wikis. */
public final class MarkdownRenderer implements Renderer {
    private final PrintWriter out;
    private final Messages messages;
    private final Lang lang;
    private final LetterHints letters;

    public MarkdownRenderer(PrintWriter out, Messages messages) {
        this(out, messages, LetterHints.NONE);
    }

    /** @param letters the letters the report points to, each under the advice it belongs to */
    public MarkdownRenderer(PrintWriter out, Messages messages, LetterHints letters) {
        this.out = out;
        this.messages = messages;
        this.lang = messages.lang();
        this.letters = letters;
    }

    @Override
    public void assessment(Assessment a, Trend trend, int index) {
        assessment(a, trend, null, index);
    }

    @Override
    public void assessment(Assessment a, Trend trend, AnswerChanges changes, int index) {
        if (index > 1) {
            out.println();
            out.println("---");
            out.println();
        }
        Optional<String> client = a.client()
                .or(() -> index == SINGLE ? Optional.empty() : Optional.of(messages.get("report.client.unnamed", index)));
        out.println("# " + escape(a.questionnaire().title().get(lang)) + client.map(c -> " · " + escape(c)).orElse(""));
        out.println();
        // A client not judged yet has no meaningful overall score: "0/100" would read as "all is well".
        out.println("**" + escape(messages.get("report.verdict") + ": " + a.verdict().title().get(lang)) + "**"
                + (a.verdict().judged() ? " (" + escape(messages.get("report.score", a.score())) + ")" : ""));
        out.println();
        Optional<String> since = Explain.since(trend, a, messages);
        if (since.isPresent()) {
            out.println(escape(since.get()));
            out.println();
        }
        boolean deltas = since.isPresent();
        out.println("## " + escape(messages.get("report.signs")));
        out.println();
        out.println("| # | " + escape(messages.get("report.sign")) + " | " + escape(messages.get("report.portfolio.score"))
                + " | " + escape(messages.get("report.level")) + " |" + (deltas ? " " + escape(messages.get("report.change")) + " |" : ""));
        out.println("|---:|---|---:|---|" + (deltas ? "---:|" : ""));
        for (Assessment.SignResult s : a.signs()) {
            Integer delta = deltas ? trend.signDeltas().get(s.sign().id()) : null;
            out.println("| " + s.sign().number() + " | " + escape(s.sign().title().get(lang)) + " | "
                    + (s.score() == null ? "–" : s.score()) + " | " + escape(messages.stageName(s.stage())) + " |"
                    + (deltas ? " " + (delta == null ? "–" : Explain.signed(delta)) + " |" : ""));
        }
        out.println();
        changedAnswers(changes);
        out.println("## " + escape(messages.get("report.why")));
        out.println();
        for (Reason r : a.reasons()) {
            out.println("- " + escape(Explain.reason(r, messages)));
        }
        out.println();
        List<LetterHints.Hint> hints = letters.forAssessment(a);
        String verdictAdvice = Explain.verdictAdvice(a, messages);
        if (verdictAdvice != null) {
            out.println("## " + escape(messages.get(Explain.verdictAdviceHeading(a))));
            out.println();
            out.println(escape(verdictAdvice));
            out.println();
            LetterHints.ending(hints).ifPresent(this::letter);
        }
        out.println("## " + escape(messages.get("report.todo")));
        out.println();
        if (a.advice().isEmpty()) {
            out.println(escape(messages.get(Explain.nothingToDo(a))));
            out.println();
        } else if (a.ground() == Assessment.Ground.LOAD) {
            out.println(escape(messages.get("report.todo.load")));
            out.println();
        }
        for (Assessment.SignAdvice s : a.advice()) {
            out.println("### " + escape(s.sign().title().get(lang)) + " (" + escape(messages.stageName(s.stage())) + ")");
            out.println();
            out.println(escape(s.text().get(lang)));
            out.println();
            if (s.stepTakenAlready()) {
                out.println(escape(messages.get("report.todo.step-taken")));
                out.println();
            }
            LetterHints.forSign(hints, s.sign().id()).ifPresent(this::letter);
        }
        if (!a.caveats().isEmpty()) {
            out.println("## " + escape(messages.get("report.caveats")));
            out.println();
            for (Assessment.AppliedCaveat c : a.caveats()) {
                out.println("- " + escape(c.text(lang)));
            }
            out.println();
        }
        if (!a.whatIf().isEmpty()) {
            out.println("## " + escape(messages.get("report.whatif")));
            out.println();
            for (WhatIf w : a.whatIf()) {
                out.println("- " + escape(Explain.whatIf(w, messages)));
            }
            out.println();
        }
        Optional<String> recheck = Explain.recheck(trend, a, messages);
        if (recheck.isPresent()) {
            out.println(escape(recheck.get()));
            out.println();
        }
        out.println("*" + escape(TextRenderer.source(a.questionnaire(), messages)) + "*");
    }

    // --- A re-check's "Changed since …" section (issue 13): the answers that differ from last time.
    private void changedAnswers(AnswerChanges changes) {
        if (changes == null) {
            return;
        }
        if (changes.changes().isEmpty()) {
            out.println(escape(ChangedAnswers.heading(changes, messages)));
        } else {
            out.println("## " + escape(ChangedAnswers.heading(changes, messages)));
            out.println();
            ChangedAnswers.lines(changes, messages).forEach(line -> out.println("- " + escape(line)));
        }
        out.println();
    }
    // --- end of the "Changed since …" section

    @Override
    public void portfolio(List<Summary> ranked) {
        out.println();
        out.println("---");
        out.println();
        out.println("## " + escape(messages.get("report.portfolio", lang.number(ranked.size()))));
        out.println();
        out.println("| " + escape(messages.get("report.portfolio.rank")) + " | " + escape(messages.get("report.portfolio.client"))
                + " | " + escape(messages.get("report.portfolio.verdict")) + " | " + escape(messages.get("report.portfolio.score"))
                + " | " + escape(messages.get("report.portfolio.worst")) + " |");
        out.println("|---:|---|---|---:|---|");
        int rank = 0;
        for (Summary s : ranked) {
            rank++;
            out.println("| " + lang.number(rank) + " | " + escape(s.client().orElse(messages.get("report.client.unnamed", s.index())))
                    + " | " + escape(messages.get("verdict.short." + s.verdict().id())) + " | " + s.score() + " | "
                    + (s.worst() == null ? "–" : escape(s.worst().title().get(lang))) + " |");
        }
    }

    /** The command that prints a letter, as code: copied as it stands. */
    private void letter(LetterHints.Hint hint) {
        String command = Text.clean(hint.command());
        String fence = command.contains("`") ? "`` " : "`";
        out.println(escape(messages.get("report.letter")) + " " + fence + command + new StringBuilder(fence).reverse());
        out.println();
    }

    /** Escapes Markdown syntax and neutralises control characters in text from files. */
    static String escape(String s) {
        String clean = Text.clean(s);
        StringBuilder sb = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
