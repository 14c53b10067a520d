package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            {"--client", "history"}, {"--client=help"}, {"--version"}, {"--lang", "de", "--no-history", "--plain"},
            {"examples/keep.yaml"}, {"histroy"}, {"--answers", "a.yaml", "extra"}, {"--", "history"}, {"-"}}) {
            assertEquals(List.of(), Cli.subcommandsFor(root, none), String.join(" ", none));
        }
        assertEquals(List.of("history"), Cli.subcommandsFor(root, new String[] {"--lang", "de", "history", "--help"}));
        assertEquals(List.of("validate"), Cli.subcommandsFor(root, new String[] {"validate", "-"}));
        for (String[] all : new String[][] {{"help", "history"}, {"completion", "bash"}, {"--lang", "de", "help", "x"},
            {"--help"}, {"-h"}, {"--bogus"}, {"-hV"}, {"hist", "--help"}, {"examples/keep.yaml", "-h"}}) {
            assertEquals(Cli.SUBCOMMANDS, Cli.subcommandsFor(root, all), String.join(" ", all));
        }
        // Both ways, what the user sees is the same as with every subcommand built.
        CliRunner.Result typo = new CliRunner().run("--lang", "en", "histroy");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("should-i-fire-client: unknown command \"histroy\"; did you mean history"), typo.err());
        CliRunner.Result bogus = new CliRunner().run("--bogus");
        assertEquals("should-i-fire-client: unknown option --bogus\nRun \"should-i-fire-client --help\" for usage.\n", bogus.err());
        for (String[] asked : new String[][] {{"--help"}, {"hist", "--help"}}) {
            CliRunner.Result help = new CliRunner().run(asked);
            assertTrue(help.out().contains("Commands:\n") && help.out().contains("  history "), help.out());
        }
        CliRunner.Result value = new CliRunner().run("--answers", "examples/keep.yaml", "--client", "history", "--no-history");
        assertEquals(0, value.code(), value::toString);
        assertTrue(value.out().startsWith("Should I fire this client? · history\n"), value.out());
    }

    /** The most natural first try: the answers file alone, as if --answers had been given. */
    @Test
    void aFileGivenAloneIsTheAnswersFile() throws IOException {
        CliRunner.Result withOption = new CliRunner().run("--answers", "examples/keep.yaml", "--no-history");
        CliRunner.Result alone = new CliRunner().run("examples/keep.yaml", "--no-history");
        assertEquals(0, alone.code(), alone::toString);
        assertEquals(withOption.out(), alone.out());
        assertEquals(withOption.err(), alone.err());
        assertTrue(alone.out().startsWith("Should I fire this client? · Good Bakery\n"), alone.out());
        // A file whose name looks like no file, in the working folder; "-" is stdin, as for --answers.
        Files.copy(Path.of("examples/fire.yaml"), dir.resolve("acme"));
        assertTrue(new CliRunner().cwd(dir).run("--no-history", "acme").out().contains("Verdict: Let this client go"));
        CliRunner.Result stdin = new CliRunner().stdin(Files.readString(Path.of("examples/fire.yaml"))).run("--no-history", "-");
        assertEquals(0, stdin.code(), stdin::toString);
        assertTrue(stdin.out().contains("Verdict: Let this client go"), stdin.out());
        // After "--" the word is a file even when it names a command.
        Files.copy(Path.of("examples/keep.yaml"), dir.resolve("history"));
        assertTrue(new CliRunner().cwd(dir).run("--no-history", "--", "history").out().contains("Verdict: Keep this client"));
        assertTrue(new CliRunner().cwd(dir).run("history").err().startsWith("No assessments recorded yet"), "a command stays a command");
    }

    @Test
    void aWordThatIsNeitherCommandNorFileSaysWhichItLooksLike() {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("nosuch.yaml"), "should-i-fire-client: cannot read nosuch.yaml: no such file\n");
        cases.put(List.of("clients/acme.json"), "should-i-fire-client: cannot read clients/acme.json: no such file\n");
        cases.put(List.of("notes/acme"), "should-i-fire-client: cannot read notes/acme: no such file\n");
        cases.put(List.of("histroy"), "should-i-fire-client: unknown command \"histroy\"; did you mean history?\n");
        cases.put(List.of("temp"), "should-i-fire-client: unknown command \"temp\"; did you mean template?\n");
        cases.put(List.of("valdiate"), "should-i-fire-client: unknown command \"valdiate\"; did you mean validate?\n");
        cases.put(List.of("keep"), "should-i-fire-client: unknown command \"keep\" (and no file of that name); "
                + "\"should-i-fire-client --help\" lists the commands\n");
        cases.put(List.of("--lang", "de", "acme"), "should-i-fire-client: unbekannter Befehl „acme“ (und keine Datei dieses "
                + "Namens); „should-i-fire-client --help“ listet die Befehle\n");
        cases.put(List.of("examples/keep.yaml", "--answers", "examples/fire.yaml"),
                "should-i-fire-client: two answers files: \"examples/keep.yaml\" and --answers examples/fire.yaml; give one of them\n");
        cases.put(List.of("--lang", "de", "--answers", "examples/fire.yaml", "examples/fire.yaml"),
                "should-i-fire-client: zwei Antwortdateien: „examples/fire.yaml“ und --answers examples/fire.yaml; gib nur eine an\n");
        cases.put(List.of("help", "histroy"), "should-i-fire-client: unknown command \"histroy\"; did you mean history?\n"
                + "Run \"should-i-fire-client --help\" for usage.\n");
        cases.put(List.of("--lang", "de", "help", "fish"), "should-i-fire-client: unbekannter Befehl „fish“\n"
                + "„should-i-fire-client --help“ zeigt die Verwendung.\n");
        cases.put(List.of("template", "acme"), "should-i-fire-client: unexpected argument \"acme\"\n"
                + "Run \"should-i-fire-client template --help\" for usage.\n");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            CliRunner.Result r = new CliRunner().cwd(dir).run(c.getKey().toArray(new String[0]));
            assertEquals(2, r.code(), c.getKey() + "\n" + r);
            assertEquals(c.getValue(), r.err(), c.getKey().toString());
            assertEquals("", r.out(), c.getKey().toString());
        }
    }

    /** Every option whose value is missing or wrong says what it accepts, in the user's language, and whose help to read. */
    @Test
    void everyMissingOrWrongValueSaysWhatItAccepts() {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("--fail-on"), "--fail-on needs a value: recalibrate, fire");
        cases.put(List.of("--fail-on", "keep"), "invalid value \"keep\" for --fail-on; allowed: recalibrate, fire");
        cases.put(List.of("--format"), "--format needs a value: text, json, markdown");
        cases.put(List.of("--format", "xml"), "invalid value \"xml\" for --format; allowed: text, json, markdown");
        cases.put(List.of("--lang"), "--lang needs a value: en, de");
        cases.put(List.of("--lang", "fr"), "invalid value \"fr\" for --lang; allowed: en, de");
        cases.put(List.of("--color"), "--color needs a value: auto, always, never");
        cases.put(List.of("--color=sometimes"), "invalid value \"sometimes\" for --color; allowed: auto, always, never");
        cases.put(List.of("--answers"), "--answers needs a value (FILE)");
        cases.put(List.of("--client"), "--client needs a value (NAME)");
        cases.put(List.of("--format", "json", "--format", "text"), "--format was given more than once; give it once");
        cases.put(List.of("--no-history=maybe"), "invalid value \"maybe\" for --no-history");
        cases.put(List.of("questions", "--format"), "--format needs a value: text, json");
        cases.put(List.of("questions", "--format", "markdown"), "invalid value \"markdown\" for --format; allowed: text, json");
        cases.put(List.of("history", "--format", "csv"), "invalid value \"csv\" for --format; allowed: text, json");
        cases.put(List.of("history", "--forget"), "--forget needs a value (CLIENT)");
        cases.put(List.of("history", "--color"), "--color needs a value: auto, always, never");
        cases.put(List.of("validate"), "FILE is missing");
        cases.put(List.of("completion"), "SHELL is missing");
        cases.put(List.of("completion", "fish"), "invalid value \"fish\" for SHELL; allowed: bash, zsh");
        cases.put(List.of("questions", "-V"), "unknown option -V");
        cases.put(List.of("completion", "--color", "never"), "unknown option --color");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            CliRunner.Result r = new CliRunner().run(c.getKey().toArray(new String[0]));
            String command = c.getKey().get(0).startsWith("-") ? "should-i-fire-client" : "should-i-fire-client " + c.getKey().get(0);
            assertEquals(2, r.code(), c.getKey() + "\n" + r);
            assertEquals("should-i-fire-client: " + c.getValue() + "\nRun \"" + command + " --help\" for usage.\n", r.err(),
                    c.getKey().toString());
        }
        Map<List<String>, String> german = new LinkedHashMap<>();
        german.put(List.of("--fail-on"), "--fail-on braucht einen Wert: recalibrate, fire");
        german.put(List.of("--format", "xml"), "ungültiger Wert „xml“ für --format; erlaubt: text, json, markdown");
        german.put(List.of("--lang=fr"), "ungültiger Wert „fr“ für --lang; erlaubt: en, de");
        german.put(List.of("--color"), "--color braucht einen Wert: auto, always, never");
        german.put(List.of("--client", "x", "--client", "y"), "--client wurde mehrmals angegeben; gib es nur einmal an");
        german.put(List.of("history", "--format"), "--format braucht einen Wert: text, json");
        german.put(List.of("history", "--forget"), "--forget braucht einen Wert (CLIENT)");
        german.put(List.of("validate"), "FILE fehlt");
        german.put(List.of("completion", "fish"), "ungültiger Wert „fish“ für SHELL; erlaubt: bash, zsh");
        for (Map.Entry<List<String>, String> c : german.entrySet()) {
            CliRunner.Result r = new CliRunner().env("LANG", "de_DE.UTF-8").run(c.getKey().toArray(new String[0]));
            String command = c.getKey().get(0).startsWith("-") ? "should-i-fire-client" : "should-i-fire-client " + c.getKey().get(0);
            assertEquals(2, r.code(), c.getKey() + "\n" + r);
            assertEquals("should-i-fire-client: " + c.getValue() + "\n„" + command + " --help“ zeigt die Verwendung.\n", r.err(),
                    c.getKey().toString());
        }
    }

    private static String help(String lang, String... command) {
        List<String> args = new ArrayList<>(List.of("--lang", lang));
        args.addAll(List.of(command));
        args.add("--help");
        CliRunner.Result r = new CliRunner().run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        return r.out();
    }

    /** The part of a help text that follows {@code heading}, up to the next empty line. */
    private static String section(String help, String heading) {
        int start = help.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, heading + " in\n" + help);
        String rest = help.substring(start + heading.length() + 2);
        int end = rest.indexOf("\n\n");
        return end < 0 ? rest : rest.substring(0, end + 1);
    }

    /** Each command's help describes that command: its options, exit codes and examples, in both languages. */
    @Test
    void eachCommandsHelpDescribesThatCommand() {
        String root = help("en");
        assertTrue(root.contains("  -V, --version "), root);
        assertTrue(section(root, "Exit codes:").contains("  3     --fail-on was given"), root);
        assertTrue(section(root, "Exit codes:").contains("  130   interrupted (Ctrl-C)"), root);
        assertTrue(root.contains("Usage: should-i-fire-client [-hV] "), root);
        assertTrue(root.matches("(?s).* \\[FILE\\]\\s+\\[COMMAND\\]\n.*"), root);
        assertTrue(section(root, "Examples:").contains("  should-i-fire-client examples/fire.yaml\n"), root);
        Map<String, List<String>> options = Map.of(
                "questions", List.of("--format", "--questions", "--color", "--help", "--lang", "--debug"),
                "template", List.of("--questions", "--help", "--lang", "--debug"),
                "validate", List.of("--allow-missing", "--questions", "--letters", "--help", "--lang", "--debug"),
                "history", List.of("--format", "--forget", "--yes", "--questions", "--color", "--help", "--lang", "--debug"),
                "completion", List.of("--help", "--lang", "--debug"));
        Map<String, String> exitCodes = Map.of(
                "questions", "  0   the questionnaire was listed\n  1   an internal error (a bug; run again with --debug and report it)\n"
                        + "  2   invalid invocation, or the --questions file is not a valid questionnaire\n"
                        + "  4   the output could not be written; one line says why\n",
                "history", "  0   the history was shown, or the client forgotten (or not, if you said no)\n"
                        + "  1   an internal error (a bug; run again with --debug and report it)\n"
                        + "  2   no such client, a history that cannot be used, or an invalid invocation\n"
                        + "  4   the output could not be written; one line says why\n");
        for (String command : Cli.SUBCOMMANDS) {
            String en = help("en", command);
            String de = help("de", command);
            assertTrue(en.contains("Usage: should-i-fire-client " + command + " [-h"), en);
            assertTrue(de.contains("Aufruf: should-i-fire-client " + command + " [-h"), de);
            for (String h : List.of(en, de)) {
                assertFalse(h.contains("-V,") || h.contains("V]") || h.contains("--version") || h.contains("130") || h.contains("143")
                        || h.contains("3     --fail-on"), command + ":\n" + h);
            }
            String examples = section(en, "Examples:");
            assertEquals(examples, section(de, "Beispiele:"), command);
            assertTrue(examples.lines().allMatch(l -> l.contains(command)) || command.equals("template"), command + ": " + examples);
            if (options.containsKey(command)) {
                List<String> offered = en.lines().map(String::strip).filter(l -> l.startsWith("-"))
                        .map(l -> l.replaceFirst("^-\\w, ", "").replaceFirst("[= ].*", "")).toList();
                assertEquals(options.get(command), offered, command + ":\n" + en);
            }
            if (exitCodes.containsKey(command)) {
                assertEquals(exitCodes.get(command), section(en, "Exit codes:"), command);
            }
            // No English sentence of the help reaches a German user (examples and names are the same in both).
            Set<String> english = new HashSet<>(en.lines().filter(l -> l.strip().split(" ").length > 3).toList());
            List<String> same = de.lines().filter(english::contains).filter(l -> !l.contains("should-i-fire-client")).toList();
            assertEquals(List.of(), same, command);
        }
        assertTrue(section(help("en", "history"), "Examples:").contains("  should-i-fire-client history --forget \"ACME GmbH\"\n"));
        assertTrue(section(help("de", "validate"), "Exit-Codes:").contains("  2   eine Datei hat ein Problem"));
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
        assertEquals("filled.yaml: ok (1 client)\n", v.out());
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
        assertEquals("<stdin>: ok (1 client)\n", v.out());
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
                + Path.of("examples/portfolio.yaml").toAbsolutePath() + ": ok (4 clients)\n", r.out());
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
        assertEquals(Path.of("examples/keep.yaml").toAbsolutePath() + ": ok (1 client)\n", r.out());
        List<String> errors = r.err().lines().toList();
        assertEquals(5, errors.size(), r::toString);
        assertEquals("should-i-fire-client: cannot read missing.yaml: no such file", errors.get(0));
        assertTrue(errors.get(1).startsWith("empty.yaml:1:1: "), errors.get(1));
        assertTrue(errors.get(2).startsWith("broken.yaml:"), errors.get(2));
        assertTrue(errors.get(3).startsWith("q.yaml:17:10: "), errors.get(3));
        assertTrue(errors.get(4).contains("partial.yaml: Half Known AG leaves 27 questions unanswered"), errors.get(4));
    }

    @Test
    void validateReportsMissingAnswersLikeBatchMode() {
        CliRunner.Result r = new CliRunner().run("validate", "examples/partial.yaml");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("examples/partial.yaml: Half Known AG leaves 27 questions unanswered: "
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
