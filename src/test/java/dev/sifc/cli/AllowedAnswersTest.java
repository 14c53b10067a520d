package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers a question allows are listed in the user's language; what the list says is accepted. */
class AllowedAnswersTest {
    private static final String BAD = "answers:\n  slow-to-pay.late-invoices: viele\n  slow-to-pay.payment-worry:\n";

    @Test
    void aGermanErrorListsTheGermanLabels() {
        CliRunner.Result de = new CliRunner().stdin(BAD).run("validate", "-", "--lang", "de");
        assertEquals(2, de.code(), de::toString);
        assertTrue(de.err().contains("ungültiger Wert „viele“ für slow-to-pay.late-invoices; erlaubt: „Keine“, „Einige“, „Die meisten“, "
                + "„Alle“, 1-4, skip"), de.err());
        assertTrue(de.err().contains("slow-to-pay.payment-worry hat keinen Wert; erlaubt: „Ja“, „Nein“, 1-2, skip"), de.err());
        assertFalse(de.err().matches("(?s).*\\b(none|some|most|yes|no)\\b.*"), "English ids in the German error: " + de.err());
    }

    @Test
    void anEnglishErrorListsTheEnglishLabelsAsTheGermanOneTheGerman() {
        CliRunner.Result en = new CliRunner().stdin(BAD).run("validate", "-", "--lang", "en");
        assertEquals(2, en.code(), en::toString);
        assertTrue(en.err().contains("invalid value \"viele\" for slow-to-pay.late-invoices; allowed: \"None\", \"Some\", \"Most\", \"All of them\", 1-4, skip"),
                en.err());
        assertTrue(en.err().contains("slow-to-pay.payment-worry has no value; allowed: \"Yes\", \"No\", 1-2, skip"), en.err());
        // What the list offers is what the user may type, as the German list's labels are.
        CliRunner.Result typed = new CliRunner().stdin("answers:\n  slow-to-pay.late-invoices: All of them\n")
                .run("validate", "-", "--allow-missing");
        assertEquals(0, typed.code(), typed::toString);
    }

    @Test
    void theGermanTemplateListsTheGermanLabelsAndAFileAnsweredWithThemIsValid(@TempDir Path dir)
            throws IOException {
        CliRunner.Result template = new CliRunner().run("template", "--lang", "de");
        assertEquals(0, template.code(), template::toString);
        assertTrue(template.out().contains("# erlaubt: „Keine“, „Einige“, „Die meisten“, „Alle“, 1-4, skip\n  slow-to-pay.late-invoices: skip"),
                template.out());
        assertFalse(template.out().contains("erlaubt: never"), template.out());
        // Fill every choice with the first label the comment offers, as a German user would.
        StringBuilder filled = new StringBuilder();
        String label = null;
        for (String line : template.out().split("\n", -1)) {
            if (line.startsWith("  # erlaubt: „")) {
                label = line.substring(line.indexOf('„') + 1, line.indexOf('“'));
            } else if (line.endsWith(": skip") && label != null) {
                line = line.replace(": skip", ": " + label);
                label = null;
            }
            filled.append(line).append('\n');
        }
        Path file = dir.resolve("antworten.yaml");
        Files.writeString(file, filled, StandardCharsets.UTF_8);
        CliRunner.Result valid = new CliRunner().run("validate", file.toString(), "--lang", "de", "--allow-missing");
        assertEquals(0, valid.code(), valid::toString);
        assertTrue(filled.toString().contains("slow-to-pay.late-invoices: Keine"), filled.toString());
    }

    @Test
    void aGermanErrorNamesThePartOfTheFileInGerman() {
        CliRunner.Result de = new CliRunner().stdin("answres:\n  a: b\n").run("validate", "-", "--lang", "de");
        assertEquals(2, de.code(), de::toString);
        assertTrue(de.err().contains("unbekannter Schlüssel „answres“ für die Antwortdatei; meintest du „answers“?"), de.err());
        assertFalse(de.err().contains("answers file"), de.err());
        CliRunner.Result en = new CliRunner().stdin("answres:\n  a: b\n").run("validate", "-", "--lang", "en");
        assertTrue(en.err().contains("unknown key \"answres\" in answers file; did you mean \"answers\"?"), en.err());
    }
}
