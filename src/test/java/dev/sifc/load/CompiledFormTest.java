package dev.sifc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Band;
import dev.sifc.core.Caveat;
import dev.sifc.core.Choice;
import dev.sifc.core.Judging;
import dev.sifc.core.Letter;
import dev.sifc.core.Letters;
import dev.sifc.core.LocalText;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.core.Source;
import dev.sifc.core.Verdict;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled forms of the bundled files (built by the build's CompileBundled) hold exactly what the
 * YAML loaders make of the same files, and a form that is not sound is refused, never read as
 * something else.
 */
class CompiledFormTest {
    /** magic (4), kind (1), format (4), length (4). */
    private static final int HEADER = 13;

    static String questionsYaml;
    static Questionnaire fromYaml;
    static Letters lettersFromYaml;

    @BeforeAll
    static void load() throws IOException {
        questionsYaml = Files.readString(Path.of("questions.yaml"));
        fromYaml = QuestionnaireLoader.load("questions.yaml", questionsYaml);
        lettersFromYaml = LettersLoader.load("letters.yaml", Files.readString(Path.of("letters.yaml")), null);
    }

    @Test
    void theBundledQuestionnaireIsWhatTheYamlLoaderMakesOfQuestionsYaml() {
        Questionnaire compiled = CompiledForm.bundledQuestionnaire();
        // Field by field first, so that a difference is named where it is; then the whole record.
        assertEquals(fromYaml.signs().size(), compiled.signs().size());
        for (int i = 0; i < fromYaml.signs().size(); i++) {
            Sign y = fromYaml.signs().get(i);
            Sign c = compiled.signs().get(i);
            assertEquals(y.questions(), c.questions(), y.id());
            assertEquals(y, c, y.id());
        }
        assertEquals(fromYaml.context(), compiled.context());
        assertEquals(fromYaml.caveats(), compiled.caveats());
        assertEquals(fromYaml.verdicts(), compiled.verdicts());
        assertEquals(fromYaml.judging(), compiled.judging());
        assertEquals(fromYaml, compiled);
        assertEquals(List.copyOf(fromYaml.questionsById().keySet()), List.copyOf(compiled.questionsById().keySet()));
    }

    @Test
    void theBundledLettersAreWhatTheYamlLoaderMakesOfLettersYaml() {
        Letters compiled = CompiledForm.bundledLetters();
        assertEquals(lettersFromYaml.kinds(), compiled.kinds());
        for (int i = 0; i < lettersFromYaml.all().size(); i++) {
            assertEquals(lettersFromYaml.all().get(i), compiled.all().get(i), lettersFromYaml.all().get(i).kind());
        }
        assertEquals(lettersFromYaml, compiled);
    }

    /** What the bundled file does not show: decimals with a scale, a sign without an ending, a verdict without a recheck. */
    @Test
    void aQuestionnaireComesBackAsItWentInWithWhatTheBundledOneLeavesOut() {
        int start = questionsYaml.indexOf("      ending:\n", questionsYaml.indexOf("id: dont-listen"));
        int end = questionsYaml.indexOf("    reasons:", start);
        String variant = (questionsYaml.substring(0, start) + questionsYaml.substring(end))
                .replace("        max: 50\n", "        max: 50.50\n")
                .replace("{up-to: 1, points: 0}", "{up-to: 1.0, points: 0}")
                .replaceAll("(?m)^    recheck-days: [0-9]+\n", "");
        Questionnaire q = QuestionnaireLoader.load("variant.yaml", variant);
        assertNotEquals(fromYaml, q);
        Questionnaire back = CompiledForm.readQuestionnaire(CompiledForm.write(q), "variant");
        assertEquals(q, back);
        assertNull(back.signs().get(3).advice().ending());
        assertTrue(back.questions().stream().anyMatch(x -> x.max() != null && x.max().toString().equals("50.50")));
        assertTrue(back.questions().stream().flatMap(x -> x.bands().stream())
                .anyMatch(b -> b.upTo() != null && b.upTo().toString().equals("1.0")));
        assertTrue(back.verdicts().stream().allMatch(v -> v.recheckDays() == null));
    }

    /**
     * The records' fields as this test knows them: a new field fails here until CompiledForm writes it
     * (and its FORMAT goes up), instead of being silently dropped from the bundled questionnaire.
     */
    @Test
    void everyFieldOfTheRecordsIsOneTheFormKnows() {
        Map<Class<?>, Integer> fields = Map.ofEntries(Map.entry(Questionnaire.class, 12), Map.entry(Source.class, 3),
                Map.entry(Sign.class, 10), Map.entry(Sign.Advice.class, 3), Map.entry(Sign.StageTexts.class, 3),
                Map.entry(Question.class, 12), Map.entry(Choice.class, 4), Map.entry(Band.class, 2),
                Map.entry(Caveat.class, 5), Map.entry(Caveat.Condition.class, 3), Map.entry(Judging.class, 3),
                Map.entry(Verdict.class, 4), Map.entry(LocalText.class, 2), Map.entry(Letter.class, 7),
                Map.entry(Letters.class, 1));
        fields.forEach((type, n) -> assertEquals(n, type.getRecordComponents().length,
                type.getName() + " has " + Arrays.toString(type.getRecordComponents())
                        + ": write and read the new field in CompiledForm, and raise CompiledForm.FORMAT"));
    }

    // --- refusals ------------------------------------------------------------------------------

    private static String refusal(byte[] form) {
        return assertThrows(IllegalStateException.class, () -> CompiledForm.readQuestionnaire(form, "q.bin")).getMessage();
    }

    /** The payload of {@code form} changed by {@code edit}, with a new length and checksum, as a sound form would have. */
    private static byte[] resealed(byte[] form, Function<byte[], byte[]> edit) {
        byte[] payload = edit.apply(Arrays.copyOfRange(form, HEADER, form.length - 4));
        CRC32 crc = new CRC32();
        crc.update(payload);
        return ByteBuffer.allocate(HEADER + payload.length + 4).put(form, 0, HEADER - 4).putInt(payload.length).put(payload)
                .putInt((int) crc.getValue()).array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the form: " + new String(needle, StandardCharsets.UTF_8));
    }

    @Test
    void aFormThatIsCutShortOrAlteredIsRefused() {
        byte[] form = CompiledForm.write(fromYaml);
        assertEquals(fromYaml, CompiledForm.readQuestionnaire(form, "q.bin"));
        assertEquals("q.bin is corrupt: it is cut short", refusal(Arrays.copyOf(form, form.length - 1)));
        assertEquals("q.bin is corrupt: it is cut short", refusal(Arrays.copyOf(form, 7)));
        byte[] flipped = form.clone();
        flipped[form.length / 2] ^= 0x20;
        assertEquals("q.bin is corrupt: its checksum does not match", refusal(flipped));
        assertEquals("q.bin is corrupt: bytes after its checksum", refusal(Arrays.copyOf(form, form.length + 1)));
        byte[] hugeLength = form.clone();
        hugeLength[HEADER - 4] = 0x7f;
        assertEquals("q.bin is corrupt: a payload of " + ByteBuffer.wrap(hugeLength, HEADER - 4, 4).getInt() + " bytes",
                refusal(hugeLength));
    }

    @Test
    void aFormOfAnotherFormatOrKindIsRefused() {
        byte[] form = CompiledForm.write(fromYaml);
        byte[] newer = form.clone();
        ByteBuffer.wrap(newer).putInt(5, CompiledForm.FORMAT + 1);
        assertEquals("q.bin has format " + (CompiledForm.FORMAT + 1) + ", this build reads format " + CompiledForm.FORMAT
                + "; rebuild the jar", refusal(newer));
        assertEquals("q.bin is not a compiled questionnaire", refusal(CompiledForm.write(lettersFromYaml)));
        assertEquals("q.bin is not a compiled questionnaire", refusal(questionsYaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("l.bin is not a compiled letters file", assertThrows(IllegalStateException.class,
                () -> CompiledForm.readLetters(form, "l.bin")).getMessage());
    }

    /** A sealed form whose records the core refuses, or with more than its records, is refused too. */
    @Test
    void aSoundFormWithWrongRecordsIsRefused() {
        byte[] form = CompiledForm.write(fromYaml);
        byte[] keep = ByteBuffer.allocate(8).putInt(4).put("keep".getBytes(StandardCharsets.UTF_8)).array();
        byte[] kept = resealed(form, p -> {
            int at = indexOf(p, keep);
            p[at + 7] = 't';
            return p;
        });
        String why = refusal(kept);
        assertTrue(why.startsWith("q.bin is corrupt: ModelException: model."), why);
        assertEquals("q.bin is corrupt: bytes after its records", refusal(resealed(form, p -> Arrays.copyOf(p, p.length + 1))));
        assertEquals("q.bin is corrupt: it is cut short", refusal(resealed(form, p -> Arrays.copyOf(p, p.length - 1))));
        byte[] badCount = resealed(form, p -> ByteBuffer.wrap(p).putInt(0, -1).array());
        assertEquals("q.bin is corrupt: IllegalArgumentException: a count of -1", refusal(badCount));
    }
}
