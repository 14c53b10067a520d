package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
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
                        + "allowed: \"Never\", \"Rarely\", \"Sometimes\", \"Often\", \"Always\", 1-5, skip\n");
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
                        + "(1 more problem; run \"should-i-fire-client validate a.yaml\" to see them all)\n");
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
        assertError(r, "a.yaml:3:42: invalid value \"off\" for everything-for-nothing.price-pressure; allowed: \"Yes\", \"No\", 1-2, skip\n");
        CliRunner.Result ok = runWith("answers:\n  slow-to-pay.payment-worry: no\n  slow-to-pay.reminders: 010\n",
                "--allow-missing", "--format", "json");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("\"slow-to-pay.payment-worry\":\"no\""), ok.out());
        assertTrue(ok.out().contains("\"slow-to-pay.reminders\":10"), ok.out());
    }

    @Test
    void duplicateKeysNameBothLines() throws IOException {
        assertError(runWith("answers:\n  slow-to-pay.reminders: 3\n  slow-to-pay.reminders: 4\n", "--allow-missing"),
                "a.yaml:3:3: duplicate key \"slow-to-pay.reminders\" (first on line 2); keep only one of them\n");
    }

    @Test
    void missingAnswersAreListedUnlessAllowed() throws IOException {
        CliRunner.Result r = new CliRunner().run("--answers", "examples/partial.yaml");
        assertError(r, "should-i-fire-client: examples/partial.yaml: 27 questions about Half Known AG have no answer: "
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
        assertError(runWith("- a\n- b\n"), "a.yaml:1:1: an answers file is key: value lines (\"client: ...\", \"answers:\" and the answers under it), "
                + "not a list; start from what \"should-i-fire-client template\" prints\n");
        assertError(runWith("just text\n"), "a.yaml:1:1: an answers file is key: value lines (\"client: ...\", \"answers:\" and the answers under it), "
                + "not a single value; start from what \"should-i-fire-client template\" prints\n");
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
        assertError(new CliRunner().run("@/dev/zero"), "should-i-fire-client: cannot read @/dev/zero: no such file\n");
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
        assertTrue(r.err().startsWith("a.yaml:") && r.err().contains("invalid value \"lots\"") && r.err().endsWith("(document 3)\n"
                + "should-i-fire-client: 1 of 3 clients not assessed, for the problems above; the others were\n"), r::toString);
    }

    // --- the true reason and position (issue 11) -----------------------------------------------

    /** A file that opens but cannot be read: the system's reason, not "too large or too deeply nested" with a class name. */
    @Test
    void aFileThatCannotBeReadSaysWhy() {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/mem")), "needs Linux's /proc");
        assertError(new CliRunner().run("--answers", "/proc/self/mem"), "cannot read /proc/self/mem: input/output error\n");
        assertError(new CliRunner().run("--questions", "/proc/self/mem", "template"),
                "should-i-fire-client: cannot read /proc/self/mem: input/output error\n");
        CliRunner.Result v = new CliRunner().run("validate", "/proc/self/mem");
        assertEquals(2, v.code());
        assertEquals("should-i-fire-client: cannot read /proc/self/mem: input/output error\n", v.err());
    }

    /** The system's reason once, without the path again or Java's wording. */
    @Test
    void pathProblemsNameThePathOnce() throws IOException {
        Files.writeString(dir.resolve("file"), "x");
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        assertError(new CliRunner().cwd(dir).run("--answers", "file/a.yaml"), "should-i-fire-client: cannot read file/a.yaml: not a directory\n");
        assertError(new CliRunner().cwd(dir).run("--answers", "loop"),
                "should-i-fire-client: cannot read loop: too many levels of symbolic links\n");
    }

    /** "" is no name at all, not the working directory. */
    @Test
    void anEmptyFileNameIsSaidAsSuch() {
        String expected = "should-i-fire-client: an empty file name (\"\") was given; name a file, or - for stdin\n";
        assertError(new CliRunner().run("--answers", ""), expected);
        assertError(new CliRunner().run("--questions", "", "template"), expected);
        CliRunner.Result v = new CliRunner().run("validate", "");
        assertEquals(2, v.code());
        assertEquals(expected, v.err());
    }

    /** After "--" a word is never an option or a command, so "did you mean --answers?" would be wrong. */
    @Test
    void wordsAfterDoubleDashAreNotCalledUnknownOptions() {
        // The first word after "--" is the answers file (whatever it looks like); a second one is too many.
        assertError(new CliRunner().run("--", "--answers", "f"), "should-i-fire-client: unexpected argument \"f\": after \"--\" "
                + "every word is a plain argument, never an option or a command; remove the \"--\"\n"
                + "Run \"should-i-fire-client --help\" for usage.\n");
        assertError(new CliRunner().run("--", "history"), "should-i-fire-client: cannot read history: no such file\n");
        // Before "--", the suggestion stays.
        assertEquals("should-i-fire-client: unknown option --anwsers; did you mean --answers?",
                new CliRunner().run("--anwsers", "x", "--", "y").err().lines().findFirst().orElseThrow());
    }

    /** A caveat's or a rule's problem points at its own line, not at the questionnaire's first key. */
    @Test
    void questionnaireProblemsFoundAcrossPartsPointAtTheirLine() throws IOException {
        String q = Files.readString(Path.of("questions.yaml"));
        List<String> lines = q.lines().toList();
        int caveat = lines.indexOf("    - id: plan-exit-carefully") + 1;
        int condition = caveat + 4;
        int judging = lines.indexOf("judging:") + 3; // the first key of the judging mapping
        Files.writeString(dir.resolve("verdict.yaml"), q.replaceFirst("verdicts: \\[fire\\]", "verdicts: [fyre]"));
        Files.writeString(dir.resolve("question.yaml"), q.replaceFirst("income-share: \\{at-least: 30\\}", "income-shar: {at-least: 30}"));
        Files.writeString(dir.resolve("rule.yaml"), q.replaceFirst("min-judged-signs: \\d+", "min-judged-signs: 9"));
        assertEquals("verdict.yaml:" + caveat + ":7: caveat plan-exit-carefully: unknown verdict \"fyre\"; use one of: keep, recalibrate, "
                + "fire, insufficient\n", new CliRunner().cwd(dir).run("validate", "verdict.yaml").err());
        assertEquals("question.yaml:" + condition + ":22: caveat plan-exit-carefully: \"income-shar\" is not a number question of "
                + "the context section\n", new CliRunner().cwd(dir).run("--questions", "question.yaml", "template").err());
        assertTrue(new CliRunner().cwd(dir).run("validate", "rule.yaml").err().startsWith("rule.yaml:" + judging + ":3: min-judged-signs is 9"));
    }

    /** "More problems" names a command that works: "-" for stdin, and the questionnaire the answers were checked against. */
    @Test
    void theHintToSeeEveryProblemIsACommandThatWorks() throws IOException {
        String broken = Files.readString(Path.of("questions.yaml")).replace("id: fire-client", "id: Fire_Client").replace("version: 2", "version: zero");
        CliRunner.Result fromStdin = new CliRunner().cwd(dir).stdin(broken).run("--questions", "-", "template");
        assertEquals(2, fromStdin.code());
        assertTrue(fromStdin.err().endsWith("(1 more problem; run \"should-i-fire-client validate -\" to see them all)\n"), fromStdin.err());
        Files.writeString(dir.resolve("my q.yaml"), Files.readString(Path.of("questions.yaml")));
        Files.writeString(dir.resolve("a.yaml"), "answers:\n  x.y: 1\n  z.w: 2\n");
        CliRunner.Result custom = new CliRunner().cwd(dir).run("--questions", "my q.yaml", "--answers", "a.yaml");
        assertTrue(custom.err().endsWith("run \"should-i-fire-client validate --questions 'my q.yaml' a.yaml\" to see them all)\n"),
                custom.err());
        CliRunner.Result answersFromStdin = new CliRunner().cwd(dir).stdin("answers:\n  x.y: 1\n  z.w: 2\n").run("--answers", "-");
        assertTrue(answersFromStdin.err().endsWith("run \"should-i-fire-client validate -\" to see them all)\n"), answersFromStdin.err());
    }
}
