package dev.sifc.render;

import dev.sifc.core.Answers;
import dev.sifc.core.Lang;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.PrintWriter;
import java.util.List;

/**
 * An answers file to fill in: every question as a comment with its allowed values, and "skip" as
 * the answer, so that the file runs as it is. {@link AnswersYaml} writes answers that were given.
 */
public final class AnswersTemplate {
    /** Comment lines are wrapped to fit this width, indent included. */
    private static final int WIDTH = 96;

    private AnswersTemplate() {}

    public static void write(Questionnaire q, PrintWriter out, Messages m) {
        Lang lang = m.lang();
        comment(out, "", m.get("template.header"));
        comment(out, "", q.title().get(lang) + " " + m.get("questions.version", q.id(), q.version()));
        out.println();
        comment(out, "", m.get("template.client"));
        out.println("# client: ACME GmbH");
        out.println("answers:");
        for (Sign s : q.signs()) {
            out.println();
            out.println("  # " + s.number() + ". " + Text.clean(s.title().get(lang)));
            questions(s.questions(), out, m);
        }
        out.println();
        out.println("  # " + Text.clean(q.contextTitle().get(lang)));
        questions(q.context(), out, m);
    }

    private static void questions(List<Question> questions, PrintWriter out, Messages m) {
        for (Question q : questions) {
            comment(out, "  ", q.text().get(m.lang()));
            String allowed = q.type() == QuestionType.NUMBER
                    ? m.get("template.number", Answers.plain(q.min()), Answers.plain(q.max()), Text.clean(q.unit().get(m.lang())))
                    : Answers.allowed(q, m.lang());
            comment(out, "  ", m.get("template.allowed", allowed));
            out.println("  " + q.id() + ": " + Answers.SKIP);
        }
    }

    private static void comment(PrintWriter out, String indent, String text) {
        for (String line : Text.wrap(Text.clean(text), WIDTH - indent.length())) {
            out.println(indent + "# " + line);
        }
    }
}
