package dev.sifc.render;

import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.LocalText;
import dev.sifc.core.Reason;
import dev.sifc.core.Sign;
import dev.sifc.core.Stage;
import dev.sifc.core.Trend;
import dev.sifc.core.Verdict;
import dev.sifc.core.WhatIf;
import dev.sifc.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sentences about reasons, history and what-ifs, shared by the text and Markdown reports. */
final class Explain {
    private Explain() {}

    /** One reason behind a verdict, in the user's language. */
    static String reason(Reason r, Messages m) {
        Lang lang = m.lang();
        if (r instanceof Reason.Dealbreaker d) {
            return m.get("report.reason.dealbreaker", d.sign().title().get(lang),
                    lang.quote(d.question().text().get(lang)), d.question().display(d.value(), lang));
        }
        if (r instanceof Reason.SignStage s) {
            Sign.StageTexts texts = s.result().sign().reasons();
            LocalText text = s.result().afterFirstStep() ? texts.afterFirstStep()
                    : s.result().stage() == Stage.MOVE_ON ? texts.moveOn() : texts.showing();
            return text.get(lang);
        }
        if (r instanceof Reason.Load l) {
            return l.strain() == null
                    ? m.get("report.reason.load", l.signs().size(), titles(l.signs(), lang))
                    : m.get("report.reason.load.strain", l.signs().size(),
                            l.strain().display(l.strainValue(), lang).toLowerCase(lang.locale()),
                            titles(l.signs(), lang));
        }
        if (r instanceof Reason.Unjudged u) {
            return u.judged() < u.needed()
                    ? m.get("report.reason.insufficient", u.judged(), u.needed(), titles(u.signs(), lang))
                    : m.get("report.reason.unjudged", titles(u.signs(), lang), u.minAnswered());
        }
        if (r instanceof Reason.Calm c) {
            return m.get("report.reason.calm", c.judged());
        }
        Reason.Evidence e = (Reason.Evidence) r;
        return m.get("report.reason.evidence", e.sign().title().get(lang),
                lang.quote(e.question().text().get(lang)), e.question().display(e.value(), lang));
    }

    private static String titles(List<Sign> signs, Lang lang) {
        return String.join(", ", signs.stream().map(s -> s.title().get(lang)).toList());
    }

    /** "If “…” were “…” (now “…”), the verdict would be: …". */
    static String whatIf(WhatIf w, Messages m) {
        Lang lang = m.lang();
        List<String> parts = new ArrayList<>();
        for (WhatIf.Change c : w.changes()) {
            parts.add(m.get("report.whatif.change", lang.quote(c.question().text().get(lang)),
                    lang.quote(c.question().display(c.to(), lang)), lang.quote(c.question().display(c.from(), lang))));
        }
        return m.get("report.whatif.line", String.join(m.get("report.whatif.and"), parts), w.verdict().title().get(lang));
    }

    /** "Since 2026-08-01: let go → recalibrate, score 72 → 48 (−24)", or empty for a first assessment. */
    static Optional<String> since(Trend t, Assessment a, Messages m) {
        if (t == null || t.previous() == null) {
            return Optional.empty();
        }
        String then = m.get("verdict.short." + t.previous().verdict().id());
        String now = m.get("verdict.short." + a.verdict().id());
        String key = t.verdictChange(a) == 0 ? "report.since.same" : "report.since";
        String line = m.get(key, m.lang().date(t.previousOn()), then, now, t.previous().score(), a.score(), signed(t.scoreDelta()));
        int version = t.previous().questionnaire().version();
        if (version != a.questionnaire().version()) {
            // Scores from another version of the questions are not measured the same way: say so.
            line += " " + m.get("report.since.version", version, a.questionnaire().version());
        }
        return Optional.of(line);
    }

    /** "Check again on 2026-12-27 (in 30 days).", "Prüfe erneut am 27.12.2026 …", or empty when the verdict suggests no date. */
    static Optional<String> recheck(Trend t, Assessment a, Messages m) {
        if (t == null || t.recheckOn() == null) {
            return Optional.empty();
        }
        return Optional.of(m.get("report.recheck." + a.verdict().id(), m.lang().date(t.recheckOn()), a.verdict().recheckDays()));
    }

    /**
     * What "What to do" says when no sign has advice for the verdict: nothing to change (keep), answer
     * more (not enough to judge), or, on a let go whose signs have nothing for ending, end it as above.
     */
    static String nothingToDo(Assessment a) {
        if (!a.verdict().judged()) {
            return "report.nothing-to-do.insufficient";
        }
        return a.kind() == Verdict.Kind.FIRE ? "report.nothing-to-do.fire" : "report.nothing-to-do";
    }

    /**
     * A verdict's own advice as a report prints it, or null when it has none. For a let go, the
     * verdict's text and then whether the door stays open, by the rule the signs' advice and the
     * suggested ending letter follow ({@link Assessment#door}).
     */
    static String verdictAdvice(Assessment a, Messages m) {
        if (a.verdict().advice() == null) {
            return null;
        }
        String advice = a.verdict().advice().get(m.lang());
        return a.kind() == Verdict.Kind.FIRE ? advice + " " + m.get("report.door." + a.door().id()) : advice;
    }

    /** The heading of a verdict's own advice: "How to end it" for a let go, a plain one otherwise. */
    static String verdictAdviceHeading(Assessment a) {
        return a.kind() == Verdict.Kind.FIRE ? "report.exit" : "report.verdict-advice";
    }

    /** A change with its sign and a true minus: "+5", "−10", "±0". */
    static String signed(int delta) {
        return delta > 0 ? "+" + delta : delta < 0 ? "−" + -delta : "±0";
    }

}
