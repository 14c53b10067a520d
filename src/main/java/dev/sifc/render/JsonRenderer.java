package dev.sifc.render;

import com.google.gson.stream.JsonWriter;
import dev.sifc.core.AnswerChanges;
import dev.sifc.core.Answers;
import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Reason;
import dev.sifc.core.Trend;
import dev.sifc.core.WhatIf;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Lines, schema version 4: one compact object per assessment. The field set and order are a
 * contract (see the README); add fields only with a new schema version. Version 2 added
 * {@code whatIf} and {@code history}; version 3 gives each sign a {@code stage} in place of its
 * level, adds the verdict "insufficient" and the verdict's {@code advice}, and names what decided
 * the verdict in {@code verdict.rule}. Version 4 adds {@code answerChanges}, a re-check's changed answers,
 * and the suggested {@code letters}.
 */
public final class JsonRenderer implements Renderer {
    public static final int SCHEMA_VERSION = 4;

    private final PrintWriter out;
    private final Messages messages;
    private final Lang lang;
    private final LetterHints letters;
    /**
     * One client's line is built here, then written with one call: JsonWriter writes many small
     * pieces (every quote, colon and comma alone), and each would otherwise take the output's locks
     * and its encoder on its own. Its array grows to the longest line and is kept for the next.
     */
    private final Line line = new Line();

    public JsonRenderer(PrintWriter out, Messages messages) {
        this(out, messages, LetterHints.NONE);
    }

    /** @param letters the letters the report points to, in {@code letters} */
    public JsonRenderer(PrintWriter out, Messages messages, LetterHints letters) {
        this.letters = letters;
        this.out = out;
        this.messages = messages;
        this.lang = messages.lang();
    }

    /** A writer into a reusable array: no locks, no encoding, nothing to close (JsonWriter closes what it writes to). */
    private static final class Line extends Writer {
        private char[] chars = new char[8192];
        private int length;

        private void room(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        @Override
        public void write(int c) {
            room(1);
            chars[length++] = (char) c;
        }

        @Override
        public void write(char[] source, int off, int len) {
            room(len);
            System.arraycopy(source, off, chars, length, len);
            length += len;
        }

        @Override
        public void write(String str, int off, int len) {
            room(len);
            str.getChars(off, off + len, chars, length);
            length += len;
        }

        /** Writes the line to {@code out} and starts the next one. */
        void to(PrintWriter out) {
            out.write(chars, 0, length);
            length = 0;
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    }

    @Override
    public void assessment(Assessment a, Trend trend, int index) {
        assessment(a, trend, null, index);
    }

    @Override
    public void assessment(Assessment a, Trend trend, AnswerChanges changes, int index) {
        line.length = 0; // nothing left of a line that failed half-way
        try (JsonWriter w = new JsonWriter(line)) {
            w.setHtmlSafe(false);
            w.beginObject();
            w.name("schemaVersion").value(SCHEMA_VERSION);
            w.name("client");
            if (a.client().isPresent()) {
                w.value(a.client().get());
            } else {
                w.nullValue();
            }
            w.name("lang").value(lang.code());
            w.name("questionnaire").beginObject()
                    .name("id").value(a.questionnaire().id())
                    .name("version").value(a.questionnaire().version())
                    .endObject();
            w.name("verdict").beginObject()
                    .name("id").value(a.verdict().id())
                    .name("title").value(a.verdict().title().get(lang))
                    .name("rule").value(a.ground().id());
            w.name("reasons").beginArray();
            for (Reason r : a.reasons()) {
                w.value(Explain.reason(r, messages));
            }
            w.endArray();
            w.name("advice");
            String verdictAdvice = Explain.verdictAdvice(a, messages);
            if (verdictAdvice == null) {
                w.nullValue();
            } else {
                w.value(verdictAdvice);
            }
            w.endObject();
            w.name("score").value(a.score());
            w.name("signs").beginArray();
            for (Assessment.SignResult s : a.signs()) {
                w.beginObject()
                        .name("id").value(s.sign().id())
                        .name("number").value(s.sign().number())
                        .name("title").value(s.sign().title().get(lang))
                        .name("score").value(s.score()); // null when unknown
                w.name("stage").value(s.stage().id());
                w.name("advice");
                Optional<Assessment.SignAdvice> advice = a.adviceFor(s.sign());
                if (advice.isPresent()) {
                    w.value(advice.get().text().get(lang));
                } else {
                    w.nullValue();
                }
                w.endObject();
            }
            w.endArray();
            letters(w, a);
            w.name("context").beginObject();
            w.name("values").beginObject();
            for (Question q : a.questionnaire().context()) {
                w.name(q.localId());
                value(w, q, a.answers().values().get(q.id()));
            }
            w.endObject();
            w.name("caveats").beginArray();
            for (Assessment.AppliedCaveat c : a.caveats()) {
                w.beginObject().name("id").value(c.id()).name("text").value(c.text(lang)).endObject();
            }
            w.endArray().endObject();
            w.name("answers").beginObject();
            for (Question q : a.questionnaire().questions()) {
                String v = a.answers().values().get(q.id());
                if (v != null) {
                    w.name(q.id());
                    value(w, q, v);
                }
            }
            w.endObject();
            w.name("whatIf").beginArray();
            for (WhatIf x : a.whatIf()) {
                w.beginObject().name("changes").beginArray();
                for (WhatIf.Change c : x.changes()) {
                    w.beginObject().name("question").value(c.question().id())
                            .name("text").value(c.question().text().get(lang));
                    w.name("from");
                    value(w, c.question(), c.from());
                    w.name("to");
                    value(w, c.question(), c.to());
                    w.endObject();
                }
                w.endArray().name("verdict").value(x.verdict().id()).endObject();
            }
            w.endArray();
            history(w, trend);
            answerChanges(w, changes);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.to(out);
        out.println();
    }

    /** The letters that fit, the ending letter first: {kind, sign (null for the ending), command}. */
    private void letters(JsonWriter w, Assessment a) throws IOException {
        w.name("letters").beginArray();
        for (LetterHints.Hint h : letters.forAssessment(a)) {
            w.beginObject().name("kind").value(h.kind()).name("sign");
            if (h.sign() == null) {
                w.nullValue();
            } else {
                w.value(h.sign());
            }
            w.name("command").value(h.command()).endObject();
        }
        w.endArray();
    }

    /** The change since the client's last assessment; nulls where there is nothing to compare. */
    private static void history(JsonWriter w, Trend t) throws IOException {
        w.name("history").beginObject();
        w.name("previous");
        if (t == null || t.previous() == null) {
            w.nullValue();
        } else {
            w.beginObject()
                    .name("at").value(t.previous().at().toString())
                    .name("verdict").value(t.previous().verdict().id())
                    .name("score").value(t.previous().score())
                    .endObject();
        }
        // JsonWriter.value(Number) writes null for null: unknown scores and deltas stay null.
        w.name("scoreDelta").value(t == null ? null : t.scoreDelta());
        w.name("signDeltas").beginObject();
        if (t != null) {
            for (Map.Entry<String, Integer> e : t.signDeltas().entrySet()) {
                w.name(e.getKey()).value(e.getValue());
            }
        }
        w.endObject();
        w.name("recheckOn");
        if (t == null || t.recheckOn() == null) {
            w.nullValue();
        } else {
            w.value(t.recheckOn().toString());
        }
        w.endObject();
    }

    // --- A re-check's "answerChanges" (issue 13, schema 4): null when there was nothing to compare with.
    private void answerChanges(JsonWriter w, AnswerChanges c) throws IOException {
        w.name("answerChanges");
        if (c == null) {
            w.nullValue();
            return;
        }
        w.beginObject().name("since").value(c.since().toString()).name("changes").beginArray();
        for (AnswerChanges.Change ch : c.changes()) {
            w.beginObject().name("question").value(ch.question().id()).name("text").value(ch.question().text().get(lang));
            w.name("from");
            value(w, ch.question(), ch.from());
            w.name("to");
            value(w, ch.question(), ch.to());
            w.endObject();
        }
        w.endArray().endObject();
    }
    // --- end of "answerChanges"

    /** Numbers as JSON numbers, choices as their ids, skipped or missing as null / "skip". */
    private static void value(JsonWriter w, Question q, String v) throws IOException {
        if (v == null) {
            w.nullValue();
        } else if (q.type() == QuestionType.NUMBER && !Answers.SKIP.equals(v)) {
            if (plainNumber(v)) {
                w.jsonValue(v); // already JSON: no BigDecimal to parse and print again, 3-6 times per client
            } else {
                w.value(new BigDecimal(v));
            }
        } else {
            w.value(v);
        }
    }

    /** Whether {@code v} is a number as JSON writes it: digits, no leading zero, a dot with digits after it, a minus. */
    static boolean plainNumber(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
            digits++;
        }
        boolean leadingZero = digits > 1 && v.charAt(v.startsWith("-") ? 1 : 0) == '0';
        if (digits == 0 || leadingZero) {
            return false;
        }
        if (i == v.length()) {
            return true;
        }
        if (v.charAt(i) != '.' || i == v.length() - 1) {
            return false;
        }
        for (i++; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void portfolio(List<Summary> ranked) {
        // JSON Lines has no trailer: each line stands alone, and scripts sort as they wish.
    }

    @Override
    public boolean wantsPortfolio() {
        return false;
    }
}
