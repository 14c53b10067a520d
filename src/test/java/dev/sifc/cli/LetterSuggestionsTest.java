package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report points to the letters that fit, for each verdict and stage, in text, Markdown and JSON. */
class LetterSuggestionsTest {
    private static final List<String> SCENARIOS = scenarios();

    private static final String CMD = "should-i-fire-client letter ";

    @TempDir
    Path dir;

    private static CliRunner.Result report(String scenario, String... extra) {
        List<String> args = new ArrayList<>(List.of("--answers", "src/test/resources/scenarios/" + scenario + ".yaml",
                "--no-history"));
        args.addAll(List.of(extra));
        return new CliRunner().run(args.toArray(new String[0]));
    }

    /** kind:sign (sign "-" for the ending letter) of each suggestion in the JSON report, in order. */
    private static List<String> jsonLetters(CliRunner.Result r) {
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(4, o.get("schemaVersion").getAsInt());
        List<String> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("letters")) {
            JsonObject l = e.getAsJsonObject();
            out.add(l.get("kind").getAsString() + ":" + (l.get("sign").isJsonNull() ? "-" : l.get("sign").getAsString()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "01-healthy | keep: no letter | ''",
        "15-one-sign-calm | not enough to judge, nothing shows: no letter | ''",
        "04-hours-never-stated | recalibrate, a sign showing: its first step | hours:unreasonable-demands",
        "11-silent-not-asked | recalibrate, the silent client: ask for a contact | contact:dont-respond",
        "03-ignores-told-hours | let go, move on without a letter of its own: the ending | ending:-",
        "12-silent-after-asking | let go, the silent client: the ending with the open door | ending:-",
        "05-chronic-late-payer | let go, the late payer: the ending, then the final reminder | ending:- final-reminder:slow-to-pay",
        "09-abusive-dependent | let go after a dealbreaker: the ending without the open door | ending-final:-",
        "16-all-six-often | let go, respect lacking too: the ending without the open door, no first step | ending-final:-",
        "18-abusive-slow-to-pay | let go after a dealbreaker: the late payer's balance is in the ending letter | ending-final:-",
    })
    void theReportSuggestsTheLettersThatFitInEveryFormat(String scenario, String what, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        CliRunner.Result json = report(scenario, "--format", "json");
        assertEquals(0, json.code(), json::toString);
        assertEquals(want, jsonLetters(json), what);

        CliRunner.Result text = report(scenario);
        CliRunner.Result md = report(scenario, "--format", "markdown");
        List<String> textLines = textLetters(text.out(), "Letter:");
        List<String> mdLines = md.out().lines().filter(l -> l.startsWith("Letter: ")).toList();
        assertEquals(want.size(), textLines.size(), text.out());
        assertEquals(want.size(), mdLines.size(), md.out());
        String client = "'Scenario " + scenario.substring(0, 2) + "'";
        for (int i = 0; i < want.size(); i++) {
            String command = CMD + want.get(i).substring(0, want.get(i).indexOf(':')) + " --client " + client + " --lang en";
            boolean ending = want.get(i).endsWith(":-");
            assertEquals((ending ? "  " : "    ") + "Letter: " + command, textLines.get(i), text.out());
            assertEquals("Letter: `" + command + "`", mdLines.get(i));
        }
        if (!want.isEmpty() && want.get(0).endsWith(":-")) {
            // The ending letter stands under how to end it, before the signs' advice.
            int letter = text.out().indexOf("  Letter:");
            assertTrue(letter < text.out().indexOf("\nWhat to do\n"), text.out());
            assertTrue(text.out().indexOf("\nHow to end it\n") < letter, text.out());
        }
    }

    /**
     * The letter commands of a text report, each as its indent, the label and the command on one
     * line, however the report laid it out: on the label's line, on a line of its own under it, or
     * continued with " \\" over several lines (as the shell joins them).
     */
    private static List<String> scenarios() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> textLetters(String report, String label) {
        List<String> lines = report.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.strip().startsWith(label)) {
                continue;
            }
            String indent = line.substring(0, line.indexOf(label));
            StringBuilder command = new StringBuilder(line.substring(line.indexOf(label) + label.length()).strip());
            if (command.length() == 0) {
                String next = lines.get(++i).strip();
                command.append(next);
                while (command.toString().endsWith(" \\")) {
                    command.setLength(command.length() - 2);
                    command.append(' ').append(lines.get(++i).strip());
                }
            }
            out.add(indent + label + " " + command);
        }
        return out;
    }

    /**
     * A sign that shows although its first step was taken (hours told, yet rush jobs): the report
     * says to keep to the step instead of asking for it again, and suggests no letter for it.
     */
    @Test
    void aFirstStepTakenAlreadyIsKeptToNotAskedForAgain() throws IOException {
        String keep = Files.readString(Path.of("examples/keep.yaml"), StandardCharsets.UTF_8);
        String answers = keep.replaceAll("unreasonable-demands.after-hours: \\w+", "unreasonable-demands.after-hours: often")
                .replaceAll("unreasonable-demands.last-minute: \\w+", "unreasonable-demands.last-minute: often")
                .replaceAll("unreasonable-demands.told-hours: \\w+", "unreasonable-demands.told-hours: yes")
                .replaceAll("unreasonable-demands.boundaries: \\w+", "unreasonable-demands.boundaries: respects");
        Path file = dir.resolve("told.yaml");
        Files.writeString(file, answers, StandardCharsets.UTF_8);
        CliRunner.Result r = new CliRunner().run("--answers", file.toString(), "--no-history");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("  Makes unreasonable demands (showing)\n"), r.out());
        assertTrue(r.out().contains("You have taken this first step already: keep to it"), r.out());
        assertFalse(r.out().contains("letter hours"), r.out());
        CliRunner.Result de = new CliRunner().run("--answers", file.toString(), "--no-history", "--lang", "de");
        assertTrue(de.out().contains("Diesen ersten Schritt bist du schon gegangen"), de.out());
    }

    /** Each letter line comes right after the advice of its sign: the advice paragraph, then the command. */
    @Test
    void eachSignsLetterStandsUnderItsAdvice() {
        CliRunner.Result r = report("04-hours-never-stated");
        String out = r.out();
        int heading = out.indexOf("  Makes unreasonable demands (showing)\n");
        int letter = out.indexOf("    Letter:");
        assertEquals(List.of("    Letter: " + CMD + "hours --client 'Scenario 04' --lang en"), textLetters(out, "Letter:"), out);
        assertTrue(heading > 0 && letter > heading, out);
        String between = out.substring(heading, letter);
        assertFalse(between.contains("\n\n"), "no empty line between the advice and its letter: " + between);
    }

    /** What the report points to works: every suggested command, run as it stands, prints its letter. */
    @Test
    void everySuggestedCommandPrintsItsLetter() {
        Set<String> kinds = new TreeSet<>();
        for (String scenario : SCENARIOS) {
            CliRunner.Result json = report(scenario, "--format", "json", "--lang", "de");
            for (JsonElement e : JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("letters")) {
                List<String> words = shellWords(e.getAsJsonObject().get("command").getAsString());
                assertEquals("should-i-fire-client", words.get(0));
                CliRunner.Result r = new CliRunner().run(words.subList(1, words.size()).toArray(new String[0]));
                assertEquals(0, r.code(), r::toString);
                assertTrue(r.out().startsWith("Betreff: "), r.out());
                assertTrue(r.out().contains("Guten Tag Scenario " + scenario.substring(0, 2) + ","), r.out());
                kinds.add(e.getAsJsonObject().get("kind").getAsString());
            }
        }
        // The scenarios between them reach the ending letters and first steps of several signs.
        assertTrue(kinds.containsAll(List.of("ending", "ending-final", "final-reminder", "hours", "contact")), kinds::toString);
    }

    @Test
    void germanReportsNameTheLetterInGermanAndAskForItInGerman() {
        CliRunner.Result r = report("09-abusive-dependent", "--lang", "de");
        assertEquals(List.of("  Brief: " + CMD + "ending-final --client 'Scenario 09' --lang de"), textLetters(r.out(), "Brief:"),
                r.out());
    }

    @Test
    void lettersFromAFileAreSuggestedWithThatFileInTheCommand() throws IOException {
        Files.writeString(dir.resolve("my letters.yaml"), """
                version: 1
                letters:
                  - kind: bye
                    step: ending
                    when: {en: Bye, de: Tschüss}
                    subject: {en: Bye, de: Auf Wiedersehen}
                    body: {en: "Bye, {client}.", de: "Auf Wiedersehen, {client}."}
                """, StandardCharsets.UTF_8);
        CliRunner.Result r = new CliRunner().cwd(dir).run("--answers", Path.of("src/test/resources/scenarios/09-abusive-dependent.yaml")
                .toAbsolutePath().toString(), "--no-history", "--letters", "my letters.yaml", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonObject only = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("letters").get(0).getAsJsonObject();
        assertEquals("bye", only.get("kind").getAsString());
        assertEquals(CMD + "bye --client 'Scenario 09' --lang en --letters 'my letters.yaml'", only.get("command").getAsString());
    }

    /** A broken --letters file stops the run before any question is asked, so that no answer is given for nothing. */
    @Test
    void aBrokenLettersFileIsReportedBeforeTheInterview() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "version: 1\nletters: {}\n", StandardCharsets.UTF_8);
        CliRunner.Result r = new CliRunner().cwd(dir).stdin("1\n1\n").run("--letters", "bad.yaml", "--plain");
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals("bad.yaml:2:10: expected a list for letters (lines starting with \"- \"), found key: value lines; start each item with \"- \"\n", r.err());
    }

    /** Splits a command the report suggests as a POSIX shell would: words, and single-quoted words. */
    private static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == '\\' && !quoted && i + 1 < command.length()) {
                word.append(command.charAt(++i));
            } else if (c == ' ' && !quoted) {
                if (any || word.length() > 0) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
            }
        }
        if (any || word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
