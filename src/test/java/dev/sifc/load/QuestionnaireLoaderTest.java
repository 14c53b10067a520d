package dev.sifc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sifc.core.InputException;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A broken questionnaire is reported with node positions, every problem at once. */
class QuestionnaireLoaderTest {
    static String bundled;

    @BeforeAll
    static void read() throws IOException {
        bundled = Files.readString(Path.of("questions.yaml"));
    }

    private static List<String> problems(String text) {
        InputException e = assertThrows(InputException.class, () -> QuestionnaireLoader.load("q.yaml", text));
        return e.diagnostics().stream().map(d -> d.position() + " " + d.key() + " " + d.args()).toList();
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aMissingGermanTextIsReportedAtItsMapping() {
        String broken = bundled.replace("          de: Wie oft meldet sich der Kunde außerhalb deiner Arbeitszeit (spätabends, am Wochenende) und erwartet eine Antwort?\n", "");
        int line = lineOf(broken, "How often does the client contact you outside") ;
        assertEquals(List.of("q.yaml:" + line + ":11 questionnaire.text.lang [text, de]"), problems(broken));
    }

    @Test
    void theEndingAdviceIsOptionalButWhenGivenATextInBothLanguages() {
        String dontListen = "          Finish the current work the way the client decides, without arguing your view again;\n"
                + "          where your advice matters, note it once in writing.\n";
        String withoutGerman = bundled.replace(dontListen + "        de: >-\n", dontListen + "        fr: >-\n");
        assertEquals(List.of("q.yaml:" + (lineOf(withoutGerman, dontListen) + 2) + ":9 yaml.key.unknown.suggest [fr, advice.ending, en]",
                "q.yaml:" + (lineOf(withoutGerman, dontListen) - 1) + ":9 questionnaire.text.lang [advice.ending, de]"),
                problems(withoutGerman));
        // A questionnaire written before "ending" existed still loads: the sign has nothing to add then.
        int start = bundled.indexOf("      ending:\n", bundled.indexOf("id: dont-listen"));
        int end = bundled.indexOf("    reasons:", start);
        Questionnaire q = QuestionnaireLoader.load("q.yaml", bundled.substring(0, start) + bundled.substring(end));
        assertNull(q.signs().get(3).advice().ending());
        assertNotNull(q.signs().get(4).advice().ending());
    }

    @Test
    void closesDoorIsABoolean() {
        String broken = bundled.replace("    closes-door: true\n", "    closes-door: yes\n");
        assertEquals(List.of("q.yaml:" + lineOf(broken, "closes-door: yes") + ":18 questionnaire.boolean [closes-door, yes]"),
                problems(broken));
        Questionnaire q = QuestionnaireLoader.load("q.yaml", bundled);
        assertEquals(List.of("lack-of-respect"), q.signs().stream().filter(Sign::closesDoor).map(Sign::id).toList());
    }

    @Test
    void severalProblemsAreReportedTogether() {
        String broken = bundled.replace("scale: frequency\n        points: {often: 2, always: 3}\n        text:\n          en: How often does the client contact",
                "scale: frequenzy\n        points: {often: 2, always: 3}\n        text:\n          en: How often does the client contact")
                .replace("  let-go-load: 3\n", "  let-go-load: three\n");
        List<String> p = problems(broken);
        assertEquals(2, p.size(), p.toString());
        assertEquals("q.yaml:" + lineOf(broken, "frequenzy") + ":16 questionnaire.scale.unknown [frequenzy, frequency]", p.get(0));
        assertEquals("q.yaml:" + lineOf(broken, "let-go-load: three") + ":16 questionnaire.integer [let-go-load, three]", p.get(1));
    }

    @Test
    void pointsNameOnlyAnswersOfTheScale() {
        String broken = bundled.replace("points: {often: 2, always: 3}\n        text:\n          en: How often does the client contact",
                "points: {oftn: 1, always: 2}\n        text:\n          en: How often does the client contact");
        assertEquals(List.of("q.yaml:" + lineOf(broken, "oftn") + ":24 questionnaire.points.unknown "
                + "[unreasonable-demands.after-hours, oftn, often]"), problems(broken));
    }

    @Test
    void thresholdsMustBeInOrder() {
        String thresholds = "    showing-at: 3\n    move-on-at: 8\n";
        int at = bundled.indexOf(thresholds); // the first sign's only
        String broken = bundled.substring(0, at) + "    showing-at: 8\n    move-on-at: 3\n" + bundled.substring(at + thresholds.length());
        List<String> p = problems(broken);
        assertEquals(List.of("q.yaml:" + lineOf(broken, "  - id: unreasonable-demands") + ":5 model.sign.thresholds "
                + "[unreasonable-demands, 8, 3]"), p);
    }

    @Test
    void aSignWithAFirstStepNeedsTheSentenceForAfterIt() {
        int at = bundled.indexOf("      after-first-step:");
        int end = bundled.indexOf("    questions:", at);
        String broken = bundled.substring(0, at) + bundled.substring(end);
        assertEquals(List.of("q.yaml:" + lineOf(broken, "  - id: unreasonable-demands") + ":5 model.sign.after-first-step "
                + "[unreasonable-demands]"), problems(broken));
    }

    @Test
    void unknownKeysAndBadIdsAreNamed() {
        String broken = bundled.replace("  - id: slow-to-pay\n", "  - id: Slow_To_Pay\n    colour: red\n");
        List<String> p = problems(broken);
        assertEquals(List.of(
                "q.yaml:" + lineOf(broken, "colour: red") + ":5 yaml.key.unknown [colour, sign, id, title, explanation, advice, reasons, showing-at, move-on-at, closes-door, questions]",
                "q.yaml:" + lineOf(broken, "Slow_To_Pay") + ":9 model.id.kebab [Slow_To_Pay]"), p);
    }
}
