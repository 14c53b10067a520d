package dev.sifc.load;

import dev.sifc.core.Band;
import dev.sifc.core.Caveat;
import dev.sifc.core.Choice;
import dev.sifc.core.Judging;
import dev.sifc.core.Letter;
import dev.sifc.core.Letters;
import dev.sifc.core.LocalText;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.core.Source;
import dev.sifc.core.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The bundled questionnaire and letters as the build compiles them (docs/performance.md): the records
 * that {@link QuestionnaireLoader} and {@link LettersLoader} make of {@code questions.yaml} and
 * {@code letters.yaml}, written with {@link DataOutputStream}, so that a run builds them again without
 * a YAML parser. YAML stays the source, and the format of {@code --questions} and {@code --letters}.
 *
 * <p>A form is {@code magic, kind, format, length, payload, crc32(payload)}. A form of another
 * {@link #FORMAT}, a truncated or altered one, or one whose records the core refuses is not read:
 * {@link IllegalStateException}, an internal error (the build is broken), never a wrong verdict. The
 * records are built with their public constructors, so the core checks them as it checks the YAML
 * loaders' records.
 *
 * <p>This class uses no SnakeYAML: a run with the bundled questionnaire loads none of it.
 */
public final class CompiledForm {
    /** The layout of the payload; change it whenever what is written changes. */
    public static final int FORMAT = 1;
    /** Where the build puts the forms, in the jar and in {@code target/classes}. */
    public static final String QUESTIONS_RESOURCE = "/dev/sifc/questions.bin";
    public static final String LETTERS_RESOURCE = "/dev/sifc/letters.bin";

    private static final int MAGIC = 0x53494643; // "SIFC"
    private static final byte QUESTIONNAIRE = 'Q';
    private static final byte LETTERS = 'L';
    /** Far above what the bundled files need; bounds what a broken length makes us allocate. */
    private static final int MAX_PAYLOAD = 1 << 24;

    private CompiledForm() {}

    // --- reading -------------------------------------------------------------------------------

    /** The bundled questionnaire, from the form the build put on the class path. */
    public static Questionnaire bundledQuestionnaire() {
        return readQuestionnaire(resource(QUESTIONS_RESOURCE), QUESTIONS_RESOURCE);
    }

    /** The bundled letters, from the form the build put on the class path. */
    public static Letters bundledLetters() {
        return readLetters(resource(LETTERS_RESOURCE), LETTERS_RESOURCE);
    }

    /**
     * A questionnaire from its compiled form.
     *
     * @param name what the error names (the resource)
     * @throws IllegalStateException for a form that is not a valid one of this {@link #FORMAT}
     */
    public static Questionnaire readQuestionnaire(byte[] form, String name) {
        Decoder r = new Decoder(payload(form, QUESTIONNAIRE, name), name);
        try {
            Questionnaire q = r.questionnaire();
            r.end();
            return q;
        } catch (IOException | IllegalArgumentException e) { // the core's refusals (ModelException) too
            throw corrupt(name, e);
        }
    }

    /**
     * Letters from their compiled form.
     *
     * @param name what the error names (the resource)
     * @throws IllegalStateException for a form that is not a valid one of this {@link #FORMAT}
     */
    public static Letters readLetters(byte[] form, String name) {
        Decoder r = new Decoder(payload(form, LETTERS, name), name);
        try {
            Letters l = r.letters();
            r.end();
            return l;
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(name, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CompiledForm.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + name + " (the build compiles it from the YAML)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The payload of a form, once its header and checksum say it is a sound one of {@code kind}. */
    private static byte[] payload(byte[] form, byte kind, String name) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(form));
            if (in.readInt() != MAGIC || in.readByte() != kind) {
                throw new IllegalStateException(name + " is not a compiled " + (kind == QUESTIONNAIRE ? "questionnaire" : "letters file"));
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException(name + " has format " + format + ", this build reads format " + FORMAT
                        + "; rebuild the jar");
            }
            int length = in.readInt();
            if (length < 0 || length > MAX_PAYLOAD) {
                throw new IllegalStateException(name + " is corrupt: a payload of " + length + " bytes");
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            int crc = in.readInt();
            if (in.read() != -1) {
                throw new IllegalStateException(name + " is corrupt: bytes after its checksum");
            }
            if (crc != crc(payload)) {
                throw new IllegalStateException(name + " is corrupt: its checksum does not match");
            }
            return payload;
        } catch (EOFException e) {
            throw new IllegalStateException(name + " is corrupt: it is cut short", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static IllegalStateException corrupt(String name, Exception e) {
        String why = e instanceof EOFException ? "it is cut short" : e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new IllegalStateException(name + " is corrupt: " + why, e);
    }

    private static int crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** Reads the payload in the order {@link Encoder} wrote it. */
    private static final class Decoder {
        private final DataInputStream in;
        private final String name;

        Decoder(byte[] payload, String name) {
            this.in = new DataInputStream(new ByteArrayInputStream(payload));
            this.name = name;
        }

        void end() throws IOException {
            if (in.read() != -1) {
                throw new IllegalStateException(name + " is corrupt: bytes after its records");
            }
        }

        Questionnaire questionnaire() throws IOException {
            String id = string();
            int version = in.readInt();
            LocalText title = text();
            Source source = new Source(string(), string(), text());
            int n = count();
            List<Sign> signs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                signs.add(sign());
            }
            LocalText contextTitle = text();
            List<Question> context = questions();
            n = count();
            List<Caveat> caveats = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                caveats.add(caveat());
            }
            Judging judging = new Judging(in.readInt(), in.readInt(), in.readInt());
            n = count();
            List<Verdict> verdicts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String vid = string();
                LocalText vtitle = text();
                Integer recheck = in.readBoolean() ? Integer.valueOf(in.readInt()) : null;
                verdicts.add(new Verdict(vid, vtitle, recheck, textOrNull()));
            }
            return new Questionnaire(id, version, title, source, signs, contextTitle, context, caveats, judging, verdicts);
        }

        private Sign sign() throws IOException {
            String id = string();
            int number = in.readInt();
            LocalText title = text();
            LocalText explanation = text();
            Sign.Advice advice = new Sign.Advice(text(), text(), textOrNull());
            Sign.StageTexts reasons = new Sign.StageTexts(text(), text(), textOrNull());
            int showingAt = in.readInt();
            int moveOnAt = in.readInt();
            List<Question> questions = questions();
            boolean closesDoor = in.readBoolean();
            return new Sign(id, number, title, explanation, advice, reasons, showingAt, moveOnAt, questions, closesDoor);
        }

        private List<Question> questions() throws IOException {
            int n = count();
            List<Question> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = string();
                QuestionType type = QuestionType.valueOf(string());
                LocalText text = text();
                LocalText help = text();
                Question.Role role = Question.Role.valueOf(string());
                boolean checks = in.readBoolean();
                int k = count();
                List<Choice> options = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    options.add(new Choice(string(), text(), in.readInt(), in.readBoolean()));
                }
                BigDecimal min = decimal();
                BigDecimal max = decimal();
                LocalText unit = textOrNull();
                k = count();
                List<Band> bands = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    bands.add(new Band(decimal(), in.readInt()));
                }
                out.add(new Question(id, type, text, help, role, checks, options, min, max, unit, bands, textOrNull()));
            }
            return out;
        }

        private Caveat caveat() throws IOException {
            String id = string();
            int n = count();
            Set<String> verdicts = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                verdicts.add(string());
            }
            n = count();
            List<Caveat.Condition> when = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                when.add(new Caveat.Condition(string(), decimal(), decimal()));
            }
            byte d = in.readByte();
            Boolean dealbreaker = switch (d) {
                case 0 -> null;
                case 1 -> Boolean.FALSE;
                case 2 -> Boolean.TRUE;
                default -> throw new IllegalArgumentException("dealbreaker " + d);
            };
            return new Caveat(id, verdicts, when, dealbreaker, text());
        }

        Letters letters() throws IOException {
            int n = count();
            List<Letter> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String kind = string();
                String sign = in.readBoolean() ? string() : null;
                Letter.Step step = Letter.Step.valueOf(string());
                all.add(new Letter(kind, sign, step, in.readBoolean(), text(), text(), text()));
            }
            return new Letters(all);
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IllegalArgumentException("a count of " + n);
            }
            return n;
        }

        private String string() throws IOException {
            byte[] bytes = new byte[count()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private LocalText text() throws IOException {
            return new LocalText(string(), string());
        }

        private LocalText textOrNull() throws IOException {
            return in.readBoolean() ? text() : null;
        }

        /** A decimal as written ({@code 1.0} and {@code 1} differ as records), or null. */
        private BigDecimal decimal() throws IOException {
            return in.readBoolean() ? new BigDecimal(string()) : null;
        }
    }

    // --- writing (at build time) ---------------------------------------------------------------

    /** The compiled form of a questionnaire. */
    public static byte[] write(Questionnaire q) {
        Encoder w = new Encoder();
        try {
            w.questionnaire(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return w.form(QUESTIONNAIRE);
    }

    /** The compiled form of letters. */
    public static byte[] write(Letters letters) {
        Encoder w = new Encoder();
        try {
            w.letters(letters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.form(LETTERS);
    }

    /** Writes what {@link Decoder} reads, in the same order. */
    private static final class Encoder {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream out = new DataOutputStream(bytes);

        byte[] form(byte kind) {
            byte[] payload = bytes.toByteArray();
            ByteArrayOutputStream form = new ByteArrayOutputStream(payload.length + 17);
            try (DataOutputStream o = new DataOutputStream(form)) {
                o.writeInt(MAGIC);
                o.writeByte(kind);
                o.writeInt(FORMAT);
                o.writeInt(payload.length);
                o.write(payload);
                o.writeInt(crc(payload));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return form.toByteArray();
        }

        void questionnaire(Questionnaire q) throws IOException {
            string(q.id());
            out.writeInt(q.version());
            text(q.title());
            string(q.source().title());
            string(q.source().publisher());
            text(q.source().note());
            out.writeInt(q.signs().size());
            for (Sign s : q.signs()) {
                sign(s);
            }
            text(q.contextTitle());
            questions(q.context());
            out.writeInt(q.caveats().size());
            for (Caveat c : q.caveats()) {
                caveat(c);
            }
            out.writeInt(q.judging().minAnswered());
            out.writeInt(q.judging().minJudgedSigns());
            out.writeInt(q.judging().letGoLoad());
            out.writeInt(q.verdicts().size());
            for (Verdict v : q.verdicts()) {
                string(v.id());
                text(v.title());
                out.writeBoolean(v.recheckDays() != null);
                if (v.recheckDays() != null) {
                    out.writeInt(v.recheckDays());
                }
                textOrNull(v.advice());
            }
        }

        private void sign(Sign s) throws IOException {
            string(s.id());
            out.writeInt(s.number());
            text(s.title());
            text(s.explanation());
            text(s.advice().firstStep());
            text(s.advice().moveOn());
            textOrNull(s.advice().ending());
            text(s.reasons().showing());
            text(s.reasons().moveOn());
            textOrNull(s.reasons().afterFirstStep());
            out.writeInt(s.showingAt());
            out.writeInt(s.moveOnAt());
            questions(s.questions());
            out.writeBoolean(s.closesDoor());
        }

        private void questions(List<Question> questions) throws IOException {
            out.writeInt(questions.size());
            for (Question q : questions) {
                string(q.id());
                string(q.type().name());
                text(q.text());
                text(q.help());
                string(q.role().name());
                out.writeBoolean(q.checksFirstStep());
                out.writeInt(q.options().size());
                for (Choice c : q.options()) {
                    string(c.value());
                    text(c.label());
                    out.writeInt(c.points());
                    out.writeBoolean(c.dealbreaker());
                }
                decimal(q.min());
                decimal(q.max());
                textOrNull(q.unit());
                out.writeInt(q.bands().size());
                for (Band b : q.bands()) {
                    decimal(b.upTo());
                    out.writeInt(b.points());
                }
                textOrNull(q.unitOne());
            }
        }

        private void caveat(Caveat c) throws IOException {
            string(c.id());
            out.writeInt(c.verdicts().size());
            // Sorted: a set's order is not the file's, and the form should not change from build to build.
            for (String v : c.verdicts().stream().sorted().toList()) {
                string(v);
            }
            out.writeInt(c.when().size());
            for (Caveat.Condition cond : c.when()) {
                string(cond.questionId());
                decimal(cond.atLeast());
                decimal(cond.below());
            }
            out.writeByte(c.dealbreaker() == null ? 0 : c.dealbreaker() ? 2 : 1);
            text(c.text());
        }

        void letters(Letters letters) throws IOException {
            out.writeInt(letters.all().size());
            for (Letter l : letters.all()) {
                string(l.kind());
                out.writeBoolean(l.sign() != null);
                if (l.sign() != null) {
                    string(l.sign());
                }
                string(l.step().name());
                out.writeBoolean(l.openDoor());
                text(l.when());
                text(l.subject());
                text(l.body());
            }
        }

        private void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private void text(LocalText t) throws IOException {
            string(t.en());
            string(t.de());
        }

        private void textOrNull(LocalText t) throws IOException {
            out.writeBoolean(t != null);
            if (t != null) {
                text(t);
            }
        }

        private void decimal(BigDecimal d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) {
                string(d.toString());
            }
        }
    }
}
