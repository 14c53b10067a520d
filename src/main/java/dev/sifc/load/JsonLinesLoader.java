package dev.sifc.load;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Lang;
import dev.sifc.core.ModelException;
import dev.sifc.core.Position;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Suggest;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines answers: one client per line, each line one JSON object of the same schema as an
 * answers document ({@code {"client": "ACME", "answers": {"slow-to-pay.reminders": 3}}}), read with
 * Gson's streaming reader. Line N of the stream is client N: a problem names its line and column,
 * and a broken line does not keep the lines after it from being read. Blank lines are skipped; a
 * BOM, CR LF line ends and a last line without a line end are fine. A line longer than
 * {@link #MAX_LINE} characters is refused without being held in memory.
 */
public final class JsonLinesLoader {
    /** One client's answers take about 1.5 KiB on a line; this is far more than any needs. */
    public static final int MAX_LINE = StrictUtf8Reader.MAX_LINE;

    private static final Pattern COLUMN = Pattern.compile(" column (\\d+)");

    private final Questionnaire questionnaire;
    private final int maxClients;

    public JsonLinesLoader(Questionnaire questionnaire) {
        this(questionnaire, AnswersLoader.MAX_DOCUMENTS);
    }

    public JsonLinesLoader(Questionnaire questionnaire, int maxClients) {
        this.questionnaire = questionnaire;
        this.maxClients = maxClients;
    }

    /** The clients of {@code reader}, read lazily; see {@link ClientReader} for errors. */
    public ClientReader read(String source, Reader reader) {
        return new Lines(source, reader);
    }

    private final class Lines implements ClientReader {
        private final String source;
        private final Reader in;
        private final char[] buffer = new char[8192];
        private int pos;
        private int limit;
        private boolean eof;
        private boolean ended;
        private boolean stopped;
        /** The line being read (or last read), from 1. */
        private int lineNumber;
        private final StringBuilder line = new StringBuilder(2048);
        private boolean tooLong;
        /** A line read ahead by hasNext(), not yet parsed; its number. */
        private boolean pending;
        private int pendingNumber;
        private int number;
        private int clients;

        Lines(String source, Reader in) {
            this.source = source;
            this.in = in;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public boolean byLine() {
            return true;
        }

        @Override
        public boolean stopped() {
            return stopped;
        }

        @Override
        public boolean hasNext() {
            if (pending) {
                return true;
            }
            if (ended) {
                return false;
            }
            try {
                while (readLine()) {
                    if (tooLong || !isBlank(line)) {
                        pending = true;
                        pendingNumber = lineNumber;
                        return true;
                    }
                }
            } catch (InputException e) {
                ended = true; // invalid UTF-8, a NUL, the size cap: nothing after it can be read
                stopped = true;
                throw e;
            } catch (IOException e) {
                ended = true;
                stopped = true;
                throw new InputException(Diagnostic.unreadable(null, "error.file.io", source, YamlTree.readError(e)));
            }
            ended = true;
            return false;
        }

        @Override
        public Answers next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            pending = false;
            number = pendingNumber;
            if (++clients > maxClients) {
                ended = true;
                stopped = true;
                throw new InputException(Diagnostic.unreadable(null, "answers.too-many", source, maxClients));
            }
            if (tooLong) {
                throw new InputException(Diagnostic.at(new Position(source, number, 1), "error.file.long-line", MAX_LINE / 1024));
            }
            return parse(source, number, line.toString());
        }

        /** Reads the next line into {@code line}, without its line end; false at the end of the stream. */
        private boolean readLine() throws IOException {
            line.setLength(0);
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    if (eof) {
                        break;
                    }
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    pos = 0;
                    limit = n;
                }
                any = true;
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                append(start, pos);
                if (pos < limit) {
                    pos++; // the '\n'
                    break;
                }
            }
            if (!any) {
                return false;
            }
            lineNumber++;
            int n = line.length();
            if (n > 0 && line.charAt(n - 1) == '\r') {
                line.setLength(n - 1);
            }
            return true;
        }

        private void append(int from, int to) {
            if (tooLong) {
                return;
            }
            if (line.length() + (to - from) > MAX_LINE + 1) { // + 1: room for the CR of a CR LF
                tooLong = true;
                line.setLength(0);
                return;
            }
            line.append(buffer, from, to - from);
        }
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** One line's client; the problems of the line as one InputException, all of them. */
    private Answers parse(String source, int number, String text) {
        Line fast = new Line(source, number, text, false);
        try {
            Answers a = fast.client();
            if (fast.problems.isEmpty()) {
                return a;
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // an error: read the line again below, for the position
        }
        // Positions cost a look at Gson's location for every token: only a line with a problem pays it.
        Line l = new Line(source, number, text, true);
        try {
            l.client();
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // Gson's MalformedJsonException, an early end of the line, or a token where none fits
            l.problems.clear();
            l.problems.add(Diagnostic.at(l.at(column(e.getMessage())), "answers.line.json"));
        }
        if (l.problems.isEmpty()) {
            throw new IllegalStateException("a line read twice gave two answers: " + number);
        }
        throw new InputException(l.problems, 0, l.client);
    }

    /** The column a Gson message names, or 1. */
    private static int column(String message) {
        Matcher m = message == null ? null : COLUMN.matcher(message);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** Reads one line; collects problems with their columns. */
    private final class Line {
        private final String source;
        private final int number;
        private final String text;
        private final JsonReader r;
        private final List<Diagnostic> problems = new ArrayList<>();
        /** Whether problems get their columns (else column 1: the line is read again for them). */
        private final boolean positions;
        private String client;

        Line(String source, int number, String text, boolean positions) {
            this.source = source;
            this.number = number;
            this.positions = positions;
            this.text = text;
            this.r = new JsonReader(new StringReader(text));
            r.setStrictness(Strictness.STRICT);
        }

        Position at(int column) {
            return new Position(source, number, column);
        }

        private Position start;

        /** Column 1, for every token while positions are not asked for. */
        private Position lineStart() {
            if (start == null) {
                start = at(1);
            }
            return start;
        }

        /**
         * Where the token {@code peek()} just looked at starts. Gson's location is the column after
         * what it consumed: the opening quote of a string or name, the bracket of an object or list, all
         * of true, false and null, nothing yet of a number.
         */
        Position here(JsonToken peeked) {
            if (!positions) {
                return lineStart();
            }
            int after = column(r.toString());
            int start = switch (peeked) {
                case STRING, NAME, BEGIN_OBJECT, BEGIN_ARRAY -> after - 1;
                case NULL -> after - 4;
                case BOOLEAN -> text.startsWith("true", after - 5) ? after - 4 : after - 5;
                default -> after;
            };
            return at(Math.max(1, start));
        }

        /** Where the first character after what was read stands, ignoring blanks. */
        Position next() {
            if (!positions) {
                return lineStart();
            }
            int i = column(r.toString()) - 1;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return at(i + 1);
        }

        void fail(Position p, String key, Object... args) {
            problems.add(Diagnostic.at(p, key, args));
        }

        Answers client() throws IOException {
            JsonToken t = r.peek();
            if (t != JsonToken.BEGIN_OBJECT) {
                fail(here(t), "answers.line.object");
                return null;
            }
            r.beginObject();
            Map<String, Integer> columns = new HashMap<>();
            Map<String, String> values = new LinkedHashMap<>();
            boolean sawAnswers = false;
            while (r.hasNext()) {
                Position keyAt = here(r.peek());
                String key = r.nextName();
                Integer first = columns.putIfAbsent(key, keyAt.column());
                if (first != null) {
                    fail(keyAt, "answers.json.duplicate", key, first);
                    r.skipValue();
                } else if (key.equals("client")) {
                    clientName();
                } else if (key.equals("answers")) {
                    sawAnswers = true;
                    answers(values);
                } else {
                    if (questionnaire.question(key).isPresent()) {
                        fail(keyAt, "answers.json.not-under", key);
                    } else {
                        String hint = Suggest.nearest(key, AnswersLoader.TOP_KEYS).orElse(null);
                        if (hint != null) {
                            fail(keyAt, "yaml.key.unknown.suggest", key, "answers file", hint);
                        } else {
                            fail(keyAt, "yaml.key.unknown", key, "answers file", String.join(", ", AnswersLoader.TOP_KEYS));
                        }
                    }
                    r.skipValue();
                }
            }
            r.endObject();
            Position end = next();
            boolean more;
            try {
                more = r.peek() != JsonToken.END_DOCUMENT;
            } catch (IOException e) {
                more = true;
            }
            if (more) {
                problems.clear();
                fail(end, "answers.line.json"); // something after the object: a second one, or a stray word
                return null;
            }
            if (!sawAnswers) {
                fail(at(1), "yaml.key.missing", "answers");
            }
            return new Answers(client, values);
        }

        private void clientName() throws IOException {
            JsonToken t = r.peek();
            Position p = here(t);
            String name = scalar(t, p, "client");
            if (Answers.clientTooLong(name)) {
                fail(p, "answer.client.too-long", name.codePointCount(0, name.length()), Answers.MAX_CLIENT_LENGTH);
                name = null;
            }
            client = name;
        }

        private void answers(Map<String, String> values) throws IOException {
            JsonToken t = r.peek();
            if (t != JsonToken.BEGIN_OBJECT) {
                Position p = here(t);
                r.skipValue();
                fail(p, t == JsonToken.BEGIN_ARRAY ? "answers.json.list" : "answers.json.not-object");
                return;
            }
            r.beginObject();
            Map<String, Integer> columns = new HashMap<>();
            while (r.hasNext()) {
                Position keyAt = here(r.peek());
                String id = r.nextName();
                Integer first = columns.putIfAbsent(id, keyAt.column());
                if (first != null) {
                    fail(keyAt, "answers.json.duplicate", id, first);
                    r.skipValue();
                    continue;
                }
                Question q = questionnaire.question(id).orElse(null);
                if (q == null) {
                    String hint = Suggest.nearest(id, questionnaire.questionsById().keySet()).orElse(null);
                    if (hint != null) {
                        fail(keyAt, "answers.id.unknown.suggest", id, hint);
                    } else {
                        fail(keyAt, "answers.id.unknown", id);
                    }
                    r.skipValue();
                    continue;
                }
                JsonToken vt = r.peek();
                Position p = here(vt);
                if (vt == JsonToken.NULL) {
                    r.nextNull();
                    fail(p, "answers.value.null", id, Answers.allowed(q, Lang.EN), Answers.allowed(q, Lang.DE));
                    continue;
                }
                String text = scalar(vt, p, id);
                if (text == null) {
                    continue;
                }
                try {
                    values.put(id, Answers.parse(q, text));
                } catch (ModelException e) {
                    problems.add(e.at(p));
                }
            }
            r.endObject();
        }

        /** A string, number or true/false as the text written; null (with a problem) for null, objects and lists. */
        private String scalar(JsonToken t, Position p, String what) throws IOException {
            switch (t) {
                case STRING, NUMBER -> {
                    return r.nextString(); // a number as written: 1.50 stays 1.50
                }
                case BOOLEAN -> {
                    return String.valueOf(r.nextBoolean());
                }
                case NULL -> {
                    r.nextNull();
                    fail(p, "yaml.null", what);
                    return null;
                }
                default -> {
                    r.skipValue();
                    fail(p, t == JsonToken.BEGIN_ARRAY ? "yaml.expected.scalar.list" : "answers.json.scalar.object", what);
                    return null;
                }
            }
        }
    }
}
