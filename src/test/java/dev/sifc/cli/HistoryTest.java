package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history as a user meets it: assess a client twice, see the trend, list, look back, forget. */
class HistoryTest {
    @TempDir
    Path dir;

    /** Startup Inc from the examples, with different names and answers written to a.yaml. */
    @SuppressWarnings("MathAbsoluteNegative") // only a file name: a minus sign in it would do no harm
    private Path answers(String client, String replaceFrom, String replaceTo) throws IOException {
        String text = Files.readString(Path.of("examples/recalibrate.yaml"))
                .replace("client: Startup Inc", "client: " + client)
                .replace(replaceFrom, replaceTo);
        Path file = dir.resolve(client.strip().replace(' ', '_') + "-" + Math.abs(replaceTo.hashCode()) + ".yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path history(CliRunner runner) {
        return runner.stateDir().resolve("history.jsonl");
    }

    @Test
    void twoAssessmentsOfOneClientShowTheTrend() throws IOException {
        CliRunner runner = new CliRunner();
        // First: silent for long stretches and always waiting for input: serious enough to recalibrate.
        CliRunner.Result first = runner.on("2026-08-01").run("--answers",
                answers("ACME GmbH", "dont-respond.missing-input: often", "dont-respond.missing-input: always").toString());
        assertEquals(0, first.code(), first::toString);
        assertFalse(first.out().contains("Since "), "a first assessment has nothing to compare");
        assertTrue(first.out().contains("Check again on Aug 31, 2026 (in 30 days), to see whether the changes work."), first.out());

        // Three months later, the client answers when you need them.
        CliRunner.Result second = runner.on("2026-11-01").run("--answers",
                answers("ACME GmbH", "dont-respond.disappears: yes", "dont-respond.disappears: no").toString());
        assertEquals(0, second.code(), second::toString);
        assertEquals("", second.err());
        assertTrue(second.out().startsWith("""
                Should I fire this client? · ACME GmbH

                  Verdict: Recalibrate the relationship   overall score 38/100
                  Since Aug 1, 2026: still recalibrate, score 75 → 38 (−37)

                Warning signs
                  1  Makes unreasonable demands    ███░░░░░░░  25  not showing  (±0)
                  2  Wants everything for nothing  █░░░░░░░░░  14  not showing  (±0)
                  3  Is always slow to pay         ░░░░░░░░░░   0  not showing  (±0)
                  4  Doesn't listen to you         ░░░░░░░░░░   0  not showing  (±0)
                  5  Doesn't respond to you        ████░░░░░░  38  showing      (−37)
                  6  Shows no basic respect        ░░░░░░░░░░   0  not showing  (±0)
                """), second.out());
        assertTrue(second.out().contains("\nWhat would change the verdict\n  • If “How often do you wait for information, approvals or input you need\n"), second.out());
        assertTrue(second.out().contains("\nCheck again on Dec 1, 2026 (in 30 days), to see whether the changes work.\n"), second.out());

        // The next day, the same in JSON, for scripts; the name written differently is the same client.
        CliRunner.Result json = runner.on("2026-11-02").run("--answers",
                answers("  acme GMBH ", "dont-respond.disappears: yes", "dont-respond.disappears: no").toString(), "--format", "json");
        JsonObject h = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("history");
        assertEquals("recalibrate", h.getAsJsonObject("previous").get("verdict").getAsString());
        assertEquals(38, h.getAsJsonObject("previous").get("score").getAsInt());
        assertEquals("2026-11-01T12:00:00Z", h.getAsJsonObject("previous").get("at").getAsString());
        assertEquals(0, h.get("scoreDelta").getAsInt());
        assertEquals(0, h.getAsJsonObject("signDeltas").get("dont-respond").getAsInt());
        assertEquals("2026-12-02", h.get("recheckOn").getAsString());

        // The overview: one client, named as first written, three assessments, a sparkline (as in the README).
        CliRunner.Result list = runner.run("history");
        assertEquals(0, list.code(), list::toString);
        assertEquals("Client     Verdict      Score  Last          Next check          Count  Trend\n"
                + "ACME GmbH  recalibrate     38  Nov 2, 2026   Dec 2, 2026             3  ▆▄▄\n", list.out());
        // A month later the re-check is due, and the overview says so.
        CliRunner.Result due = runner.on("2026-12-05").run("history");
        assertTrue(due.out().contains("  Dec 2, 2026 (due)       3  ▆▄▄\n"), due.out());

        // The timeline of one client, found whatever the case (as in the README).
        CliRunner.Result timeline = runner.run("history", "acme gmbh");
        assertEquals(0, timeline.code(), timeline::toString);
        assertEquals("""
                ACME GmbH
                Signs: 1 Makes unreasonable demands · 2 Wants everything for nothing · 3 Is
                always slow to pay · 4 Doesn't listen to you · 5 Doesn't respond to you · 6
                Shows no basic respect

                Date          Verdict      Score     Change   1   2   3   4   5   6
                Aug 1, 2026   recalibrate     75          –  25  14   0   0  75   0
                Nov 1, 2026   recalibrate     38        −37  25  14   0   0  38   0
                Nov 2, 2026   recalibrate     38         ±0  25  14   0   0  38   0

                3 assessments
                """, timeline.out());
    }

    @Test
    void historyAsJsonLines() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        runner.run("--answers", "examples/portfolio.yaml");
        CliRunner.Result list = runner.run("history", "--format", "json");
        assertEquals(0, list.code(), list::toString);
        List<JsonObject> clients = list.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        // In the overview's order: nothing is due yet, so by verdict, worst first; then by name.
        assertEquals(List.of("Nightmare Ltd", "Shouty GmbH", "Startup Inc", "Good Bakery"),
                clients.stream().map(o -> o.get("client").getAsString()).toList());
        assertEquals("fire", clients.get(1).getAsJsonObject("latest").get("verdict").getAsString());
        assertEquals("2026-05-19", clients.get(1).getAsJsonObject("latest").get("recheckOn").getAsString());
        assertEquals(1, clients.get(1).getAsJsonArray("recentScores").size());

        CliRunner.Result one = runner.run("history", "startup inc", "--format", "json");
        JsonObject record = JsonParser.parseString(one.out().strip()).getAsJsonObject();
        assertEquals(1, record.get("schema").getAsInt());
        assertEquals("Startup Inc", record.get("client").getAsString());
        assertEquals("recalibrate", record.get("verdict").getAsString());
        assertEquals(63, record.getAsJsonObject("signs").get("dont-respond").getAsInt());
    }

    @Test
    void forgetRemovesOneClientAndKeepsTheRest() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        runner.run("--answers", "examples/portfolio.yaml");
        runner.on("2026-05-06").run("--answers", "examples/fire.yaml"); // the same answers: on the same day, no record
        String before = Files.readString(history(runner));
        CliRunner.Result forgot = runner.run("history", "--forget", "NIGHTMARE LTD");
        assertEquals(0, forgot.code(), forgot::toString);
        assertEquals("Forgot 2 assessments of Nightmare Ltd.\n", forgot.out());
        String after = Files.readString(history(runner));
        assertEquals(before.lines().filter(l -> !l.contains("\"Nightmare Ltd\"")).toList(), after.lines().toList());

        CliRunner.Result again = runner.run("history", "--forget", "Nightmare Ltd");
        assertEquals(2, again.code());
        assertTrue(again.err().startsWith("should-i-fire-client: no assessments of \"Nightmare Ltd\" in "), again.err());
        CliRunner.Result typo = runner.run("history", "Startup Ink");
        assertEquals(2, typo.code());
        assertTrue(typo.err().endsWith("did you mean \"Startup Inc\"?\n"), typo.err());
        assertEquals(1, typo.err().lines().count());
    }

    /** Asked for, so not warned about: the report, and the exit code, are those of a recorded run. */
    @Test
    void noHistorySkipsRecordingSilentlyWithTheSameExitCode() {
        CliRunner runner = new CliRunner().on("2026-05-05");
        CliRunner.Result r = runner.run("--answers", "examples/portfolio.yaml", "--no-history", "--fail-on", "fire");
        assertEquals(3, r.code(), r::toString);
        assertEquals("", r.err());
        assertFalse(Files.exists(history(runner)));
        assertTrue(runner.run("history").err().startsWith("No assessments recorded yet in "));
        CliRunner.Result recorded = new CliRunner().on("2026-05-05").run("--answers", "examples/portfolio.yaml", "--fail-on", "fire");
        assertEquals(recorded.out(), r.out());
        // An interview too; and "not enough to judge", which --no-history would not record either, is not told.
        CliRunner.Result asked = runner.stdin("2\n".repeat(31)).run("--client", "Piped Co", "--plain", "--no-history");
        assertEquals(0, asked.code(), asked::toString);
        assertFalse(asked.err().contains("should-i-fire-client: warning"), asked.err());
        CliRunner.Result unjudged = runner.run("--answers", "examples/partial.yaml", "--allow-missing", "--no-history");
        assertEquals(0, unjudged.code(), unjudged::toString);
        assertEquals("", unjudged.err());
        assertFalse(Files.exists(history(runner)));
    }

    /** A missing XDG_STATE_HOME is created instead (StateFilesTest); these are the folders that cannot be used. */
    @Test
    void anUnwritableStateFolderWarnsOnceAndChangesNothingElse() throws IOException {
        // A file where the folder should be: nothing can be written there, even as root.
        Files.writeString(dir.resolve("should-i-fire-client"), "not a folder");
        CliRunner blocked = new CliRunner().env("XDG_STATE_HOME", dir.toString());
        CliRunner.Result b = blocked.run("--answers", "examples/portfolio.yaml");
        assertEquals(0, b.code(), b::toString);
        assertEquals(1, b.err().lines().count(), b.err());
        assertTrue(b.err().startsWith("should-i-fire-client: warning: history not used: cannot read "), b.err());
        assertTrue(b.out().contains("Portfolio: 4 clients"), "the report is complete");

        // A folder where the lock file belongs: refused before anything is opened, said once.
        CliRunner locked = new CliRunner();
        Files.createDirectories(locked.stateDir().resolve("history.lock"));
        CliRunner.Result l = locked.run("--answers", "examples/portfolio.yaml");
        assertEquals(0, l.code(), l::toString);
        assertEquals("should-i-fire-client: warning: history not used: cannot read " + history(locked)
                + " (history.lock is a folder, not a regular file); the report shows no trend and nothing is recorded\n", l.err());
        assertFalse(Files.exists(history(locked)));
    }

    @Test
    void aRelativeXdgStateHomeIsIgnored() throws IOException {
        CliRunner runner = new CliRunner().env("XDG_STATE_HOME", "relative/state").env("HOME", dir.toString()).cwd(dir);
        CliRunner.Result r = runner.run("--answers", Path.of("examples/keep.yaml").toAbsolutePath().toString());
        assertEquals("", r.err());
        Path history = dir.resolve(".local/state/should-i-fire-client/history.jsonl");
        assertTrue(Files.exists(history));
        assertFalse(Files.exists(dir.resolve("relative")));
        // Created private: the file names clients.
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(history.getParent())));
    }

    @Test
    void damagedFutureAndCutShortLinesAreSkippedWithOneWarning() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        runner.run("--answers", "examples/keep.yaml");
        Path file = history(runner);
        String good = Files.readString(file);
        Files.writeString(file, "garbage that is not json\n"
                + good
                + "{\"schema\":99,\"at\":\"2030-01-01T00:00:00Z\",\"client\":\"Good Bakery\",\"hologram\":true}\n"
                + "\n"
                + "{\"schema\":1,\"client\":\"Good Bakery\",\"verdict\":\"fire\"}\n"
                + "{\"schema\":1,\"at\":\"2026-06-01T00:00:00Z\",\"client\":\"Good Bak", StandardCharsets.UTF_8);

        CliRunner.Result list = runner.run("history");
        assertEquals(0, list.code(), list::toString);
        assertTrue(list.out().contains("Good Bakery"), list.out());
        assertTrue(list.out().contains("  1  "), "only the one good record counts: " + list.out());
        assertEquals("should-i-fire-client: warning: skipped 4 lines of " + file + " that are not history records: "
                + "line 1 is damaged, line 3 was written by a newer version, line 5 is damaged, …\n", list.err());

        // The next assessment compares with the good record and appends on a line of its own.
        CliRunner.Result again = runner.on("2026-05-06").run("--answers", "examples/keep.yaml");
        assertTrue(again.out().contains("Since May 5, 2026: still keep"), again.out());
        assertTrue(again.err().contains("skipped 4 lines"), again.err());
        List<String> lines = Files.readString(file).lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("{\"schema\":1,\"at\":\"2026-05-06T12:00:00Z\""), lines.toString());
        assertTrue(lines.get(lines.size() - 2).endsWith("\"client\":\"Good Bak"), "the cut-short line is left alone");
        assertEquals(2, runner.run("history", "good bakery", "--format", "json").out().lines().count());
    }

    @Test
    void anUnnamedClientIsNotRecorded() throws IOException {
        CliRunner runner = new CliRunner();
        Path file = dir.resolve("anon.yaml");
        Files.writeString(file, Files.readString(Path.of("examples/keep.yaml")).replace("client: Good Bakery\n", ""));
        CliRunner.Result r = runner.run("--answers", file.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertFalse(Files.exists(history(runner)));
    }

    @Test
    void forgetWithAClientArgumentIsAUsageError() {
        CliRunner.Result r = new CliRunner().run("history", "A", "--forget", "B");
        assertEquals(2, r.code());
        assertEquals("should-i-fire-client: give either CLIENT or --forget CLIENT, not both\n", r.err());
    }

    /** The shortcut for runs about one client never hides their record, and never hides a damaged line. */
    @Test
    void aLongHistoryOfOtherClientsIsSkippedCheaplyButNotBlindly() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        runner.run("--answers", "examples/keep.yaml"); // Good Bakery
        Path file = history(runner);
        String ours = Files.readString(file);
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            others.append(ours.replace("Good Bakery", "Client " + i));
        }
        // Ours in another case and spacing, last; a damaged line and a non-ASCII client in between.
        Files.writeString(file, others + "{\"schema\":1,\"at\":\"2026-0\n"
                + ours.replace("Good Bakery", "Bäckerei Süß") + ours.replace("Good Bakery", "GOOD   bakery"));
        CliRunner.Result r = runner.on("2026-05-06").run("--answers", "examples/keep.yaml");
        assertTrue(r.out().contains("Since May 5, 2026: still keep"), r.out());
        assertEquals("should-i-fire-client: warning: skipped 1 line of " + file
                + " that are not history records: line 20001 is damaged\n", r.err());
        CliRunner.Result umlaut = runner.run("--client", "bäckerei süß", "--answers", "examples/keep.yaml");
        assertTrue(umlaut.out().contains("Since May 5, 2026: still keep"), umlaut.out());
        // A name with no ASCII letter or digit to look for: every line is decoded, and it is still found.
        Files.writeString(file, ours.replace("Good Bakery", "Ü ß"), StandardOpenOption.APPEND);
        CliRunner.Result noAscii = runner.run("--client", "ü ß", "--answers", "examples/keep.yaml");
        assertTrue(noAscii.out().contains("Since May 5, 2026: still keep"), noAscii.out());
        assertEquals(2, runner.run("history", "ü ß", "--format", "json").out().lines().count());
    }

    /** Interviews record too; and scores from another questionnaire are not compared. */
    @Test
    void anInterviewRecordsAndAnotherQuestionnaireStartsAfresh() throws IOException {
        CliRunner runner = new CliRunner().on("2026-06-01");
        CliRunner.Result asked = runner.stdin("2\n".repeat(31)).run("--client", "Piped Co", "--plain");
        assertEquals(0, asked.code(), asked::toString);
        assertTrue(Files.readString(history(runner)).contains("\"client\":\"Piped Co\""));
        CliRunner.Result again = runner.on("2026-06-02").stdin("2\n".repeat(31)).run("--client", "piped co", "--plain");
        assertTrue(again.out().contains("Since Jun 1, 2026: still "), again.out());

        // The same client under a custom questionnaire (another id): no comparison with the bundled one.
        Path custom = dir.resolve("mine.yaml");
        Files.writeString(custom, Files.readString(Path.of("questions.yaml")).replace("id: fire-client", "id: my-questions"));
        CliRunner.Result other = runner.on("2026-06-03").stdin("2\n".repeat(31))
                .run("--client", "Piped Co", "--plain", "--questions", custom.toString());
        assertEquals(0, other.code(), other::toString);
        assertFalse(other.out().contains("Since "), other.out());
        assertTrue(Files.readString(history(runner)).contains("\"questionnaire\":\"my-questions@2\""));
    }

    /** A record made with version 1 of the bundled questions is compared, and the report says the scale changed. */
    @Test
    void aComparisonAcrossQuestionnaireVersionsSaysSo() throws IOException {
        CliRunner runner = new CliRunner().on("2026-06-01");
        Path file = history(runner);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schema\":1,\"at\":\"2026-05-01T12:00:00Z\",\"client\":\"Good Bakery\",\"verdict\":\"keep\","
                + "\"score\":12,\"signs\":{},\"questionnaire\":\"fire-client@1\"}\n");
        CliRunner.Result r = runner.run("--answers", "examples/keep.yaml");
        assertEquals(0, r.code(), r::toString);
        // Wrapped to the report's 78 columns like every line of it.
        assertTrue(r.out().contains("\n  Since May 1, 2026: still keep, score 12 → 20 (+8) (then with version 1 of\n"
                        + "  the questions, now 2: the scores are not measured the same way)\n"), r.out());
    }

    /**
     * A name the history could not read back is refused on input (exit 2, one line with the
     * position), and the longest allowed name is recorded and found again.
     */
    @Test
    void clientNamesAreCappedSoThatEveryRecordCanBeReadBack() throws IOException {
        CliRunner runner = new CliRunner().on("2026-06-01");
        String huge = "Ä".repeat(16 * 1024);
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, Files.readString(Path.of("examples/keep.yaml")).replace("client: Good Bakery", "client: " + huge));
        CliRunner.Result r = runner.run("--answers", file.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals(file + ":2:9: the client's name is 16384 characters long; at most 200 are allowed\n",
                r.err().replace("should-i-fire-client: ", ""));
        CliRunner.Result option = runner.run("--answers", "examples/keep.yaml", "--client", huge);
        assertEquals(2, option.code());
        assertEquals("should-i-fire-client: --client is 16384 characters long; a client's name has at most 200\n", option.err());
        assertFalse(Files.exists(history(runner)), "nothing recorded");

        String longest = "Müller ".repeat(28) + "GmbH"; // 200 characters, more bytes
        assertEquals(200, longest.codePointCount(0, longest.length()));
        assertEquals(0, runner.run("--answers", "examples/keep.yaml", "--client", longest).code());
        CliRunner.Result again = runner.on("2026-06-02").run("--answers", "examples/keep.yaml", "--client", longest);
        assertTrue(again.out().contains("Since Jun 1, 2026: still keep"), again.out());
        assertEquals("", again.err());
    }

    /** At a terminal, --forget asks first; "n" keeps everything, "y" or --yes goes ahead. */
    @Test
    void forgetAsksAtATerminal() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        runner.run("--answers", "examples/keep.yaml");
        runner.on("2026-05-06").run("--answers", "examples/keep.yaml");
        String before = Files.readString(history(runner));

        CliRunner.Result no = runner.terminal(true, true).stdin("n\n").run("history", "--forget", "good bakery");
        assertEquals(0, no.code(), no::toString);
        assertEquals("Forget 2 assessments of Good Bakery? This cannot be undone. [y/N] ", no.err());
        assertEquals("Nothing was forgotten.\n", no.out());
        assertEquals(before, Files.readString(history(runner)));

        CliRunner.Result yes = runner.terminal(true, true).stdin("y\n").run("history", "--forget", "good bakery");
        assertEquals("Forgot 2 assessments of Good Bakery.\n", yes.out());

        runner.terminal(false, false).run("--answers", "examples/keep.yaml");
        CliRunner.Result flag = runner.terminal(true, true).stdin("").run("history", "--forget", "Good Bakery", "--yes");
        assertEquals("", flag.err());
        assertEquals("Forgot 1 assessment of Good Bakery.\n", flag.out());
    }

    /** A history that cannot be read is the user's to fix: one line, exit 2, for every history command. */
    @Test
    void anUnreadableHistoryIsOneClearLine() throws IOException {
        CliRunner runner = new CliRunner();
        Files.createDirectories(history(runner)); // a folder where the file belongs
        String why = " (history.jsonl is a folder, not a regular file); move it out of the way; only regular files are used there";
        for (String[] args : new String[][] {{"history"}, {"history", "ACME"}}) {
            CliRunner.Result r = runner.run(args);
            assertEquals(2, r.code(), r::toString);
            assertEquals("should-i-fire-client: cannot use the history " + history(runner) + why + "\n", r.err());
        }
        CliRunner.Result forget = runner.run("history", "--forget", "ACME");
        assertEquals(2, forget.code(), forget::toString);
        assertEquals("should-i-fire-client: nothing was forgotten: cannot rewrite the history " + history(runner) + why
                + "; it is unchanged\n", forget.err());
    }

    /**
     * The question before forgetting names exactly what will go, with look-alikes around: a name
     * that another one starts ("Nightmare Ltd" and "Nightmare Ltd (JSON)") and non-ASCII neighbours,
     * which the file's quick byte check lets through (issue 13: it once asked "Forget 2 assessments
     * of Müller & Söhne?" for Good Bakery).
     */
    @Test
    void forgetAsksAboutExactlyTheClientItWillForget() throws IOException {
        CliRunner runner = new CliRunner();
        for (String day : List.of("2026-05-01", "2026-05-02")) {
            runner.on(day).run("--answers", "examples/keep.yaml", "--client", "Müller & Söhne");
            runner.on(day).run("--answers", "examples/fire.yaml"); // Nightmare Ltd
        }
        runner.on("2026-05-03").run("--answers", "examples/keep.yaml"); // Good Bakery
        runner.on("2026-05-03").run("--answers", "examples/fire.json"); // Nightmare Ltd (JSON)
        runner.terminal(true, true);

        CliRunner.Result bakery = runner.stdin("n\n").run("history", "--forget", "Good Bakery");
        assertEquals("Forget 1 assessment of Good Bakery? This cannot be undone. [y/N] ", bakery.err());
        CliRunner.Result umlaut = runner.stdin("n\n").run("history", "--forget", "MÜLLER  & söhne");
        assertEquals("Forget 2 assessments of Müller & Söhne? This cannot be undone. [y/N] ", umlaut.err());
        CliRunner.Result nightmare = runner.stdin("n\n").run("history", "--forget", "nightmare ltd");
        assertEquals("Forget 2 assessments of Nightmare Ltd? This cannot be undone. [y/N] ", nightmare.err());

        CliRunner.Result json = runner.stdin("y\n").run("history", "--forget", "Nightmare Ltd (JSON)");
        assertEquals("Forget 1 assessment of Nightmare Ltd (JSON)? This cannot be undone. [y/N] ", json.err());
        assertEquals("Forgot 1 assessment of Nightmare Ltd (JSON).\n", json.out());
        runner.terminal(false, false);
        assertEquals(2, runner.run("history", "nightmare ltd", "--format", "json").out().lines().count());
        assertEquals(1, runner.run("history", "good bakery", "--format", "json").out().lines().count());

        // In German, the same exact count and name.
        CliRunner.Result de = runner.terminal(true, true).stdin("n\n").run("--lang", "de", "history", "--forget", "good bakery");
        assertEquals("1 Bewertung von Good Bakery vergessen? Das lässt sich nicht rückgängig machen. [j/N] ", de.err());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    /**
     * The same assessment of the same client on the same day is one data point, however often it is
     * run: the report (trend included) is as always, nothing is said, and no line is added. Any
     * difference (another day, another answer that moves a score, a stage, the verdict) is recorded.
     */
    @Test
    void anIdenticalAssessmentOnTheSameDayIsNotRecordedAgain() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        Path file = history(runner);
        CliRunner.Result first = runner.run("--answers", "examples/keep.yaml");
        assertEquals(1, lines(file).size());
        CliRunner.Result again = runner.clock(Clock.fixed(Instant.parse("2026-05-05T21:30:00Z"), ZoneOffset.UTC))
                .run("--answers", "examples/keep.yaml", "--client", "  GOOD bakery");
        assertEquals(0, again.code(), again::toString);
        assertEquals("", again.err());
        assertTrue(again.out().contains("\n  Since May 5, 2026: still keep, score 20 → 20 (±0)\n"), again.out());
        assertEquals(first.out().lines().count() + 1, again.out().lines().count(), "the same report, plus its trend");
        assertEquals(1, lines(file).size(), "no second record of the same day");
        assertEquals(0, runner.run("--answers", "examples/keep.yaml", "--format", "json").code());
        assertEquals(1, lines(file).size(), "the format does not matter");

        // Another answer that changes a score: recorded.
        Path changed = dir.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(Path.of("examples/keep.yaml")).replace(
                "dont-respond.missing-input: rarely", "dont-respond.missing-input: sometimes"));
        runner.run("--answers", changed.toString());
        assertEquals(2, lines(file).size());
        // Back to the first answers on the same day: not what the latest record says, so recorded.
        runner.run("--answers", "examples/keep.yaml");
        assertEquals(3, lines(file).size());
        runner.on("2026-05-06").run("--answers", "examples/keep.yaml");
        assertEquals(4, lines(file).size(), "the next day");

        // The day is the user's: at UTC+2, 21:30 and 22:30 UTC are on two days, though on one in UTC.
        CliRunner east = new CliRunner().clock(Clock.fixed(Instant.parse("2026-05-06T21:30:00Z"), ZoneOffset.ofHours(2)));
        east.run("--answers", "examples/keep.yaml");
        east.clock(Clock.fixed(Instant.parse("2026-05-06T22:30:00Z"), ZoneOffset.ofHours(2))).run("--answers", "examples/keep.yaml");
        assertEquals(2, lines(history(east)).size(), "23:30 and 00:30 local time are two days");
        east.clock(Clock.fixed(Instant.parse("2026-05-07T08:00:00Z"), ZoneOffset.ofHours(2))).run("--answers", "examples/keep.yaml");
        assertEquals(2, lines(history(east)).size(), "00:30 and 10:00 local time are one");
    }

    /** Same scores but another stage, or a record an older version wrote without stages: not a repeat. */
    @Test
    void aRepeatMeansTheSameStagesTooAndNeverGuesses() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        Path file = history(runner);
        runner.run("--answers", "examples/keep.yaml");
        String record = lines(file).get(0);
        assertTrue(record.contains("\"stages\":{\"unreasonable-demands\":\"none\","), record);
        String otherStage = record.replaceFirst("\"unreasonable-demands\":\"none\"", "\"unreasonable-demands\":\"showing\"");
        Files.writeString(file, otherStage + "\n");
        runner.run("--answers", "examples/keep.yaml");
        assertEquals(2, lines(file).size());
        Files.writeString(file, record.replaceFirst(",\"stages\":\\{[^}]*\\}", "") + "\n");
        assertFalse(lines(file).get(0).contains("stages"));
        runner.run("--answers", "examples/keep.yaml");
        assertEquals(2, lines(file).size(), "an older record is compared for the trend, and not taken as the same");
        // A stage a later version may add is no damage: the line is read, the trend shown, nothing said.
        Files.writeString(file, record.replaceFirst("\"none\"", "\"simmering\"") + "\n");
        CliRunner.Result later = runner.run("--answers", "examples/keep.yaml");
        assertEquals("", later.err());
        assertTrue(later.out().contains("Since May 5, 2026: still keep"), later.out());
    }

    /**
     * A portfolio whose third document is broken reports and records the two before it, and stops;
     * run again unchanged on the same day, it records nothing new: two records, not four.
     */
    @Test
    void rerunningAPortfolioWithABrokenDocumentDoesNotRecordTwice() throws IOException {
        Path portfolio = dir.resolve("portfolio.yaml");
        String text = Files.readString(Path.of("examples/portfolio.yaml"));
        int third = text.indexOf("client: Startup Inc");
        Files.writeString(portfolio, text.substring(0, third)
                + text.substring(third).replaceFirst("unreasonable-demands.told-hours: no", "unreasonable-demands.told-hours: perhaps"));
        CliRunner runner = new CliRunner().on("2026-05-05");
        CliRunner.Result first = runner.run("--answers", portfolio.toString());
        assertEquals(2, first.code(), first::toString);
        assertTrue(first.err().contains("invalid value \"perhaps\""), first.err());
        // The broken document does not stop the one after it.
        assertEquals(List.of("Good Bakery", "Nightmare Ltd", "Shouty GmbH"), clients(history(runner)));
        CliRunner.Result second = runner.run("--answers", portfolio.toString());
        assertEquals(2, second.code(), second::toString);
        assertEquals(first.err(), second.err());
        assertEquals(List.of("Good Bakery", "Nightmare Ltd", "Shouty GmbH"), clients(history(runner)));

        // Fixed, the same day: only the one that was missing is added.
        Files.writeString(portfolio, text);
        assertEquals(0, runner.run("--answers", portfolio.toString()).code());
        assertEquals(List.of("Good Bakery", "Nightmare Ltd", "Shouty GmbH", "Startup Inc"), clients(history(runner)));
        // And a portfolio naming one client twice with the same answers: one record.
        Files.writeString(portfolio, "client: Twice AG\n" + Files.readString(Path.of("examples/keep.yaml")).replace("client: Good Bakery\n", "")
                + "---\nclient: twice ag\n" + Files.readString(Path.of("examples/keep.yaml")).replace("client: Good Bakery\n", ""));
        assertEquals(0, runner.run("--answers", portfolio.toString()).code());
        assertEquals(5, clients(history(runner)).size());
    }

    private static List<String> clients(Path history) throws IOException {
        return lines(history).stream().map(l -> JsonParser.parseString(l).getAsJsonObject().get("client").getAsString()).toList();
    }

    /**
     * The overview puts first what needs doing: due and overdue re-checks (most overdue on top),
     * then the worst verdicts, then names; a first line says so, as the order is not alphabetical.
     * JSON Lines come in the same order.
     */
    @Test
    void theOverviewListsDueReChecksFirstThenTheWorstVerdicts() {
        CliRunner runner = new CliRunner();
        runner.on("2026-04-01").run("--answers", "examples/portfolio.yaml"); // keep 90 days, recalibrate 30, fire 14
        runner.on("2026-04-10").run("--answers", "examples/fire.yaml", "--client", "Zeta Fire"); // due on 04-24
        runner.on("2026-04-20").run("--answers", "examples/recalibrate.yaml", "--client", "Alpha Recal"); // due on 05-20
        runner.on("2026-04-20").run("--answers", "examples/keep.yaml", "--client", "Able Keep"); // due on 07-19

        CliRunner.Result list = runner.on("2026-05-01").run("history");
        assertEquals(0, list.code(), list::toString);
        assertEquals("""
                Due re-checks first, most overdue on top; then let go, recalibrate, keep
                Client         Verdict      Score  Last          Next check          Count  Trend
                Nightmare Ltd  let go         100  Apr 1, 2026   Apr 15, 2026 (due)      1  █
                Shouty GmbH    let go         100  Apr 1, 2026   Apr 15, 2026 (due)      1  █
                Zeta Fire      let go         100  Apr 10, 2026  Apr 24, 2026 (due)      1  █
                Startup Inc    recalibrate     63  Apr 1, 2026   May 1, 2026 (due)       1  ▅
                Alpha Recal    recalibrate     63  Apr 20, 2026  May 20, 2026            1  ▅
                Able Keep      keep            20  Apr 20, 2026  Jul 19, 2026            1  ▂
                Good Bakery    keep            20  Apr 1, 2026   Jun 30, 2026            1  ▂
                """, list.out());
        List<String> json = runner.on("2026-05-01").run("history", "--format", "json").out().lines()
                .map(l -> JsonParser.parseString(l).getAsJsonObject().get("client").getAsString()).toList();
        assertEquals(List.of("Nightmare Ltd", "Shouty GmbH", "Zeta Fire", "Startup Inc", "Alpha Recal", "Able Keep", "Good Bakery"),
                json);

        // In German, the same order and its line in German.
        CliRunner.Result de = runner.on("2026-05-01").run("--lang", "de", "history");
        assertTrue(de.out().startsWith("Fällige zuerst (älteste oben), dann gehen lassen, neu aufstellen, behalten\nKunde "),
                de.out());

        // Where the order is simply by name, nothing needs saying.
        CliRunner two = new CliRunner();
        two.on("2026-04-01").run("--answers", "examples/keep.yaml", "--client", "Beta Keep");
        two.on("2026-04-01").run("--answers", "examples/keep.yaml", "--client", "alpha keep");
        CliRunner.Result plain = two.on("2026-05-01").run("history");
        assertTrue(plain.out().startsWith("Client      Verdict"), plain.out());
        assertTrue(plain.out().contains("\nalpha keep  keep   "), plain.out());
    }

    /**
     * "history ACME" shows ACME GmbH when no other name starts so (case and spacing do not
     * matter); a start several names share, or no match, is one line with the candidates, exit 2.
     * --forget takes only the exact name, and suggests the names its start matches.
     */
    @Test
    void aUniqueStartOfANameFindsTheClientAndAnAmbiguousOneListsTheCandidates() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        runner.run("--answers", "examples/keep.yaml", "--client", "ACME GmbH");
        runner.run("--answers", "examples/keep.yaml", "--client", "Müller & Söhne");
        Path file = history(runner);

        CliRunner.Result acme = runner.run("history", "acme");
        assertEquals(0, acme.code(), acme::toString);
        assertTrue(acme.out().startsWith("ACME GmbH\nSigns: "), acme.out());
        assertTrue(acme.out().endsWith("\n1 assessment\n"), acme.out());
        assertEquals("", acme.err());
        assertEquals(runner.run("history", "ACME GmbH").out(), runner.run("history", "  Acme   G").out());
        assertTrue(runner.run("history", "müll").out().startsWith("Müller & Söhne\n"));
        assertEquals(1, runner.run("history", "ACME", "--format", "json").out().lines().count());

        runner.run("--answers", "examples/keep.yaml", "--client", "Acme Ltd");
        CliRunner.Result ambiguous = runner.run("history", "Acme");
        assertEquals(2, ambiguous.code(), ambiguous::toString);
        assertEquals("", ambiguous.out());
        assertEquals("should-i-fire-client: \"Acme\" could be any of 2 clients in " + file
                + "; did you mean \"ACME GmbH\", \"Acme Ltd\"?\n", ambiguous.err());
        // The exact name wins over the longer ones it starts.
        runner.run("--answers", "examples/keep.yaml", "--client", "Acme");
        assertTrue(runner.run("history", "acme").out().startsWith("Acme\n"));
        for (String name : List.of("Acme Four", "Acme Five", "Acme Six", "Acme Seven")) {
            runner.run("--answers", "examples/keep.yaml", "--client", name);
        }
        CliRunner.Result many = runner.run("history", "acme ");
        assertEquals(0, many.code(), "still the exact name");
        CliRunner.Result handful = runner.run("history", "acme f");
        assertEquals("should-i-fire-client: \"acme f\" could be any of 2 clients in " + file
                + "; did you mean \"Acme Five\", \"Acme Four\"?\n", handful.err());
        CliRunner.Result capped = runner.run("history", "ac");
        assertEquals("should-i-fire-client: \"ac\" could be any of 7 clients in " + file + "; did you mean \"Acme\", "
                + "\"Acme Five\", \"Acme Four\", \"ACME GmbH\", \"Acme Ltd\" or 2 more?\n", capped.err());

        // Nothing starts so: the names it is a later part of; else the nearest name when one is close, as
        // before; German speaks German.
        CliRunner.Result part = runner.run("history", "GmbH");
        assertEquals(2, part.code(), part::toString);
        assertEquals("should-i-fire-client: no assessments of \"GmbH\" in " + file + "; did you mean \"ACME GmbH\"?\n",
                part.err());
        assertEquals("should-i-fire-client: no assessments of \"söhne\" in " + file + "; did you mean \"Müller & Söhne\"?\n",
                runner.run("history", "--forget", "söhne").err());
        assertEquals("should-i-fire-client: no assessments of \"Zebra\" in " + file
                + "; run \"should-i-fire-client history\" to list the clients\n", runner.run("history", "Zebra").err());
        CliRunner.Result typo = runner.run("history", "Müler & Söhne");
        assertEquals("should-i-fire-client: no assessments of \"Müler & Söhne\" in " + file
                + "; did you mean \"Müller & Söhne\"?\n", typo.err());
        CliRunner.Result de = runner.run("--lang", "de", "history", "acme f");
        assertEquals("should-i-fire-client: „acme f“ passt auf 2 Kunden in " + file
                + "; meintest du „Acme Five“, „Acme Four“?\n", de.err());

        // --forget is exact: a start is not enough, and the names it could mean are suggested.
        String before = Files.readString(file);
        CliRunner.Result forget = runner.run("history", "--forget", "ACME G");
        assertEquals(2, forget.code(), forget::toString);
        assertEquals("", forget.out());
        assertEquals("should-i-fire-client: --forget takes a whole name, so that nothing is forgotten by mistake: \"ACME G\""
                + " is only the start of \"ACME GmbH\"\n", forget.err());
        CliRunner.Result forgetMany = runner.terminal(true, true).stdin("y\n").run("history", "--forget", "Acme F");
        assertEquals(2, forgetMany.code(), forgetMany::toString);
        assertEquals("should-i-fire-client: --forget takes a whole name, so that nothing is forgotten by mistake: \"Acme F\""
                + " is only the start of \"Acme Five\", \"Acme Four\"\n", forgetMany.err(), "not asked: nothing to forget");
        assertEquals(before, Files.readString(file));
    }
}
