package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sifc.prompt.TerminalPrompter;
import dev.sifc.prompt.VirtualScreen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The re-check workflow as a user meets it: an interview keeps the client's answers, the next one
 * starts from them and the report lists what changed; drafts are offered, continued, removed; the
 * drafts command lists and removes them; history --forget forgets the kept answers.
 */
class RecheckTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path state;

    /** The answers of examples/fire.yaml, one plain-mode line each. */
    private static String fireLines() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("examples/fire.yaml"))) {
            if (line.startsWith("  ")) {
                sb.append(line.substring(line.indexOf(": ") + 2).replace("\"", "")).append('\n');
            }
        }
        return sb.toString();
    }

    private CliRunner runner(String date) {
        return new CliRunner().env("XDG_STATE_HOME", state.toString()).on(date);
    }

    /** A first interview of ACME GmbH on 2026-11-01, from a pipe: its answers are kept. */
    private void firstInterview() throws IOException {
        CliRunner.Result first = runner("2026-11-01").stdin(fireLines()).run("--client", "ACME GmbH", "--format", "json");
        assertEquals(0, first.code(), first::toString);
        assertTrue(json(first.out()).get("answerChanges").isJsonNull(), "a first assessment has nothing to compare with");
    }

    private static JsonObject json(String out) {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    private List<Path> files(String folder) throws IOException {
        Path dir = state.resolve("should-i-fire-client").resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private CompletableFuture<CliRunner.Result> onTerminal(VirtualScreen vs, String date, String... args) {
        CliRunner r = runner(date).terminal(true, true)
                .terminals((messages, colour) -> new TerminalPrompter(vs.terminal(), messages, colour, false));
        return CompletableFuture.supplyAsync(() -> r.run(args));
    }

    @Test
    void theLastAnswersAreKeptPrivatelyOnlyWhenTheAssessmentIsRecorded() throws IOException {
        CliRunner.Result off = runner("2026-11-01").stdin(fireLines()).run("--client", "ACME GmbH", "--no-history");
        assertEquals(0, off.code(), off::toString);
        CliRunner.Result unnamed = runner("2026-11-01").stdin(fireLines()).run();
        assertEquals(0, unnamed.code(), unnamed::toString);
        assertEquals(List.of(), files("answers"), "--no-history and an unnamed client keep nothing");
        CliRunner.Result batch = runner("2026-11-01").run("--answers", "examples/portfolio.yaml");
        assertEquals(0, batch.code(), batch::toString);
        assertEquals(List.of(), files("answers"), "answers files are the user's own record: nothing is copied");
        firstInterview();
        List<Path> kept = files("answers");
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).getFileName().toString().matches("acme-gmbh-[0-9a-f]{12}\\.json"), kept.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.get(0))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.get(0).getParent())));
        String content = Files.readString(kept.get(0));
        assertTrue(content.contains("\"client\": \"ACME GmbH\"") && content.contains("\"verdict\": \"fire\"")
                && content.contains("\"unreasonable-demands.after-hours\": \"often\""), content);
    }

    /** A pipe in place of the client's kept answers is never opened: one warning, the report and the exit code unchanged. */
    @Test
    void aPipeInPlaceOfTheKeptAnswersIsNeverOpened() throws Exception {
        firstInterview();
        Path kept = files("answers").get(0);
        Files.delete(kept);
        assertEquals(0, new ProcessBuilder("mkfifo", kept.toString()).start().waitFor());
        assertTimeoutPreemptively(LIMIT, () -> {
            CliRunner.Result r = runner("2026-12-01").stdin(fireLines()).run("--client", "ACME GmbH");
            assertEquals(0, r.code(), r::toString);
            assertFalse(r.err().contains("Re-check of"), "nothing to offer");
            assertTrue(r.err().endsWith("should-i-fire-client: warning: the answers were not kept for the next re-check: "
                    + kept.getFileName() + " is a named pipe (FIFO), not a regular file; move it out of the way;"
                    + " only regular files are used there\n"), r.err());
            assertTrue(r.out().contains("Verdict: "), r.out());
        });
    }

    /** In the arrow-key screens: Enter on the choice, one key changes question 1, Enter keeps the other 30. */
    @Test
    void aReCheckInTheTerminalTakesKeysOnlyForWhatChanged() throws IOException {
        firstInterview();
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-12-01", "--client", "acme gmbh", "--format", "json");
                String choice = vs.waitFor("❯ 1  Start from last time's answers (Nov 1, 2026, 31 of 31 answered)");
                assertTrue(choice.contains("Re-check of ACME GmbH, last assessed on Nov 1, 2026 (let go)."), choice); // as first written
                vs.type("\r");
                vs.when("❯  4  Often  (current answer)", "2\r"); // often → rarely
                for (int i = 2; i <= 31; i++) {
                    vs.when("Question " + i + " of 31", "\r");
                }
                vs.when("❯ ✔ Confirm", "\r");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(0, r.code(), r::toString);
                JsonObject changes = json(r.out()).getAsJsonObject("answerChanges");
                assertEquals("2026-11-01", changes.get("since").getAsString());
                JsonArray list = changes.getAsJsonArray("changes");
                assertEquals(1, list.size(), list::toString);
                assertEquals("unreasonable-demands.after-hours", list.get(0).getAsJsonObject().get("question").getAsString());
                assertEquals("often", list.get(0).getAsJsonObject().get("from").getAsString());
                assertEquals("rarely", list.get(0).getAsJsonObject().get("to").getAsString());
                assertEquals(4, json(r.out()).get("schemaVersion").getAsInt());
            }
        });
        assertTrue(Files.readString(files("answers").get(0)).contains("\"unreasonable-demands.after-hours\": \"rarely\""),
                "the re-check's answers are the next one's start");
    }

    /**
     * A re-check stopped before anything changed keeps no draft (the last answers are kept already);
     * one stopped after a change keeps a draft, and continuing it walks every question again rather
     * than jumping to the review, since all of them have an answer.
     */
    @Test
    void aStoppedReCheckKeepsADraftOnlyOfWhatChangedAndResumesAtTheStart() throws IOException {
        firstInterview();
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-12-01", "--client", "ACME GmbH");
                vs.when("❯ 1  Start from last time's answers", "\r");
                vs.when("Question 1 of 31", "\003");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(130, r.code(), r::toString);
                assertEquals("\nStopped. No answer changed since last time, so there is nothing to save.\n", r.err());
                assertEquals(List.of(), files("drafts"));
            }
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-12-01", "--client", "ACME GmbH");
                vs.when("❯ 1  Start from last time's answers", "\r");
                vs.when("❯  4  Often  (current answer)", "5\r"); // often → always
                vs.when("Question 2 of 31", "\003");
                assertEquals(130, run.get(10, TimeUnit.SECONDS).code());
                assertEquals(1, files("drafts").size());
            }
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-12-02", "--client", "ACME GmbH");
                vs.when("❯ 1  Continue your draft of ", "\r");
                String first = vs.waitFor("Question 1 of 31");
                assertTrue(first.contains("Always  (current answer)"), first);
                vs.type("\003");
                assertEquals(130, run.get(10, TimeUnit.SECONDS).code());
            }
        });
    }

    /** The same from a pipe in plain mode: an empty line takes the offer, and one keeps each answer. */
    @Test
    void aReCheckFromAPipeReportsExactlyTheOneChangeInBothLanguages() throws IOException {
        firstInterview();
        String lines = "\n" + "always\n" + "\n".repeat(30) + "\n";
        CliRunner.Result r = runner("2026-12-01").stdin(lines).run("--client", "ACME GmbH");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("  1) Start from last time's answers (Nov 1, 2026, 31 of 31 answered)\n  2) Start afresh\n"), r.err());
        assertTrue(r.err().contains("  4) Often  (current answer)\n"), r.err());
        assertTrue(r.out().contains("\nChanged since Nov 1, 2026\n  • “How often does the client contact you outside your working"), r.out());
        assertTrue(r.out().contains("”: Often → Always\n\nWhy\n"), r.out());

        CliRunner.Result same = runner("2026-12-02").stdin("\n" + "\n".repeat(31) + "\n").run("--client", "ACME GmbH", "--lang", "de");
        assertEquals(0, same.code(), same::toString);
        assertTrue(same.err().contains("Nachprüfung von ACME GmbH, zuletzt bewertet am 01.12.2026"), same.err());
        assertTrue(same.out().contains("\nSeit 01.12.2026 hat sich keine Antwort geändert.\n"), same.out());

        CliRunner.Result md = runner("2026-12-03").stdin("\n" + "s\n" + "\n".repeat(30) + "\n")
                .run("--client", "ACME GmbH", "--format", "markdown");
        assertEquals(0, md.code(), md::toString);
        assertTrue(md.out().contains("\n## Changed since Dec 2, 2026\n\n- “How often does the client contact you"), md.out());
        assertTrue(md.out().contains("”: Always → skipped\n"), md.out());
    }

    /** A script written before the offer existed starts with an answer: it answers question 1, and all runs as before. */
    @Test
    void aScriptWhoseFirstLineIsAnAnswerStartsAfreshAsBefore() throws IOException {
        firstInterview();
        CliRunner.Result r = runner("2026-12-01").stdin(fireLines()).run("--client", "ACME GmbH", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertEquals(0, json(r.out()).getAsJsonObject("answerChanges").getAsJsonArray("changes").size());
        assertEquals(new CliRunner().run("--answers", "examples/fire.yaml", "--format", "json", "--no-history").out()
                .replace("Nightmare Ltd", "ACME GmbH").replaceAll("\"history\":.*", ""),
                r.out().replaceAll("\"history\":.*", ""));
    }

    /** Kept answers of another questionnaire version are used only where the question still takes them. */
    @Test
    void keptAnswersThatNoLongerFitAreAskedAfresh() throws IOException {
        firstInterview();
        Path kept = files("answers").get(0);
        String edited = Files.readString(kept).replace("\"version\": 2", "\"version\": 1")
                .replace("\"unreasonable-demands.after-hours\": \"often\"", "\"unreasonable-demands.after-hours\": \"weekly\"")
                .replace("\"unreasonable-demands.like-employee\"", "\"gone.question\"");
        Files.writeString(kept, edited);
        CliRunner.Result r = runner("2026-12-01").stdin("\n" + "often\nalways\n" + "\n".repeat(29) + "\n")
                .run("--client", "ACME GmbH", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("(Nov 1, 2026, 29 of 31 answered)"), r.err());
        JsonArray changes = json(r.out()).getAsJsonObject("answerChanges").getAsJsonArray("changes");
        assertEquals(2, changes.size(), changes::toString);
        assertTrue(changes.get(0).getAsJsonObject().get("from").isJsonNull(), "an answer that no longer fits was no answer");
    }

    @Test
    void stoppingBeforeAnyAnswerSavesNoDraftEvenWithAName() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-11-01", "--client", "Beta AG");
                vs.when("Press Enter to start", "\r");
                vs.when("Question 1 of 31", "\003");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(130, r.code(), r::toString);
                assertEquals("\nStopped. Nothing was answered yet, so there is nothing to save.\n", r.err());
                assertEquals(List.of(), files("drafts"));
            }
        });
    }

    /** A draft is offered, continued with b into its answers, stopped again (still one draft), then finished (gone). */
    @Test
    void aDraftIsOfferedContinuedIntoAndRemovedOnceFinished() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-11-01", "--client", "Beta AG");
                vs.when("Press Enter to start", "\r");
                for (int i = 1; i <= 10; i++) {
                    vs.when("Question " + i + " of 31", "3\r");
                }
                vs.when("Question 11 of 31", "\003");
                assertEquals(130, run.get(10, TimeUnit.SECONDS).code());
            }
            List<Path> first = files("drafts");
            assertEquals(1, first.size());
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-11-02", "--client", "beta ag");
                String offer = vs.waitFor("❯ 1  Continue your draft of ");
                assertTrue(offer.contains("(10 of 31 answered)") && offer.contains("   2  Start afresh"), offer);
                vs.type("\r");
                vs.when("Question 11 of 31", "b");
                vs.when("Question 10 of 31", "b");
                String nine = vs.waitFor("Question 9 of 31");
                assertTrue(nine.contains("❯  3  They treat it as a cost to squeeze  (current answer)"), nine);
                vs.type("1\r");
                vs.when("Question 10 of 31", "\r");
                vs.when("Question 11 of 31", "\003");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(130, r.code(), r::toString);
                assertEquals(first, files("drafts"), "continuing and stopping again leaves the one draft");
                assertTrue(r.err().contains("Your 10 answers are saved in " + first.get(0)), r.err());
            }
            try (VirtualScreen vs = new VirtualScreen(100, 30)) {
                var run = onTerminal(vs, "2026-11-03", "--answers", first.get(0).toString(), "--format", "json");
                vs.when("Continuing your draft for Beta AG: 10 of 31 answered", "\r");
                for (int i = 11; i <= 31; i++) {
                    vs.when("Question " + i + " of 31", "1\r");
                }
                vs.when("❯ ✔ Confirm", "\r");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(0, r.code(), r::toString);
                assertEquals("values", json(r.out()).getAsJsonObject("answers").get(
                        "everything-for-nothing.values-work").getAsString(), "the answer changed on the way back");
                assertEquals(List.of(), files("drafts"), "a finished draft is removed");
            }
        });
    }

    /** A user's own partial file is completed, never removed or rewritten. */
    @Test
    void aUsersOwnPartialFileIsNeverRemoved() throws IOException {
        Path own = state.resolve("mine.yaml");
        Files.writeString(own, "client: Own Co\nanswers:\n  unreasonable-demands.after-hours: often\n");
        CliRunner.Result r = runner("2026-11-01").terminal(true, false).stdin("1\n".repeat(30) + "\n")
                .run("--answers", own.toString(), "--plain");
        assertEquals(0, r.code(), r::toString);
        assertEquals("client: Own Co\nanswers:\n  unreasonable-demands.after-hours: often\n", Files.readString(own));
    }

    /** A typo in a typed name: b at question 1 reaches the name, and the review's name row changes it again. */
    @Test
    void theNameIsEditableFromQuestionOneAndFromTheReview() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (VirtualScreen vs = new VirtualScreen(100, 40)) {
                var run = onTerminal(vs, "2026-11-01", "--format", "json");
                vs.when("Client's name", "ACME GmbJ\r");
                vs.when("Question 1 of 31", "b");
                String name = vs.waitFor("Correct the client's name");
                assertTrue(name.contains("ACME GmbJ▏"), name);
                vs.type("\177H\r");
                String q1 = vs.waitFor("Question 1 of 31");
                assertTrue(q1.contains("ACME GmbH · Question 1 of 31"), q1);
                for (int i = 1; i <= 31; i++) {
                    vs.when("Question " + i + " of 31", "1\r");
                }
                String review = vs.waitFor("❯ ✔ Confirm");
                assertTrue(review.contains("       ACME GmbH"), review);
                vs.type(vs.key(Capability.key_down) + "\r");
                vs.when("Correct the client's name", "\177".repeat(4) + "AG\r");
                vs.when("❯     ACME AG", vs.key(Capability.key_up) + "\r");
                CliRunner.Result r = run.get(10, TimeUnit.SECONDS);
                assertEquals(0, r.code(), r::toString);
                assertEquals("ACME AG", json(r.out()).get("client").getAsString());
            }
        });
    }

    @Test
    void theDraftsCommandListsAndRemoves() throws IOException {
        for (String client : new String[] {"Pipe Co", "Other Ltd"}) {
            CliRunner.Result r = runner("2026-11-01").stdin("often\nnever\n").run("--client", client);
            assertEquals(2, r.code(), r::toString);
        }
        List<Path> drafts = files("drafts");
        assertEquals(2, drafts.size());
        CliRunner.Result list = runner("2026-11-01").run("drafts");
        assertEquals(0, list.code(), list::toString);
        String[] lines = list.out().lines().toArray(String[]::new);
        assertEquals(3, lines.length, list.out());
        assertTrue(lines[0].matches("Client +Answered +Saved +File"), lines[0]);
        assertTrue(list.out().contains("Pipe Co    2 of 31   "), list.out());
        CliRunner.Result jsonl = runner("2026-11-01").run("drafts", "--format", "json");
        assertEquals(2, jsonl.out().lines().count());
        JsonObject one = json(jsonl.out().lines().filter(l -> l.contains("Pipe Co")).findFirst().orElseThrow());
        assertEquals(2, one.get("answered").getAsInt());
        assertEquals(31, one.get("total").getAsInt());
        assertTrue(Files.exists(Path.of(one.get("path").getAsString())));

        CliRunner.Result declined = runner("2026-11-01").terminal(true, true).stdin("n\n").run("drafts", "--remove", "pipe co");
        assertEquals("Remove 1 draft of Pipe Co? This cannot be undone. [y/N] ", declined.err());
        assertEquals("Nothing was removed.\n", declined.out());
        assertEquals(2, files("drafts").size());
        CliRunner.Result removed = runner("2026-11-01").terminal(true, true).stdin("y\n").run("drafts", "--remove", "pipe co");
        assertEquals("Removed 1 draft of Pipe Co.\n", removed.out());
        assertEquals(1, files("drafts").size());
        CliRunner.Result unknown = runner("2026-11-01").run("drafts", "--remove", "Pipe Co");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("should-i-fire-client: no drafts of \"Pipe Co\" in "), unknown.err());
        // --remove takes a whole name, as --forget does; a start, or a name close to one, is suggested.
        Path folder = drafts.get(0).getParent();
        CliRunner.Result start = runner("2026-11-01").run("drafts", "--remove", "other");
        assertEquals(2, start.code(), start::toString);
        assertEquals("should-i-fire-client: no drafts of \"other\" in " + folder + "; did you mean \"Other Ltd\"?\n", start.err());
        CliRunner.Result typo = runner("2026-11-01").run("drafts", "--remove", "Othre Ltd", "--lang", "de");
        assertEquals("should-i-fire-client: keine Entwürfe von „Othre Ltd“ in " + folder + "; meintest du „Other Ltd“?\n", typo.err());
        assertEquals(1, files("drafts").size());
        CliRunner.Result all = runner("2026-11-01").run("drafts", "--all");
        assertEquals("Removed 1 draft.\n", all.out(), "a script needs no --yes");
        CliRunner.Result none = runner("2026-11-01").run("drafts");
        assertEquals(0, none.code());
        assertTrue(none.err().startsWith("No drafts in "), none.err());
        CliRunner.Result both = runner("2026-11-01").run("drafts", "--all", "--remove", "X");
        assertEquals(2, both.code());
        assertEquals("should-i-fire-client: --remove CLIENT and --all cannot be combined: give one of them\n", both.err());
        CliRunner.Result help = runner("2026-11-01").run("drafts", "--help");
        assertTrue(help.out().contains("\n  2   invalid invocation, no drafts of that client, or the drafts folder cannot\n        be used\n"),
                help.out());
        assertFalse(help.out().contains("--fail-on was given"), "the drafts command's own exit codes, not the root's");
    }

    @Test
    void historyForgetForgetsTheKeptAnswersToo() throws IOException {
        firstInterview();
        CliRunner.Result r = runner("2026-11-02").run("history", "--forget", "acme gmbh");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Forgot 1 assessment of ACME GmbH.\n"), r.out());
        assertTrue(r.out().contains("Removed the kept answers of ACME GmbH from " + state.resolve("should-i-fire-client/answers")),
                r.out());
        assertEquals(List.of(), files("answers"));
        CliRunner.Result next = runner("2026-12-01").stdin(fireLines()).run("--client", "ACME GmbH");
        assertFalse(next.err().contains("Re-check of"), "nothing is offered once forgotten");
    }
}
