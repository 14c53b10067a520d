package dev.sifc.render;

import com.google.gson.stream.JsonWriter;
import dev.sifc.core.Answers;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.text.Text;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes answers as an answers file that --answers reads back to the identical assessment. */
public final class AnswersYaml {
    private AnswersYaml() {}

    /** A draft of an unfinished interview: the answers so far, with the hint to resume from it. */
    public static String draft(Questionnaire q, Answers answers) {
        return write(q, answers, "should-i-fire-client draft: resume with --answers <this file>");
    }

    public static String write(Questionnaire q, Answers answers, String comment) {
        StringBuilder sb = new StringBuilder();
        if (comment != null) {
            for (String line : comment.split("\n", -1)) {
                sb.append("# ").append(Text.clean(line)).append('\n');
            }
        }
        sb.append("# questionnaire: ").append(q.id()).append(", version ").append(q.version()).append('\n');
        if (answers.client() != null) {
            sb.append("client: ").append(quote(answers.client())).append('\n');
        }
        sb.append("answers:\n");
        for (Question question : q.questions()) {
            String v = answers.values().get(question.id());
            if (v != null) {
                sb.append("  ").append(question.id()).append(": ").append(v).append('\n');
            }
        }
        return sb.toString();
    }

    /** A YAML double-quoted scalar: JSON string syntax is a subset of it, and Gson escapes correctly. */
    static String quote(String s) {
        try {
            StringWriter w = new StringWriter();
            JsonWriter json = new JsonWriter(w);
            json.setHtmlSafe(false);
            json.value(s);
            json.flush();
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
