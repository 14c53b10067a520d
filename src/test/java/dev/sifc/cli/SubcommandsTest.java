package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sifc.core.Lang;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** questions, template and validate, as scripts and people use them. */
class SubcommandsTest {
    @TempDir
    Path dir;

    /** Subcommands are only built when an argument could name one; the user never notices either way. */
    @Test
    void subcommandsAreBuiltOnlyWhenAnArgumentCouldNameOne() {
        CommandLine.Model.CommandSpec root = Cli.create(new CliRunner().env(), new PrintWriter(
                OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
                Lang.EN, false, new String[0]).getCommandSpec();
        for (String[] none : new String[][] {{}, {"--answers", "a.yaml", "--format", "json"}, {"--answers", "-"},
            {"--client", "history"}, {"--client=help"}, {"--version"}, {"--lang", "de", "--no-history", "--plain"}}) {
            assertEquals(List.of(), Cli.subcommandsFor(root, none), String.join(" ", none));
        }
        assertEquals(List.of("history"), Cli.subcommandsFor(root, new String[] {"--lang", "de", "history", "--help"}));
        assertEquals(List.of("validate"), Cli.subcommandsFor(root, new String[] {"validate", "-"}));
        for (String[] all : new String[][] {{"help", "history"}, {"completion", "bash"}, {"--lang", "de", "histroy"},
            {"--help"}, {"-h"}, {"--bogus"}, {"-hV"}, {"--answers", "a.yaml", "extra"}, {"--", "x"}, {"-"}}) {
            assertEquals(Cli.SUBCOMMANDS, Cli.subcommandsFor(root, all), String.join(" ", all));
        }
        // Both ways, what the user sees is the same as with every subcommand built.
        CliRunner.Result typo = new CliRunner().run("--lang", "en", "histroy");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("should-i-fire-client: unknown command \"histroy\"; did you mean history"), typo.err());
        CliRunner.Result help = new CliRunner().run("--help");
        assertTrue(help.out().contains("Commands:\n") && help.out().contains("  history "), help.out());
        CliRunner.Result value = new CliRunner().run("--answers", "examples/keep.yaml", "--client", "history", "--no-history");
        assertEquals(0, value.code(), value::toString);
        assertTrue(value.out().startsWith("Should I fire this client? · history\n"), value.out());
    }

    @Test
    void questionsAsJsonFollowTheDocumentedShape() {
        CliRunner.Result r = new CliRunner().run("questions", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonObject q = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("fire-client", q.get("id").getAsString());
        JsonArray signs = q.getAsJsonArray("signs");
        assertEquals(6, signs.size());
        JsonObject first = signs.get(0).getAsJsonObject().getAsJsonArray("questions").get(0).getAsJsonObject();
        assertEquals("unreasonable-demands.after-hours", first.get("id").getAsString());
        assertEquals("choice", first.get("type").getAsString());
        assertEquals("{\"value\":\"never\",\"label\":\"Never\",\"points\":0,\"dealbreaker\":false}", first.getAsJsonArray("options").get(0).toString());
        assertEquals("symptom", first.get("role").getAsString());
        JsonObject strain = q.getAsJsonObject("context").getAsJsonArray("questions").get(0).getAsJsonObject();
        assertEquals("strain", strain.get("role").getAsString());
        JsonObject income = q.getAsJsonObject("context").getAsJsonArray("questions").get(1).getAsJsonObject();
        assertEquals("context.income-share", income.get("id").getAsString());
        assertEquals(0, income.get("min").getAsInt());
        assertEquals(100, income.get("max").getAsInt());
    }

    @Test
    void questionsAsTextListIdsAndOptions() {
        CliRunner.Result r = new CliRunner().run("questions", "--lang", "de");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Warnzeichen 3: Zahlt immer zu spät"), r.out());
        assertTrue(r.out().contains("  slow-to-pay.reminders  (Zahl von 0 bis 50 Zahlungserinnerungen)"), r.out());
        assertTrue(r.out().contains("1 yes (Ja), 2 no (Nein)"), r.out());
    }

    @Test
    void aFilledTemplateValidatesAndReplays() throws IOException {
        CliRunner.Result t = new CliRunner().run("template");
        assertEquals(0, t.code());
        // Fill in as a user would: the second option everywhere, 2 for numbers.
        String filled = t.out().replace("# client: ACME GmbH", "client: Filled In")
                .replaceAll("(?m)^(  [a-z-]+\\.(?:income-share|reserve-months|reminders|chasing-hours)): skip$", "$1: 2")
                .replaceAll("(?m)^(  [a-z-]+\\.[a-z-]+): skip$", "$1: 2");
        Path file = dir.resolve("filled.yaml");
        Files.writeString(file, filled);
        CliRunner.Result v = new CliRunner().cwd(dir).run("validate", "filled.yaml");
        assertEquals("filled.yaml: ok (1 client(s))\n", v.out());
        CliRunner.Result run = new CliRunner().cwd(dir).run("--answers", "filled.yaml", "--format", "json");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("\"client\":\"Filled In\""));
        assertTrue(run.out().contains("\"unreasonable-demands.after-hours\":\"rarely\""), run.out());
    }

    @Test
    void anUntouchedTemplateIsAValidAllSkippedFile() {
        CliRunner.Result t = new CliRunner().run("template");
        CliRunner.Result v = new CliRunner().stdin(t.out()).run("validate", "-");
        assertEquals(0, v.code(), v::toString);
        assertEquals("<stdin>: ok (1 client(s))\n", v.out());
    }

    @Test
    void validatePrintsEveryProblemOfEveryFile() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "answers:\n  slow-to-pay.reminders: many\n  dont-listen.reworkz: often\n");
        CliRunner.Result r = new CliRunner().cwd(dir).run("validate", "--allow-missing", "bad.yaml",
                Path.of("questions.yaml").toAbsolutePath().toString(), Path.of("examples/portfolio.yaml").toAbsolutePath().toString());
        assertEquals(2, r.code());
        // Problems on stderr, like every error; stdout has only what is fine.
        assertEquals("bad.yaml:2:26: invalid value \"many\" for slow-to-pay.reminders: expected a number from 0 to 50 written "
                + "with digits 0-9 (and a dot for decimals)\n"
                + "bad.yaml:3:3: unknown question id \"dont-listen.reworkz\"; did you mean \"dont-listen.reworks\"?\n", r.err());
        assertEquals(Path.of("questions.yaml").toAbsolutePath() + ": ok (questionnaire fire-client, 6 signs, 31 questions)\n"
                + Path.of("examples/portfolio.yaml").toAbsolutePath() + ": ok (4 client(s))\n", r.out());
    }

    /** Every kind of problem validate finds goes to stderr: stdout stays a clean list of the good files. */
    @Test
    void validateKeepsStdoutForTheFilesThatAreFine() throws IOException {
        Files.writeString(dir.resolve("empty.yaml"), "# nothing\n");
        Files.writeString(dir.resolve("broken.yaml"), "answers: [\n");
        Files.writeString(dir.resolve("q.yaml"), Files.readString(Path.of("questions.yaml")).replace("version: 2", "version: zero"));
        CliRunner.Result r = new CliRunner().cwd(dir).run("validate", "missing.yaml", "empty.yaml", "broken.yaml", "q.yaml",
                Path.of("examples/partial.yaml").toAbsolutePath().toString(), Path.of("examples/keep.yaml").toAbsolutePath().toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals(Path.of("examples/keep.yaml").toAbsolutePath() + ": ok (1 client(s))\n", r.out());
        List<String> errors = r.err().lines().toList();
        assertEquals(5, errors.size(), r::toString);
        assertEquals("should-i-fire-client: cannot read missing.yaml: no such file", errors.get(0));
        assertTrue(errors.get(1).startsWith("empty.yaml:1:1: "), errors.get(1));
        assertTrue(errors.get(2).startsWith("broken.yaml:"), errors.get(2));
        assertTrue(errors.get(3).startsWith("q.yaml:17:10: "), errors.get(3));
        assertTrue(errors.get(4).contains("partial.yaml: Half Known AG leaves 27 question(s) unanswered"), errors.get(4));
    }

    @Test
    void validateReportsMissingAnswersLikeBatchMode() {
        CliRunner.Result r = new CliRunner().run("validate", "examples/partial.yaml");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("examples/partial.yaml: Half Known AG leaves 27 question(s) unanswered: "
                + "unreasonable-demands.like-employee, "), r.err());
    }

    @Test
    void aCustomQuestionnaireIsUsedEverywhere() throws IOException {
        String custom = Files.readString(Path.of("questions.yaml")).replace("id: fire-client", "id: my-questions");
        Files.writeString(dir.resolve("mine.yaml"), custom);
        CliRunner.Result r = new CliRunner().cwd(dir).run("questions", "--questions", "mine.yaml", "--format", "json");
        assertTrue(r.out().startsWith("{\"id\":\"my-questions\""), r.out());
        CliRunner.Result bad = new CliRunner().cwd(dir).run("--questions", "missing.yaml", "--answers", "-");
        assertEquals(2, bad.code());
        assertEquals("should-i-fire-client: cannot read missing.yaml: no such file\n", bad.err());
    }
}
