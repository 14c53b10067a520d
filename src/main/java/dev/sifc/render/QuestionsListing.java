package dev.sifc.render;

import com.google.gson.stream.JsonWriter;
import dev.sifc.core.Answers;
import dev.sifc.core.Choice;
import dev.sifc.core.Lang;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.text.Messages;
import dev.sifc.text.Style;
import dev.sifc.text.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The questionnaire as a listing, the output of {@code questions}: text for people, JSON for scripts. */
public final class QuestionsListing {
    private QuestionsListing() {}

    /** The questionnaire for people: signs, questions, their ids and allowed answers. */
    public static void text(Questionnaire q, PrintWriter out, Messages m, Style style) {
        Lang lang = m.lang();
        out.println(style.bold(Text.clean(q.title().get(lang))) + style.dim(" " + m.get("questions.version", q.id(), q.version())));
        int signQuestions = q.questions().size() - q.context().size();
        out.println(m.get("questions.total", signQuestions, q.signs().size(), q.context().size()));
        for (Sign s : q.signs()) {
            out.println();
            out.println(style.bold(m.get("questions.sign", s.number(), Text.clean(s.title().get(lang)))));
            for (String line : Text.wrap(Text.clean(s.explanation().get(lang)), 76)) {
                out.println("  " + style.dim(line));
            }
            s.questions().forEach(question -> question(question, out, m, style));
        }
        out.println();
        out.println(style.bold(m.get("questions.context", Text.clean(q.contextTitle().get(lang)))));
        q.context().forEach(question -> question(question, out, m, style));
    }

    private static void question(Question q, PrintWriter out, Messages m, Style style) {
        Lang lang = m.lang();
        out.println();
        out.println("  " + style.cyan(q.id()) + "  " + style.dim("(" + typeName(q, m) + ")"));
        for (String line : Text.wrap(Text.clean(q.text().get(lang)), 74)) {
            out.println("    " + line);
        }
        if (q.type() != QuestionType.NUMBER) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (Choice o : q.options()) {
                sb.append(n++ == 0 ? "" : ", ").append(n).append(' ').append(o.value())
                        .append(" (").append(Text.clean(o.label().get(lang))).append(')');
            }
            for (String line : Text.wrap(sb.toString(), 74)) {
                out.println("    " + style.dim(line));
            }
        }
    }

    /** "choice", "yes/no" or "number from 0 to 50 (days)", in the reader's language. */
    public static String typeName(Question q, Messages m) {
        return switch (q.type()) {
            case CHOICE -> m.get("questions.type.choice");
            case YES_NO -> m.get("questions.type.yes-no");
            case NUMBER -> m.get("questions.type.number", Answers.plain(q.min()), Answers.plain(q.max()), Text.clean(q.unit().get(m.lang())));
        };
    }

    /** The questionnaire for scripts: one JSON object (see the README). */
    public static void json(Questionnaire q, PrintWriter out, Lang lang) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.setHtmlSafe(false);
            w.beginObject();
            w.name("id").value(q.id());
            w.name("version").value(q.version());
            w.name("lang").value(lang.code());
            w.name("signs").beginArray();
            for (Sign s : q.signs()) {
                w.beginObject().name("id").value(s.id()).name("number").value(s.number())
                        .name("title").value(s.title().get(lang)).name("questions");
                questions(w, s.questions(), lang);
                w.endObject();
            }
            w.endArray();
            w.name("context").beginObject().name("title").value(q.contextTitle().get(lang)).name("questions");
            questions(w, q.context(), lang);
            w.endObject();
            w.endObject();
            w.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void questions(JsonWriter w, List<Question> questions, Lang lang) throws IOException {
        w.beginArray();
        for (Question q : questions) {
            w.beginObject().name("id").value(q.id()).name("type").value(q.type().id())
                    .name("role").value(q.role().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .name("text").value(q.text().get(lang)).name("help").value(q.help().get(lang));
            if (q.type() == QuestionType.NUMBER) {
                w.name("min").value(q.min()).name("max").value(q.max()).name("unit").value(q.unit().get(lang));
            } else {
                w.name("options").beginArray();
                for (Choice o : q.options()) {
                    w.beginObject().name("value").value(o.value()).name("label").value(o.label().get(lang))
                            .name("points").value(o.points()).name("dealbreaker").value(o.dealbreaker()).endObject();
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
    }
}
