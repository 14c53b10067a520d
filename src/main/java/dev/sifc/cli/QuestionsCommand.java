package dev.sifc.cli;

import com.google.gson.stream.JsonWriter;
import dev.sifc.core.Answers;
import dev.sifc.core.Lang;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.render.Messages;
import dev.sifc.render.Style;
import dev.sifc.render.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lists the questionnaire, for people (text) or scripts (one JSON object). */
@Command(name = "questions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class QuestionsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "format")
    Format format;

    private final Session session;

    QuestionsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Questionnaire q = session.questionnaire(root.questions);
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = session.messages().lang();
        if (format == Format.json) {
            json(q, out, lang);
        } else {
            text(q, out, session.messages(), session.style(root.color, session.env().stdoutTty()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void text(Questionnaire q, PrintWriter out, Messages m, Style style) {
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
            for (dev.sifc.core.Option o : q.options()) {
                sb.append(n++ == 0 ? "" : ", ").append(n).append(' ').append(o.value())
                        .append(" (").append(Text.clean(o.label().get(lang))).append(')');
            }
            for (String line : Text.wrap(sb.toString(), 74)) {
                out.println("    " + style.dim(line));
            }
        }
    }

    static String typeName(Question q, Messages m) {
        return switch (q.type()) {
            case CHOICE -> m.get("questions.type.choice");
            case YES_NO -> m.get("questions.type.yes-no");
            case NUMBER -> m.get("questions.type.number", Answers.plain(q.min()), Answers.plain(q.max()), Text.clean(q.unit().get(m.lang())));
        };
    }

    private static void json(Questionnaire q, PrintWriter out, Lang lang) {
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
                    .name("role").value(q.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .name("text").value(q.text().get(lang)).name("help").value(q.help().get(lang));
            if (q.type() == QuestionType.NUMBER) {
                w.name("min").value(q.min()).name("max").value(q.max()).name("unit").value(q.unit().get(lang));
            } else {
                w.name("options").beginArray();
                for (dev.sifc.core.Option o : q.options()) {
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
