package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state folder and its files in hostile or unlucky surroundings: pipes and devices in place of
 * the history, a history that is a link, a missing, misplaced or absent home for the state, and
 * lines the history cannot read. Every run is bounded in time, so a regression fails instead of
 * hanging.
 */
class StateFilesTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static CliRunner.Result run(CliRunner runner, String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> runner.run(args), () -> "hangs: " + String.join(" ", args));
    }

    private static void mkfifo(Path path) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).start().waitFor());
    }

    private static boolean isFifo(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    /**
     * A named pipe or a link to a device in place of the history or its lock: every command ends at
     * once, with one line naming the file, and the file is never opened (a pipe would block the first
     * read, /dev/zero never end). The report itself is complete.
     */
    /** A history that is a loop of links: the system's reason in its words, not Java's additions. */
    @Test
    void aLoopOfLinksAsTheHistoryIsSaidInTheSystemsWords() throws Exception {
        CliRunner runner = new CliRunner();
        Files.createDirectories(runner.stateDir());
        Files.createSymbolicLink(runner.stateDir().resolve("a"), Path.of("b"));
        Files.createSymbolicLink(runner.stateDir().resolve("b"), Path.of("a"));
        Files.createSymbolicLink(runner.stateDir().resolve("history.jsonl"), Path.of("a"));
        CliRunner.Result r = run(runner, "history");
        assertEquals(2, r.code(), r::toString);
        assertEquals("should-i-fire-client: cannot use the history " + runner.stateDir().resolve("history.jsonl")
                + " (too many levels of symbolic links); check that it is a file you can read and write\n", r.err());
    }

    @Test
    void aPipeOrADeviceInPlaceOfAStateFileIsRefusedWithOneLineAndNeverRead() throws Exception {
        record Case(String file, String target, String says) {}
        List<Case> cases = List.of(
                new Case("history.jsonl", null, "history.jsonl is a named pipe (FIFO), not a regular file"),
                new Case("history.jsonl", "/dev/zero", "history.jsonl links to /dev/zero, which is not a regular file"),
                new Case("history.jsonl", "/dev/urandom", "history.jsonl links to /dev/urandom, which is not a regular file"),
                new Case("history.lock", null, "history.lock is a named pipe (FIFO), not a regular file"));
        for (Case c : cases) {
            CliRunner runner = new CliRunner();
            Files.createDirectories(runner.stateDir());
            Path file = runner.stateDir().resolve(c.file());
            if (c.target() == null) {
                mkfifo(file);
            } else {
                Files.createSymbolicLink(file, Path.of(c.target()));
            }

            CliRunner.Result report = run(runner, "--answers", "examples/keep.yaml");
            assertEquals(0, report.code(), report::toString);
            assertTrue(report.out().contains("Keep"), report.out());
            assertEquals("should-i-fire-client: warning: history not used: cannot read " + runner.stateDir().resolve("history.jsonl")
                    + " (" + c.says() + "); the report shows no trend and nothing is recorded\n", report.err());

            for (String[] args : new String[][] {{"history"}, {"history", "Good Bakery"}, {"history", "--forget", "Good Bakery"}}) {
                CliRunner.Result r = run(runner, args);
                assertEquals(2, r.code(), r::toString);
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().contains("(" + c.says() + "); move it out of the way; only regular files are used there"), r.err());
            }
            if (c.target() == null) {
                assertTrue(isFifo(file), "the pipe is still a pipe");
            } else {
                assertEquals(Path.of(c.target()), Files.readSymbolicLink(file), "the link is left as it was");
            }
        }
    }

    /** A pipe in the drafts folder is not opened when --forget looks for the client's drafts. */
    @Test
    void forgetNeverOpensAPipeInTheDraftsFolder() throws Exception {
        CliRunner runner = new CliRunner();
        assertEquals(0, runner.run("--answers", "examples/keep.yaml").code());
        Files.createDirectories(runner.stateDir().resolve("drafts"));
        mkfifo(runner.stateDir().resolve("drafts/good-bakery.yaml"));
        CliRunner.Result r = run(runner, "history", "--forget", "Good Bakery");
        assertEquals(0, r.code(), r::toString);
        assertEquals("Forgot 1 assessment of Good Bakery.\n", r.out());
        assertTrue(isFifo(runner.stateDir().resolve("drafts/good-bakery.yaml")));
    }

    /** At a terminal the question counts the drafts too; a client with drafts only is forgotten as well. */
    @Test
    void forgetAsksAboutDraftsAndRemovesThem() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        assertEquals(2, run(runner.stdin("often\n"), "--client", "Pipe Co").code());
        assertEquals(2, run(runner.stdin("never\n"), "--client", "Draft Only").code());
        assertEquals(0, run(runner.stdin(""), "--answers", "examples/keep.yaml", "--client", "pipe  co").code());
        Path drafts = runner.stateDir().resolve("drafts");
        try (Stream<Path> files = Files.list(drafts)) {
            assertEquals(2, files.count());
        }
        CliRunner.Result no = run(runner.terminal(true, true).stdin("n\n"), "history", "--forget", "PIPE CO");
        assertEquals("Forget 1 assessment and 1 draft of pipe  co? This cannot be undone. [y/N] ", no.err());
        assertEquals("Nothing was forgotten.\n", no.out());
        CliRunner.Result yes = run(runner.stdin("y\n"), "history", "--forget", "PIPE CO");
        assertEquals(0, yes.code(), yes::toString);
        assertEquals("Forgot 1 assessment of pipe  co.\nRemoved 1 draft of Pipe Co from " + drafts + ".\n", yes.out());
        CliRunner.Result only = run(runner.terminal(false, false), "history", "--forget", "draft only");
        assertEquals(0, only.code(), only::toString);
        assertEquals("Removed 1 draft of Draft Only from " + drafts + ".\n", only.out());
        try (Stream<Path> files = Files.list(drafts)) {
            assertEquals(0, files.count());
        }
    }

    /**
     * A history that is a symbolic link (synced dotfiles): --forget rewrites the file it points to,
     * in that file's folder, and the link stays a link. Appends go through the link as before.
     */
    @Test
    void aLinkedHistoryIsRewrittenWhereItLivesAndStaysALink() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        Path dotfiles = Files.createDirectories(dir.resolve("dotfiles"));
        Path real = dotfiles.resolve("sifc-history.jsonl");
        Files.createDirectories(runner.stateDir());
        Path link = Files.createSymbolicLink(runner.stateDir().resolve("history.jsonl"), real);
        assertEquals(0, runner.run("--answers", "examples/portfolio.yaml").code());
        assertTrue(Files.size(real) > 0, "appends went through the link");

        CliRunner.Result r = run(runner, "history", "--forget", "Nightmare Ltd");
        assertEquals(0, r.code(), r::toString);
        assertEquals("Forgot 1 assessment of Nightmare Ltd.\n", r.out());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(real, Files.readSymbolicLink(link));
        String after = Files.readString(real);
        assertFalse(after.contains("Nightmare Ltd"), after);
        assertEquals(3, after.lines().count(), "the other three clients are kept");
        try (Stream<Path> a = Files.list(dotfiles); Stream<Path> b = Files.list(runner.stateDir())) {
            assertEquals(List.of(real), a.toList(), "no temporary file is left beside the real file");
            assertEquals(List.of("history.jsonl", "history.lock"), b.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(0, runner.run("--answers", "examples/fire.yaml").code());
        assertEquals(4, Files.readString(real).lines().count(), "and appends still reach the real file");
    }

    /** A history with another hard link: a rename would leave the records under the other name, so --forget refuses. */
    @Test
    void aHistoryWithAnotherHardLinkIsNotSplitInTwo() throws IOException {
        CliRunner runner = new CliRunner().on("2026-05-05");
        assertEquals(0, runner.run("--answers", "examples/portfolio.yaml").code());
        Path history = runner.stateDir().resolve("history.jsonl");
        Path other = Files.createLink(dir.resolve("backup.jsonl"), history);
        String before = Files.readString(history);
        CliRunner.Result r = run(runner, "history", "--forget", "Nightmare Ltd", "--yes");
        assertEquals(2, r.code(), r::toString);
        assertEquals("should-i-fire-client: nothing was forgotten: cannot rewrite the history " + history + " (" + history.toRealPath()
                + " has 1 other hard link, which would keep the forgotten records); remove the other links, or make the history"
                + " a symbolic link instead; it is unchanged\n", r.err());
        assertEquals(before, Files.readString(history));
        assertEquals(before, Files.readString(other));
        try (Stream<Path> files = Files.list(runner.stateDir())) {
            assertEquals(2, files.count(), "no temporary file is left");
        }
    }

    /** Per the XDG spec, a set but missing XDG_STATE_HOME is created, private: for the history and the drafts alike. */
    @Test
    void aMissingXdgStateHomeIsCreatedPrivateForTheHistoryAndTheDrafts() throws IOException {
        Path state = dir.resolve("new/state");
        CliRunner runner = new CliRunner().env("XDG_STATE_HOME", state.toString());
        CliRunner.Result r = run(runner, "--answers", "examples/portfolio.yaml", "--fail-on", "fire");
        assertEquals(3, r.code(), r::toString);
        assertEquals("", r.err());
        assertEquals(4, Files.readAllLines(state.resolve("should-i-fire-client/history.jsonl")).size());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));

        Path other = dir.resolve("other/state");
        CliRunner.Result draft = run(new CliRunner().env("XDG_STATE_HOME", other.toString()).stdin("often\n"), "--client", "Pipe Co");
        assertEquals(2, draft.code(), draft::toString);
        assertTrue(draft.err().contains("Stopped. Your answer is saved in " + other.resolve("should-i-fire-client/drafts")),
                draft.err());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(other)));
    }

    /**
     * HOME=/nonexistent (the convention for a user without a home) and no XDG_STATE_HOME: no folder
     * is ever created, and one line says that nothing is kept, for the history and for drafts.
     */
    @Test
    void noHomeMeansNothingIsKeptAndNoFolderIsCreated() throws IOException {
        for (Path home : List.of(Path.of("/nonexistent"), dir.resolve("nonexistent"))) {
            boolean existed = Files.exists(home);
            CliRunner runner = new CliRunner().env("XDG_STATE_HOME", null).env("HOME", home.toString());
            String says = "nothing is kept (no history, no drafts): HOME is " + home + ", which is not an existing folder, and"
                    + " XDG_STATE_HOME is not set to an absolute path; set XDG_STATE_HOME to a folder (it is created if missing)";
            CliRunner.Result r = run(runner, "--answers", "examples/portfolio.yaml");
            assertEquals(0, r.code(), r::toString);
            assertEquals("should-i-fire-client: warning: " + says + "\n", r.err());

            CliRunner.Result draft = run(runner.stdin("often\n"), "--client", "Pipe Co");
            assertEquals(2, draft.code(), draft::toString);
            assertTrue(draft.err().contains("could not save a draft (HOME is " + home + ", which is not an existing folder"), draft.err());
            assertTrue(draft.err().contains("unreasonable-demands.after-hours: often\n"), "the answers are shown: " + draft.err());

            CliRunner.Result history = run(runner.stdin(""), "history");
            assertEquals(2, history.code());
            assertEquals("should-i-fire-client: no history is kept: HOME is " + home + ", which is not an existing folder, and"
                    + " XDG_STATE_HOME is not set to an absolute path; set XDG_STATE_HOME to a folder (it is created if missing)\n",
                    history.err());
            if (!existed) {
                assertFalse(Files.exists(home), "no home folder was created");
            }
        }
    }

    /** An XDG_STATE_HOME that is a file is not "missing": it is said to be no folder, and left alone. */
    @Test
    void anXdgStateHomeThatIsAFileIsSaidToBeNoFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("state"), "a file\n");
        CliRunner runner = new CliRunner().env("XDG_STATE_HOME", file.toString());
        CliRunner.Result r = run(runner, "--answers", "examples/keep.yaml");
        assertEquals(0, r.code(), r::toString);
        assertEquals("should-i-fire-client: warning: nothing is kept (no history, no drafts): XDG_STATE_HOME is " + file
                + ", which is not a folder; set XDG_STATE_HOME to a folder (it is created if missing)\n", r.err());
        assertEquals("a file\n", Files.readString(file));
    }

    /**
     * Lines the history cannot read are kept by a --forget of another client, byte for byte: also a
     * line too long to be a record (an old version recorded names of 16 KiB), which is streamed
     * through, never held. The longest names the tool accepts today survive it too.
     */
    @Test
    void forgetKeepsEveryLineOfOtherClientsEvenOnesTooLongToRead() throws IOException {
        CliRunner runner = new CliRunner().on("2026-06-01");
        String emoji = "\uD83D\uDE00".repeat(200); // 200 characters, 800 bytes
        String controls = "\u0001".repeat(200); // 200 characters, 1,200 bytes as JSON escapes
        assertEquals(0, runner.run("--answers", "examples/keep.yaml", "--client", emoji).code());
        assertEquals(0, runner.run("--answers", "examples/keep.yaml", "--client", controls).code());
        assertEquals(0, runner.run("--answers", "examples/keep.yaml", "--client", "Other").code());
        Path history = runner.stateDir().resolve("history.jsonl");
        String legacy = "{\"schema\":1,\"at\":\"2025-01-01T00:00:00Z\",\"client\":\"" + "Ä".repeat(20_000)
                + "\",\"verdict\":\"keep\",\"score\":3,\"signs\":{},\"questionnaire\":\"fire-client@2\"}\n";
        Files.writeString(history, legacy, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(history);

        CliRunner.Result r = run(runner, "history", "--forget", "other");
        assertEquals(0, r.code(), r::toString);
        assertEquals("Forgot 1 assessment of Other.\n", r.out());
        List<String> lines = Files.readAllLines(history);
        assertEquals(3, lines.size());
        assertEquals(legacy, lines.get(2) + "\n", "the long line is kept as it was");
        assertArrayEquals(new String(before, StandardCharsets.UTF_8).lines().filter(l -> !l.contains("\"Other\""))
                .map(l -> l + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(history));
        CliRunner.Result again = run(runner.on("2026-06-02"), "--answers", "examples/keep.yaml", "--client", emoji);
        assertTrue(again.out().contains("Since Jun 1, 2026: still keep"), again.out());
    }
}
