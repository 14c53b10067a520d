package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A questionnaire written before signs had an "ending" advice still works: on a let go, its signs
 * that are no reason to part say nothing, rather than their first step, and the report says so.
 */
class EndingAdviceTest {
    @TempDir
    Path dir;

    /** The bundled questionnaire without any sign's "ending". */
    private Path withoutEndings() throws IOException {
        String bundled = Files.readString(Path.of("questions.yaml"));
        String stripped = bundled.replaceAll("(?s)\n      ending:\n.*?(?=\n    reasons:)", "");
        assertFalse(stripped.contains("ending:"), "every ending removed");
        Path q = dir.resolve("old.yaml");
        Files.writeString(q, stripped);
        return q;
    }

    /** Scenario 16 (all six signs often present) without its rudeness: let go by the load alone. */
    private Path loadOnly() throws IOException {
        String answers = Files.readString(Path.of("src/test/resources/scenarios/16-all-six-often.yaml"))
                .replaceAll("lack-of-respect.rudeness: .*", "lack-of-respect.rudeness: never")
                .replaceAll("lack-of-respect.feels-respected: .*", "lack-of-respect.feels-respected: \"yes\"");
        Path a = dir.resolve("load.yaml");
        Files.writeString(a, answers);
        return a;
    }

    @Test
    void aLetGoByTheLoadWithoutEndingsSaysThereIsNothingMoreThanEndingIt() throws IOException {
        Path q = withoutEndings();
        Path a = loadOnly();
        CliRunner.Result v = new CliRunner().run("validate", q.toString());
        assertEquals(0, v.code(), v::toString);
        CliRunner.Result en = new CliRunner().run("--questions", q.toString(), "--answers", a.toString(), "--no-history");
        assertEquals(0, en.code(), en::toString);
        assertTrue(en.out().contains("\n  Verdict: Let this client go"), en.out());
        assertTrue(en.out().contains("\nWhat to do\n  None of the signs asks for anything more than ending it as described above.\n"),
                en.out());
        assertFalse(en.out().contains("No warning sign shows"), en.out());
        CliRunner.Result de = new CliRunner().run("--questions", q.toString(), "--answers", a.toString(), "--no-history",
                "--lang", "de");
        assertTrue(de.out().replaceAll("\\s+", " ").contains(
                " Was du tun solltest Keines der Warnzeichen verlangt mehr, als es wie oben beschrieben zu beenden. "), de.out());
        CliRunner.Result json = new CliRunner().run("--questions", q.toString(), "--answers", a.toString(), "--no-history",
                "--format", "json");
        JsonArray signs = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("signs");
        signs.forEach(s -> assertTrue(s.getAsJsonObject().get("advice").isJsonNull(), s.toString()));
        // The bundled file, with its endings, gives every sign what still helps.
        CliRunner.Result bundled = new CliRunner().run("--answers", a.toString(), "--no-history");
        assertTrue(bundled.out().replaceAll("\\s+", " ").contains(" What to do Let them go. Until the work is finished or "
                + "handed over, this is what still helps with each sign: Makes unreasonable demands (showing) Until the work is done"),
                bundled.out());
    }
}
