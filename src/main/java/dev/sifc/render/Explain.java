package dev.sifc.render;

import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.Trend;
import dev.sifc.core.WhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sentences about history and what-ifs, shared by the text and Markdown reports. */
final class Explain {
    private Explain() {}

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
        String then = m.get("verdict.short." + t.previous().verdict());
        String now = m.get("verdict.short." + a.verdict().id());
        String key = t.verdictChange(a) == 0 ? "report.since.same" : "report.since";
        return Optional.of(m.get(key, t.previousOn(), then, now, t.previous().score(), a.score(), signed(t.scoreDelta())));
    }

    /** "Check again on 2026-12-27 (in 30 days).", or empty when the verdict suggests no date. */
    static Optional<String> recheck(Trend t, Assessment a, Messages m) {
        if (t == null || t.recheckOn() == null) {
            return Optional.empty();
        }
        return Optional.of(m.get("report.recheck." + a.verdict().id(), t.recheckOn(), a.verdict().recheckDays()));
    }

    /** A change with its sign and a true minus: "+5", "−10", "±0". */
    static String signed(int delta) {
        return delta > 0 ? "+" + delta : delta < 0 ? "−" + (-delta) : "±0";
    }

}
