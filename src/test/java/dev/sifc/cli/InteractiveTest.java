package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sifc.prompt.TerminalPrompter;
import dev.sifc.prompt.VirtualScreen;
import dev.sifc.store.Drafts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command in interactive mode: a virtual terminal, or plain mode fed from a pipe. */
class InteractiveTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path state;

    /**
     * The answers of examples/fire.yaml as plain-mode input lines, in questionnaire order. YAML
     * quotes (as in {@code told-hours: "yes"}) are the file's business, not what a user types.
     */
    private static String fireLines() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("examples/fire.yaml"))) {
            if (line.startsWith("  ")) {
                String value = line.substring(line.indexOf(": ") + 2);
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                sb.append(value).append('\n');
            }
        }
        return sb.toString();
    }

    private static JsonObject json(String out) {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    @Test
    void plainModeFromAPipeReachesTheSameVerdictAsTheAnswersFile() throws IOException {
        CliRunner.Result piped = new CliRunner().env("XDG_STATE_HOME", state.toString()).stdin(fireLines())
                .run("--format", "json", "--client", "Nightmare Ltd");
        assertEquals(0, piped.code(), piped::toString);
        CliRunner.Result file = new CliRunner().run("--answers", "examples/fire.yaml", "--format", "json");
        assertEquals(file.out(), piped.out());
        assertTrue(piped.err().contains("[Question 1 of 31] Sign 1 of 6: Makes unreasonable demands\n"), piped.err());
    }

    @Test
    void plainModeExplainsBadLinesAndUnderstandsHelpSkipAndBack() {
        // A person at a plain terminal (a screen reader, TERM=dumb): a bad line is explained and asked again.
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", state.toString()).terminal(true, false)
                .stdin("\nsometimez\n?\n4\nb\n5\ns\n" + "1\n".repeat(29)).run("--plain", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("invalid value \"sometimez\" for \"How often does the client contact you outside your working hours"),
                "the problem names the question as the user reads it: " + r.err());
        assertFalse(r.err().contains("unreasonable-demands.after-hours"), "never the question's id: " + r.err());
        assertTrue(r.err().contains("Help: Think of the 11 pm call"), r.err());
        JsonObject answers = json(r.out()).getAsJsonObject("answers");
        assertEquals("always", answers.get("unreasonable-demands.after-hours").getAsString(), "changed after going back");
        assertEquals("skip", answers.get("unreasonable-demands.like-employee").getAsString());
    }

    /**
     * Answers from a pipe are a script: nobody is there to answer again, so the first line that is
     * not an answer ends the interview there, with its line number and the answers before it in a
     * draft (was: `yes |` re-asked until the 1 MiB cap, 80 MB of stderr).
     */
    @Test
    void aScriptsFirstWrongLineEndsTheInterviewWithItsLineNumber() throws IOException {
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", state.toString())
                .stdin("1\n2\n" + "y\n".repeat(100_000)).run("--plain", "--client", "Yes Man");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().endsWith("\n<stdin>:3:1: invalid value \"y\" for \"How often does the client expect you to rescue them with last-minute work?\";"
                + " allowed: \"Never\", \"Rarely\", \"Sometimes\", \"Often\", \"Always\", 1-5, skip; answers from a pipe or file must be valid:"
                + " fix that line, or run in a terminal to be asked again\n"), r.err());
        assertTrue(r.err().length() < 5000, r.err().length() + " characters of stderr");
        String draft = Files.readString(drafts().get(0));
        assertTrue(draft.contains("unreasonable-demands.after-hours: never\n  unreasonable-demands.like-employee: rarely\n"), draft);
    }

    /** Stdin that ends at the review (a 32nd line reopened an answer) says so, not "0 missing". */
    @Test
    void theEndOfPipedInputAtTheReviewSaysSo() throws IOException {
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", state.toString()).stdin("1\n".repeat(32)).run("--plain");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().endsWith("should-i-fire-client: stdin ended at the review, before the answers were confirmed;"
                + " every answer is in the draft\n"), r.err());
        assertEquals(1, drafts().size());
    }

    @Test
    void theEndOfPipedInputSavesADraftListsWhatIsMissingAndExits2() throws IOException {
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", state.toString()).stdin("often\nnever\n").run("--client", "Pipe Co");
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        List<Path> drafts = drafts();
        assertEquals(1, drafts.size());
        String draft = Files.readString(drafts.get(0));
        assertTrue(draft.contains("client: \"Pipe Co\"\nanswers:\n  unreasonable-demands.after-hours: often\n"
                + "  unreasonable-demands.like-employee: never\n"), draft);
        assertTrue(r.err().contains("Stopped. Your 2 answers are saved in " + drafts.get(0)), r.err());
        assertTrue(r.err().contains("Resume with: should-i-fire-client --answers " + drafts.get(0)), r.err());
        assertTrue(r.err().endsWith("should-i-fire-client: stdin ended before every question was answered (29 missing: "
                + "unreasonable-demands.last-minute, unreasonable-demands.told-hours, unreasonable-demands.boundaries, "
                + "everything-for-nothing.price-pressure, everything-for-nothing.invoice-grumbling, everything-for-nothing.extra-work (+23))\n"),
                r.err());
        // The draft resumes: the rest of the answers complete it.
        CliRunner.Result resumed = new CliRunner().env("XDG_STATE_HOME", state.toString()).stdin("1\n".repeat(29))
                .terminal(true, false).run("--answers", drafts.get(0).toString(), "--plain", "--format", "json");
        assertEquals(0, resumed.code(), resumed::toString);
        assertEquals("often", json(resumed.out()).getAsJsonObject("answers").get("unreasonable-demands.after-hours").getAsString());
    }

    @Test
    void aDumbTerminalGetsPlainPromptsOnStderr() throws IOException {
        CliRunner.Result r = new CliRunner().env("TERM", "dumb").env("XDG_STATE_HOME", state.toString()).terminal(true, true)
                .stdin("Nightmare Ltd\n" + fireLines()).run("--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("Client's name (optional; kept in your history): "), r.err());
        assertTrue(r.err().contains("  1) Never\n"), r.err());
        assertTrue(!r.err().contains("\u001b"), "no escape sequences in plain mode");
        assertEquals(new CliRunner().run("--answers", "examples/fire.yaml", "--format", "json").out(), r.out());
    }

    @Test
    void anEmptyStdinSaysHowToGiveAnswers() {
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", state.toString()).stdin("").run();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("should-i-fire-client: no answers: pass --answers FILE (see \"should-i-fire-client template\"), "
                + "or run in a terminal to be asked\n", r.err(), "the hint alone, no intro, no question");
        assertTrue(Files.notExists(state.resolve("should-i-fire-client")), "no draft");
    }

    /** An input stream that never ends: {@code prefix}, then {@code filler} for ever. */
    private static InputStream endless(String prefix, char filler) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                return pos < head.length ? head[(int) pos++] & 0xff : filler;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
    }

    /** {@code cat /dev/zero |} and {@code yes | tr -d '\n' |}: one line each, exit 2, never OutOfMemoryError. */
    @Test
    void nulBytesAndEndlessLinesOnStdinAreOneLineAndKeepWhatWasAnswered() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CliRunner.Result zeros = new CliRunner().env("XDG_STATE_HOME", state.toString()).stdinStream(endless("", '\0')).run();
            assertEquals(2, zeros.code(), zeros::toString);
            assertEquals("<stdin>:1:1: a NUL byte: this is not a text file\n", zeros.err());
            CliRunner.Result line = new CliRunner().env("XDG_STATE_HOME", state.toString()).stdinStream(endless("", 'y')).run();
            assertEquals(2, line.code(), line::toString);
            assertEquals("<stdin>:1:1: this line is longer than 64 KiB; answers and questionnaires have short lines\n", line.err());
            assertTrue(Files.notExists(state.resolve("should-i-fire-client")), "nothing answered, no draft");

            CliRunner.Result later = new CliRunner().env("XDG_STATE_HOME", state.toString())
                    .stdinStream(endless("often\nnever\n", '\0')).run("--client", "Pipe Co");
            assertEquals(2, later.code(), later::toString);
            assertEquals("", later.out());
            assertTrue(later.err().contains("Stopped. Your 2 answers are saved in "), later.err());
            assertTrue(later.err().endsWith("\n<stdin>:3:1: a NUL byte: this is not a text file\n"), later.err());
            String draft = Files.readString(drafts().get(0));
            assertTrue(draft.contains("  unreasonable-demands.after-hours: often\n  unreasonable-demands.like-employee: never\n"), draft);
            assertFalse(later.err().contains("Exception") || later.err().contains("internal error"), later.err());
        });
    }

    /** {@code printf 'x\033]0;PWNED\007\n' | should-i-fire-client --plain}: what is echoed back is neutralised. */
    @Test
    void controlCharactersInPipedAnswersNeverReachTheTerminal() throws IOException {
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", state.toString()).terminal(true, false)
                .stdin("\nx\033]0;PWNED\007\n" + fireLines() + "\033[31mred\u009b\n\n").run("--plain", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("invalid value \"x?]0;PWNED?\" for \"How often does the client contact you"), r.err());
        assertTrue(r.err().contains("not an answer: \"?[31mred?\""), r.err());
        for (char c : r.err().toCharArray()) {
            assertFalse((c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0), "control character " + (int) c + " in:\n" + r.err());
        }
        CliRunner.Result typed = new CliRunner().env("TERM", "dumb").env("XDG_STATE_HOME", state.toString()).terminal(true, true)
                .stdin("Evil\033]0;PWNED\007 Ltd\n" + fireLines() + "\n").run("--format", "json");
        assertEquals(0, typed.code(), typed::toString);
        assertEquals("Evil?]0;PWNED? Ltd", json(typed.out()).get("client").getAsString());
    }

    @Test
    void noInputNeverPrompts() {
        CliRunner.Result r = new CliRunner().stdin("often\n").terminal(true, true).run("--answers", "examples/partial.yaml", "--no-input");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("27 questions about Half Known AG have no answer"), r.err());
    }

    private List<Path> drafts() throws IOException {
        Path dir = state.resolve("should-i-fire-client/drafts");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** Runs the command on a virtual terminal in the background. */
    private CompletableFuture<CliRunner.Result> onTerminal(VirtualScreen vs, String... args) {
        CliRunner runner = new CliRunner().env("XDG_STATE_HOME", state.toString()).terminal(true, true)
                .terminals((messages, colour) -> new TerminalPrompter(vs.terminal(), messages, colour, false));
        return CompletableFuture.supplyAsync(() -> runner.run(args));
    }

    @Test
    void aFullWalkThroughWithBackAndAReviewChange() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(100, 40)) {
                var run = onTerminal(vs, "--format", "json", "--save-answers", state.resolve("saved.yaml").toString());
                vs.when("Client's name", "ACME GmbH\r");
                vs.when("Question 1 of 31", vs.key(Capability.key_down) + "\r");        // rarely
                vs.when("Question 2 of 31", "b");                                       // back to 1
                vs.when("❯  2  Rarely  (current answer)", "5\r");                      // change to always
                for (int i = 2; i <= 31; i++) {
                    vs.when("Question " + i + " of 31", "2\r");
                }
                vs.when("❯ ✔ Confirm and show the verdict", vs.key(Capability.key_up) + "26\r"); // Up stays; 2, 6: item 26
                vs.when("Has the client been rude", "4\r");                             // abusive
                vs.when("❯ 26  Insults or threats", vs.key(Capability.key_home) + "\r"); // Home: confirm
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(0, r.code(), r::toString);
                JsonObject json = json(r.out());
                assertEquals("ACME GmbH", json.get("client").getAsString());
                assertEquals("fire", json.getAsJsonObject("verdict").get("id").getAsString());
                assertEquals("dealbreaker", json.getAsJsonObject("verdict").get("rule").getAsString());
                assertEquals("always", json.getAsJsonObject("answers").get("unreasonable-demands.after-hours").getAsString());
                // The draft written as the interview went is gone: the answers reached the report.
                assertEquals(List.of(), drafts(), "no draft left behind");
                // The saved answers replay to the identical report.
                CliRunner.Result replay = new CliRunner().run("--answers", state.resolve("saved.yaml").toString(), "--format", "json");
                assertEquals(r.out(), replay.out());
            }
        });
    }

    @Test
    void plainModeSaysSoWhenGoingBackToASkippedQuestion() {
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", state.toString()).terminal(true, false)
                .stdin("\ns\nb\n3\n" + "1\n".repeat(30)).run("--plain", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        String again = r.err().substring(r.err().indexOf("[Question 1 of 31]", r.err().indexOf("[Question 2 of 31]")));
        assertTrue(again.substring(0, again.indexOf("Answer (")).contains("  (skipped)\n"), again);
        assertEquals("sometimes", json(r.out()).getAsJsonObject("answers").get("unreasonable-demands.after-hours").getAsString());
    }

    /**
     * Letters answer yes-no questions at once: j ("ja") and n in German, y and n in English; on the
     * other questions j/k move, and Enter alone takes the calmest answer, never the harshest.
     */
    @Test
    void lettersAnswerYesNoQuestionsInBothLanguages() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(80, 24)) {
                var run = onTerminal(vs, "--lang", "de", "--format", "json");
                vs.when("Drück Enter, um zu beginnen", "\r");
                vs.when("Frage 1 von 31", "\r");                 // Enter alone: the calmest, "Nie"
                vs.when("Frage 2 von 31", "jj\r");               // j moves on a list: from "Nie" to option 3
                vs.when("Frage 3 von 31", "s");
                String yesNo = vs.waitFor("Frage 4 von 31");
                assertTrue(yesNo.contains("j ja · n nein"), yesNo);
                vs.type("j");                                    // told-hours: ja, without Enter
                vs.when("Frage 5 von 31", "s");
                vs.when("Frage 6 von 31", "n");                   // price-pressure: nein
                vs.when("Frage 7 von 31", "\003");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(130, r.code(), r::toString);
                String draft = Files.readString(drafts().get(0));
                assertTrue(draft.contains("unreasonable-demands.after-hours: never"), draft);
                assertTrue(draft.contains("unreasonable-demands.like-employee: sometimes"), draft);
                assertTrue(draft.contains("unreasonable-demands.told-hours: yes"), draft);
                assertTrue(draft.contains("everything-for-nothing.price-pressure: no"), draft);
            }
            try (VirtualScreen vs = new VirtualScreen(80, 24)) {
                var run = onTerminal(vs, "--lang", "en", "--format", "json", "--client", "Yes Man");
                vs.when("Press Enter to start", "\r");
                for (int i = 1; i <= 3; i++) {
                    vs.when("Question " + i + " of 31", "s");
                }
                vs.when("Question 4 of 31", "y");
                vs.when("Question 5 of 31", "s");
                String yesNo = vs.waitFor("Question 6 of 31");
                assertTrue(yesNo.contains("❯  2  No"), "a yes-no question starts on its calmer answer: " + yesNo);
                vs.type("\r");
                vs.when("Question 7 of 31", "\003");
                assertEquals(130, run.get(10, TimeUnit.SECONDS).code());
                String draft = drafts().stream().map(InteractiveTest::read).filter(d -> d.contains("Yes Man")).findFirst().orElseThrow();
                assertTrue(draft.contains("unreasonable-demands.told-hours: yes"), draft);
                assertTrue(draft.contains("everything-for-nothing.price-pressure: no"), "Enter alone took no: " + draft);
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void ctrlCHalfWaySavesADraftThatResumesToTheEnd() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Path draft;
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "--client", "Half Way");
                vs.when("Press Enter to start", "\r");
                for (int i = 1; i <= 10; i++) {
                    vs.when("Question " + i + " of 31", "3\r");
                }
                vs.when("Question 11 of 31", "\003");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(130, r.code(), r::toString);
                assertEquals("", r.out());
                assertEquals(1, drafts().size(), "one draft per interview, rewritten after every answer");
                draft = drafts().get(0);
                assertTrue(r.err().contains("Stopped. Your 10 answers are saved in " + draft), r.err());
                assertTrue(r.err().contains("Resume with: should-i-fire-client --answers " + draft), r.err());
                assertTrue(!r.err().contains("Exception"), r.err());
            }
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "--answers", draft.toString(), "--format", "json");
                vs.when("Continuing your draft for Half Way: 10 of 31 answered", "\r");
                for (int i = 11; i <= 31; i++) {
                    vs.when("Question " + i + " of 31", "1\r");
                }
                vs.when("❯ ✔ Confirm", "\r");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(0, r.code(), r::toString);
                assertEquals(List.of(), drafts(), "the finished draft is removed");
                JsonObject answers = json(r.out()).getAsJsonObject("answers");
                assertEquals(31, answers.size());
                assertEquals("sometimes", answers.get("unreasonable-demands.after-hours").getAsString());
                assertEquals("Half Way", json(r.out()).get("client").getAsString());
            }
        });
    }

    @Test
    void saveAnswersRefusesToOverwriteWithoutForce() throws IOException {
        Path existing = Files.writeString(state.resolve("taken.yaml"), "keep me\n");
        CliRunner.Result r = new CliRunner().run("--answers", "examples/keep.yaml", "--save-answers", existing.toString());
        assertEquals(2, r.code());
        assertEquals("should-i-fire-client: " + existing + " already exists; pass --force to overwrite it, or choose another file\n",
                r.err());
        assertEquals("keep me\n", Files.readString(existing));
        CliRunner.Result forced = new CliRunner().run("--answers", "examples/keep.yaml", "--save-answers", existing.toString(), "--force");
        assertEquals(0, forced.code(), forced::toString);
        assertTrue(Files.readString(existing).contains("client: \"Good Bakery\""));
    }

    @Test
    void stoppingBeforeAnyAnswerSavesNothing() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs);
                vs.when("Client's name", "\003");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(130, r.code());
                assertEquals("\nStopped. Nothing was answered yet, so there is nothing to save.\n", r.err());
                assertTrue(Files.notExists(state.resolve("should-i-fire-client")));
            }
        });
    }

    @Test
    void draftNamesAreReadableFileNames() {
        assertEquals("muller-sohne", Drafts.slug("Müller & Söhne"));
        assertEquals("strasse-gmbh", Drafts.slug("Straße GmbH"));
        assertEquals("client", Drafts.slug("../../"));
        assertEquals("client", Drafts.slug(null));
    }
}
