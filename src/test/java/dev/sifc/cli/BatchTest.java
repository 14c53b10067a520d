package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch path as scripts use it: stdin, JSON, exit codes, colour and language choices. */
class BatchTest {
    @Test
    void eachExampleReachesItsVerdict() {
        for (String verdict : new String[] {"keep", "recalibrate", "fire"}) {
            CliRunner.Result r = new CliRunner().run("--answers", "examples/" + verdict + ".yaml", "--format", "json");
            assertEquals(0, r.code(), r::toString);
            JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(verdict, json.getAsJsonObject("verdict").get("id").getAsString());
        }
    }

    /**
     * A script reads the JSON's whatIf, edits the answers file as it says, runs again, and gets the
     * verdict that was promised, for every what-if of every client in the portfolio.
     */
    @Test
    void applyingAWhatIfToTheAnswersFileGivesThePromisedVerdict(@TempDir Path dir) throws IOException {
        // The example portfolio and the recalibrate scenarios, which have single what-ifs to apply.
        StringBuilder all = new StringBuilder(Files.readString(Path.of("examples/portfolio.yaml")));
        for (String scenario : List.of("04-hours-never-stated", "10-cancels-not-billed", "11-silent-not-asked")) {
            all.append("---\n").append(Files.readString(Path.of("src/test/resources/scenarios/" + scenario + ".yaml")));
        }
        String portfolio = all.toString();
        Path input = dir.resolve("portfolio.yaml");
        Files.writeString(input, portfolio);
        CliRunner.Result r = new CliRunner().run("--answers", input.toString(), "--format", "json", "--no-history");
        List<String> documents = List.of(portfolio.split("(?m)^---\\n"));
        List<String> lines = r.out().lines().toList();
        assertEquals(documents.size(), lines.size());
        int applied = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonObject client = JsonParser.parseString(lines.get(i)).getAsJsonObject();
            for (var whatIf : client.getAsJsonArray("whatIf")) {
                String edited = documents.get(i);
                for (var change : whatIf.getAsJsonObject().getAsJsonArray("changes")) {
                    JsonObject c = change.getAsJsonObject();
                    String line = "  " + c.get("question").getAsString() + ": ";
                    assertTrue(edited.contains(line + c.get("from").getAsString() + "\n"), edited);
                    edited = edited.replace(line + c.get("from").getAsString() + "\n", line + c.get("to").getAsString() + "\n");
                }
                Path file = dir.resolve("client-" + i + "-" + applied + ".yaml");
                Files.writeString(file, edited);
                CliRunner.Result again = new CliRunner().run("--answers", file.toString(), "--format", "json", "--no-history");
                assertEquals(whatIf.getAsJsonObject().get("verdict").getAsString(),
                        JsonParser.parseString(again.out()).getAsJsonObject().getAsJsonObject("verdict").get("id").getAsString());
                applied++;
            }
        }
        assertTrue(applied >= 2, "the portfolio has clients with what-ifs: " + applied);
    }

    @Test
    void jsonAnswersWorkToo() {
        CliRunner.Result r = new CliRunner().run("--answers", "examples/fire.json", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("Nightmare Ltd (JSON)", json.get("client").getAsString());
        assertEquals("yes", json.getAsJsonObject("answers").get("slow-to-pay.payment-worry").getAsString());
    }

    @Test
    void answersFromStdin() throws IOException {
        CliRunner.Result r = new CliRunner().stdin(Files.readString(Path.of("examples/keep.yaml")))
                .run("--answers", "-", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("\"id\":\"keep\""), r.out());
    }

    @Test
    void failOnGivesExitThreeWhenReached() {
        assertEquals(3, new CliRunner().run("--answers", "examples/fire.yaml", "--fail-on", "fire").code());
        assertEquals(3, new CliRunner().run("--answers", "examples/recalibrate.yaml", "--fail-on", "recalibrate").code());
        assertEquals(0, new CliRunner().run("--answers", "examples/recalibrate.yaml", "--fail-on", "fire").code());
        assertEquals(0, new CliRunner().run("--answers", "examples/keep.yaml", "--fail-on", "recalibrate").code());
    }

    @Test
    void clientOptionOverridesTheName() {
        CliRunner.Result r = new CliRunner().run("--answers", "examples/keep.yaml", "--client", "Other Co", "--format", "json");
        assertEquals("Other Co", JsonParser.parseString(r.out()).getAsJsonObject().get("client").getAsString());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        String esc = "\u001b[";
        CliRunner.Result tty = new CliRunner().terminal(false, true).run("--answers", "examples/fire.yaml");
        assertTrue(tty.out().contains(esc), "colour on a terminal");
        CliRunner.Result piped = new CliRunner().terminal(false, false).run("--answers", "examples/fire.yaml");
        assertFalse(piped.out().contains(esc), "no colour into a pipe");
        CliRunner.Result noColor = new CliRunner().terminal(false, true).env("NO_COLOR", "1").run("--answers", "examples/fire.yaml");
        assertFalse(noColor.out().contains(esc), "NO_COLOR");
        CliRunner.Result emptyNoColor = new CliRunner().terminal(false, true).env("NO_COLOR", "").run("--answers", "examples/fire.yaml");
        assertTrue(emptyNoColor.out().contains(esc), "an empty NO_COLOR does not count");
        CliRunner.Result never = new CliRunner().terminal(false, true).run("--answers", "examples/fire.yaml", "--color", "never");
        assertFalse(never.out().contains(esc), "--color=never");
        CliRunner.Result always = new CliRunner().terminal(false, false).env("NO_COLOR", "1")
                .run("--answers", "examples/fire.yaml", "--color=always");
        assertTrue(always.out().contains(esc), "--color=always");
    }

    @Test
    void languageComesFromTheLocaleUnlessGiven() {
        assertTrue(new CliRunner().env("LANG", "de_DE.UTF-8").run("--answers", "examples/keep.yaml").out().contains("Urteil: Behalte"));
        assertTrue(new CliRunner().env("LANG", "de_DE.UTF-8").env("LC_ALL", "C").run("--answers", "examples/keep.yaml").out()
                .contains("Verdict: Keep"));
        assertTrue(new CliRunner().env("LC_MESSAGES", "de_AT").env("LANG", null).run("--answers", "examples/keep.yaml").out()
                .contains("Urteil"));
        assertTrue(new CliRunner().env("LANG", "de_DE.UTF-8").run("--answers", "examples/keep.yaml", "--lang", "en").out()
                .contains("Verdict"));
    }

    @Test
    void jsonIsTheSameWhateverTheLocaleApartFromTheLanguage() {
        String c = new CliRunner().env("LANG", "C").run("--answers", "examples/portfolio.yaml", "--format", "json").out();
        String tr = new CliRunner().env("LANG", "tr_TR.UTF-8").run("--answers", "examples/portfolio.yaml", "--format", "json").out();
        assertEquals(c, tr);
        String de = new CliRunner().env("LANG", "de_DE.UTF-8").run("--answers", "examples/portfolio.yaml", "--format", "json").out();
        JsonObject en1 = JsonParser.parseString(c.lines().findFirst().orElseThrow()).getAsJsonObject();
        JsonObject de1 = JsonParser.parseString(de.lines().findFirst().orElseThrow()).getAsJsonObject();
        assertEquals("de", de1.get("lang").getAsString());
        assertEquals(en1.get("score"), de1.get("score"));
        assertEquals(en1.get("answers"), de1.get("answers"));
        assertEquals(en1.getAsJsonObject("verdict").get("id"), de1.getAsJsonObject("verdict").get("id"));
    }

    @Test
    void versionAndHelp() throws Exception {
        CliRunner.Result v = new CliRunner().run("--version");
        assertEquals(0, v.code());
        // The commit the classes were built from, as the build's git-commit-id plugin recorded it.
        Properties recorded = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("target/git.properties"))) {
            recorded.load(in);
        }
        String head = recorded.getProperty("git.commit.id.abbrev");
        assertTrue(head != null && head.matches("[0-9a-f]{12}"), recorded::toString);
        List<String> lines = v.out().lines().toList();
        assertEquals(2, lines.size(), v.out());
        assertTrue(lines.get(0).matches("should-i-fire-client 0\\.1\\.0 \\(commit " + head
                + ", \\d{4}-\\d\\d-\\d\\d(, with local changes)?\\)"), lines.get(0));
        assertEquals("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")", lines.get(1));
        CliRunner.Result h = new CliRunner().run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("Exit codes:\n  0     a verdict was printed"), h.out());
        assertTrue(h.out().contains("  3     --fail-on was given"), h.out());
        CliRunner.Result de = new CliRunner().run("--help", "--lang", "de");
        assertTrue(de.out().contains("Exit-Codes:") && de.out().contains("Optionen:"), de.out());
        CliRunner.Result sub = new CliRunner().run("validate", "--help");
        assertTrue(sub.out().startsWith("Check questionnaire and answers files"), sub.out());
    }

    // --- standard output that cannot be written (issue 11) -------------------------------------

    /** A stdout like /dev/full: every write fails with the system's reason. Counts the writes tried. */
    private static final class FullDisk extends OutputStream {
        int writes;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writes++;
            throw new IOException("No space left on device");
        }
    }

    /** Runs like Main does: the output through an {@link OutputGuard} onto {@code stdout}. */
    private static CliRunner.Result runInto(CliRunner runner, OutputStream stdout, String... args) {
        OutputGuard guard = new OutputGuard(stdout);
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(guard, StandardCharsets.UTF_8), 1 << 16));
        StringWriter err = new StringWriter();
        int code = Cli.run(runner.env(), out, guard, new PrintWriter(err), args);
        return new CliRunner.Result(code, "", err.toString());
    }

    @Test
    void aReportThatCannotBeWrittenIsExit4AndIsNotRecorded() {
        CliRunner runner = new CliRunner();
        FullDisk full = new FullDisk();
        CliRunner.Result r = runInto(runner, full, "--answers", "examples/portfolio.yaml");
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertEquals("should-i-fire-client: cannot write the output: no space left on device\n", r.err());
        assertFalse(Files.exists(runner.stateDir().resolve("history.jsonl")), "nothing printed, nothing recorded");
        assertEquals(1, full.writes, "after the first failure no write is tried again");
    }

    /** A big portfolio into a full disk stops at the first flush, not after encoding every client. */
    @Test
    void aPortfolioIntoAFullDiskStopsAtTheFirstBlock(@TempDir Path dir) throws IOException {
        String client = Files.readString(Path.of("examples/keep.yaml"));
        Files.writeString(dir.resolve("many.yaml"), (client + "---\n").repeat(2000) + client);
        CliRunner runner = new CliRunner().cwd(dir);
        long start = System.nanoTime();
        CliRunner.Result r = runInto(runner, new FullDisk(), "--answers", "many.yaml", "--format", "json");
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertFalse(Files.exists(runner.stateDir().resolve("history.jsonl")));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "stops early");
    }

    /** A reader that went away (| head) is no error: quiet, exit 0, as before. */
    @Test
    void aClosedPipeStaysQuiet() {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        CliRunner.Result r = runInto(new CliRunner(), gone, "--answers", "examples/portfolio.yaml");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
    }

    /** The interview's report cannot be written: not recorded, and the answers are kept as a draft, not lost. */
    @Test
    void anInterviewWhoseReportCannotBeWrittenKeepsTheAnswersAsADraft() throws IOException {
        CliRunner runner = new CliRunner().stdin("1\n".repeat(31));
        CliRunner.Result r = runInto(runner, new FullDisk(), "--client", "Lost Report Ltd", "--plain");
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertTrue(r.err().endsWith("should-i-fire-client: cannot write the output: no space left on device\n"), r.err());
        assertFalse(Files.exists(runner.stateDir().resolve("history.jsonl")), r::toString);
        try (var drafts = Files.list(runner.stateDir().resolve("drafts"))) {
            assertEquals(1, drafts.count(), r::toString);
        }
        // Said once, and as what happened: the interview was not stopped, its report was lost.
        assertTrue(r.err().contains("The report could not be written; your 31 answers are saved in "), r.err());
        assertFalse(r.err().contains("Stopped."), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("Resume with: ")).count(), r.err());
    }

    /**
     * Every question skipped with --allow-missing (the issue's "Keep … nothing needs to change"): the
     * verdict is "not enough to judge", and the history gets no record of it, while the judged client
     * of the same portfolio is recorded.
     */
    @Test
    void allSkippedWithAllowMissingIsNotEnoughToJudgeAndIsNeverRecorded(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), "client: Nothing Answered\nanswers: {}\n---\n" + Files.readString(Path.of("examples/keep.yaml")));
        CliRunner runner = new CliRunner().cwd(dir);
        CliRunner.Result r = runner.run("--answers", "p.yaml", "--allow-missing", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        JsonObject skipped = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("insufficient", skipped.getAsJsonObject("verdict").get("id").getAsString());
        assertEquals("should-i-fire-client: warning: not recorded in the history: there are not enough answers to judge yet\n", r.err());
        List<String> records = Files.readAllLines(runner.stateDir().resolve("history.jsonl"));
        assertEquals(1, records.size(), records::toString);
        assertTrue(records.get(0).contains("\"client\":\"Good Bakery\""), records.get(0));
        assertFalse(runner.run("history").out().contains("Nothing Answered"));
    }
}
