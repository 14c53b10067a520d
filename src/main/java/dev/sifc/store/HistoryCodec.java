package dev.sifc.store;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.sifc.core.QuestionnaireRef;
import dev.sifc.core.Snapshot;
import dev.sifc.core.Stage;
import dev.sifc.core.Verdict;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One history record per line, as compact JSON:
 * {@code {"schema":1,"at":"2026-11-27T20:49:06Z","client":"Acme","verdict":"fire","score":72,
 * "signs":{"unreasonable-demands":80,...},"stages":{"unreasonable-demands":"move-on",...},
 * "recheckOn":"2026-12-11","questionnaire":"fire-client@1"}} ({@code recheckOn} only when the report
 * suggested a date; {@code stages} since the same-day repeat check needed them, absent in older records). Fields a reader does not know are
 * ignored, so a later version may add some without a new schema number.
 */
public final class HistoryCodec {
    /** The record format this version writes. Records with a higher number are skipped, not guessed at. */
    public static final int SCHEMA = 1;

    private HistoryCodec() {}

    /** Why a line was not a record. */
    public enum Problem { GARBAGE, FUTURE }

    public static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;
        final Problem problem;

        BadLine(Problem problem, String detail) {
            super(detail, null, false, false);
            this.problem = problem;
        }
    }

    public static String encode(Snapshot s) {
        StringWriter sw = new StringWriter(256);
        try (JsonWriter w = new JsonWriter(sw)) {
            w.setHtmlSafe(false);
            w.beginObject();
            w.name("schema").value(SCHEMA);
            w.name("at").value(s.at().toString());
            w.name("client").value(s.client());
            w.name("verdict").value(s.verdict().id());
            w.name("score").value(s.score());
            w.name("signs").beginObject();
            for (Map.Entry<String, Integer> e : s.signs().entrySet()) {
                w.name(e.getKey()).value(e.getValue()); // value(Number): null for an unknown sign
            }
            w.endObject();
            w.name("stages").beginObject();
            for (Map.Entry<String, Stage> e : s.stages().entrySet()) {
                w.name(e.getKey()).value(e.getValue().id());
            }
            w.endObject();
            if (s.recheckOn() != null) {
                w.name("recheckOn").value(s.recheckOn().toString());
            }
            w.name("questionnaire").value(s.questionnaire().id() + "@" + s.questionnaire().version());
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return sw.toString();
    }

    public static Snapshot decode(String line) throws BadLine {
        Integer schema = null;
        String at = null;
        String client = null;
        String verdict = null;
        Integer score = null;
        Map<String, Integer> signs = null;
        Map<String, Stage> stages = new LinkedHashMap<>();
        String questionnaire = null;
        String recheckOn = null;
        try (JsonReader r = new JsonReader(new StringReader(line))) {
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "schema" -> schema = r.nextInt();
                    case "at" -> at = r.nextString();
                    case "client" -> client = r.nextString();
                    case "verdict" -> verdict = r.nextString();
                    case "score" -> score = r.nextInt();
                    case "questionnaire" -> questionnaire = r.nextString();
                    case "recheckOn" -> recheckOn = r.nextString();
                    case "signs" -> {
                        signs = new LinkedHashMap<>();
                        r.beginObject();
                        while (r.hasNext()) {
                            String id = r.nextName();
                            if (r.peek() == JsonToken.NULL) {
                                r.nextNull();
                                signs.put(id, null);
                            } else {
                                signs.put(id, r.nextInt());
                            }
                        }
                        r.endObject();
                    }
                    case "stages" -> {
                        r.beginObject();
                        boolean known = true;
                        while (r.hasNext()) {
                            String id = r.nextName();
                            Stage stage = stage(r.nextString());
                            known &= stage != null;
                            stages.put(id, stage);
                        }
                        r.endObject();
                        if (!known) {
                            stages.clear(); // a later version's stage: as if none were kept, never a damaged line
                        }
                    }
                    default -> r.skipValue();
                }
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new BadLine(Problem.GARBAGE, "text after the record");
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new BadLine(Problem.GARBAGE, "not a history record");
        }
        if (schema == null) {
            throw new BadLine(Problem.GARBAGE, "no schema number");
        }
        if (schema > SCHEMA) {
            throw new BadLine(Problem.FUTURE, "schema " + schema);
        }
        if (at == null || client == null || verdict == null || score == null || signs == null || questionnaire == null) {
            throw new BadLine(Problem.GARBAGE, "a field is missing");
        }
        try {
            Verdict.Kind kind = Verdict.Kind.parse(verdict).orElseThrow(() -> new IllegalArgumentException("unknown verdict"));
            return new Snapshot(instant(at), client, kind, score, signs, stages, questionnaire(questionnaire),
                    recheckOn == null ? null : date(recheckOn));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new BadLine(Problem.GARBAGE, "a field is out of range");
        }
    }

    /**
     * The time of a record as {@link #encode} writes it ("2026-11-27T20:49:06Z", whole seconds in UTC),
     * read without {@code DateTimeFormatter}: {@code Instant.parse} costs a cold start some 20 µs a
     * record, and {@code history} reads every record. Any other form goes to {@code Instant.parse}.
     */
    static Instant instant(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int hour = digits(text, 11);
            int minute = digits(text, 14);
            int second = digits(text, 17);
            LocalDate day = date(text.substring(0, 10));
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second);
            }
        }
        return Instant.parse(text);
    }

    /** A date as "2026-12-28", without {@code DateTimeFormatter} when it has that form (see {@link #instant}). */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int century = digits(text, 0);
            int year = digits(text, 2);
            int month = digits(text, 5);
            int day = digits(text, 8);
            if (century >= 0 && year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(century * 100 + year, month, day); // checks the ranges: DateTimeException
            }
        }
        return LocalDate.parse(text);
    }

    /** The two-digit number at {@code from}, or -1 when either is no ASCII digit. */
    private static int digits(String text, int from) {
        char a = text.charAt(from);
        char b = text.charAt(from + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
    }

    /** A stage by its id ("move-on"), or null for one this version does not know. */
    private static Stage stage(String id) {
        for (Stage s : Stage.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Reads "fire-client@1": the id up to the last "@", and the version after it; a record that names
     * no version, or not as a number, counts as version 0.
     */
    private static QuestionnaireRef questionnaire(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return new QuestionnaireRef(text, 0);
        }
        int version;
        try {
            version = Integer.parseInt(text.substring(at + 1));
        } catch (NumberFormatException e) {
            version = 0;
        }
        return new QuestionnaireRef(text.substring(0, at), version);
    }
}
