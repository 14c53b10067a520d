package dev.sifc.render;

import dev.sifc.core.AnswerChanges;
import dev.sifc.core.Answers;
import dev.sifc.core.Lang;
import dev.sifc.text.Messages;
import java.util.List;

/** The words of a re-check's "Changed since …" section, shared by the text and Markdown reports. */
final class ChangedAnswers {
    private ChangedAnswers() {}

    /** "Changed since Nov 1, 2026", or the one line saying that nothing changed. */
    static String heading(AnswerChanges c, Messages m) {
        return m.get(c.changes().isEmpty() ? "report.changes.none" : "report.changes", m.lang().date(c.since()));
    }

    /** One line per changed answer: "“How often …?”: Often → Rarely". */
    static List<String> lines(AnswerChanges c, Messages m) {
        Lang lang = m.lang();
        return c.changes().stream().map(ch -> m.get("report.changes.item", lang.quote(ch.question().text().get(lang)),
                value(ch, ch.from(), m), value(ch, ch.to(), m))).toList();
    }

    private static String value(AnswerChanges.Change ch, String v, Messages m) {
        if (v == null) {
            return m.get("report.changes.unanswered");
        }
        return Answers.SKIP.equals(v) ? m.get("report.changes.skipped") : ch.question().display(v, m.lang());
    }
}
