package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void severalProblemsAreReportedTogether() {
        String broken = bundled.replace("scale: frequency\n        weight: 2\n        text:\n          en: How often does the client contact",
                "scale: frequenzy\n        weight: 2\n        text:\n          en: How often does the client contact")
                .replace("    mild: 30\n", "    mild: thirty\n");
        List<String> p = problems(broken);
        assertEquals(2, p.size(), p.toString());
        assertEquals("q.yaml:" + lineOf(broken, "frequenzy") + ":16 questionnaire.scale.unknown [frequenzy, frequency]", p.get(0));
        assertEquals("q.yaml:" + lineOf(broken, "mild: thirty") + ":11 questionnaire.integer [mild, thirty]", p.get(1));
    }

    @Test
    void rulesMustEndUnconditionally() {
        String broken = bundled.replace("    verdict: keep\n    when: {}\n", "    verdict: keep\n    when: {score: 0}\n");
        assertEquals(List.of("q.yaml:" + lineOf(broken, "  - id: healthy") + ":5 model.rules.last []"), problems(broken));
    }

    @Test
    void unknownKeysAndBadIdsAreNamed() {
        String broken = bundled.replace("  - id: slow-to-pay\n", "  - id: Slow_To_Pay\n    colour: red\n");
        List<String> p = problems(broken);
        assertEquals(List.of(
                "q.yaml:" + lineOf(broken, "colour: red") + ":5 yaml.key.unknown [colour, sign, id, title, explanation, advice, questions]",
                "q.yaml:" + lineOf(broken, "Slow_To_Pay") + ":9 model.id.kebab [Slow_To_Pay]"), p);
    }
}
