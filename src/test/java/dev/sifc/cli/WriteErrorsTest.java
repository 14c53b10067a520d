package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sifc.core.Lang;
import dev.sifc.store.FileErrors;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails is explained by its real cause, on every path that writes: --save-answers,
 * drafts, the history's appends and --forget. The cause is read from what Java reports (the
 * system's text for ENOSPC, EROFS, EACCES, EPERM, EDQUOT); the tests on a real, tiny, full and then
 * read-only file system need root to mount a tmpfs and are skipped elsewhere (CI runs as root).
 */
class WriteErrorsTest {
    private static final Messages EN = new Messages(Lang.EN);
    private static final Messages DE = new Messages(Lang.DE);

    @TempDir
    Path dir;

    private Path mounted;

    @Test
    void eachCauseGetsItsOwnReasonAndRemedy() {
        record Case(Exception e, FileErrors.Cause cause, String explained) {}
        String tmp = "/home/u/.local/state/should-i-fire-client/.history.jsonl.1234.tmp";
        List<Case> cases = List.of(
                new Case(new IOException("No space left on device"), FileErrors.Cause.DISK_FULL,
                        "the disk is full; free some disk space"),
                new Case(new FileSystemException(tmp, null, "No space left on device"), FileErrors.Cause.DISK_FULL,
                        "the disk is full; free some disk space"),
                new Case(new FileSystemException(tmp, null, "Read-only file system"), FileErrors.Cause.READ_ONLY,
                        "the file system is read-only; choose a folder on a writable file system"),
                new Case(new AccessDeniedException(tmp), FileErrors.Cause.PERMISSION,
                        "permission denied; fix the folder's permissions"),
                new Case(new FileSystemException(tmp, null, "Operation not permitted"), FileErrors.Cause.PERMISSION,
                        "permission denied; fix the folder's permissions"),
                new Case(new IOException("Disk quota exceeded"), FileErrors.Cause.QUOTA,
                        "your disk quota is used up; free some space, or ask for a bigger quota"),
                new Case(new UncheckedIOException(new IOException("No space left on device")), FileErrors.Cause.DISK_FULL,
                        "the disk is full; free some disk space"),
                new Case(new FileSystemException(tmp, null, "Input/output error"), FileErrors.Cause.OTHER, "input/output error"));
        for (Case c : cases) {
            assertEquals(c.cause(), FileErrors.cause(c.e()), c.e().toString());
            assertEquals(c.explained(), FileProblems.explain(EN, c.e()), c.e().toString());
            assertFalse(FileProblems.explain(EN, c.e()).contains(".tmp"), "never the name of a temporary file");
        }
        assertEquals("der Datenträger ist voll; mach Platz auf dem Datenträger frei",
                FileProblems.explain(DE, new IOException("No space left on device")));
        // Without a remedy of its own, the caller's general advice is used, not "fix the permissions".
        assertEquals("check that the folder can be written", FileProblems.fix(EN, new IOException("Input/output error"), "io.fix.other"));
        assertEquals("free some disk space", FileProblems.fix(EN, new IOException("No space left on device"), "io.fix.other"));
    }

    /** Mounts a tmpfs of {@code size} at dir/mnt, or skips the test where that is not permitted. */
    private Path mount(String size) throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", mnt.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), Charset.defaultCharset()); // mount's locale
        assumeTrue(p.waitFor() == 0, "mounting a tmpfs needs root (and a container that allows it): " + out.strip());
        mounted = mnt;
        return mnt;
    }

    private static void remount(Path mnt, String options) throws Exception {
        assertEquals(0, new ProcessBuilder("mount", "-o", "remount," + options, mnt.toString()).inheritIO().start().waitFor());
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).inheritIO().start().waitFor();
        }
    }

    /** Writes until the file system is full. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            assertEquals(FileErrors.Cause.DISK_FULL, FileErrors.cause(e), "the filler stops at a full disk: " + e);
        }
    }

    private Path portfolio(int clients) throws IOException {
        String client = Files.readString(Path.of("examples/keep.yaml"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < clients; i++) {
            sb.append("---\n").append(client.replace("client: Good Bakery", "client: c-" + i));
        }
        return Files.writeString(dir.resolve("many.yaml"), sb);
    }

    private static List<Path> temporaries(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** On a real full disk every write path says that the disk is full, and nothing half-written is left. */
    @Test
    void aFullDiskIsSaidToBeFullOnEveryWritePath() throws Exception {
        Path mnt = mount("256k");
        Path state = Files.createDirectories(mnt.resolve("state"));
        CliRunner runner = new CliRunner().env("XDG_STATE_HOME", state.toString());
        assertEquals(0, runner.run("--answers", "examples/portfolio.yaml").code());
        Path history = state.resolve("should-i-fire-client/history.jsonl");
        String before = Files.readString(history);
        Path many = portfolio(40); // more than the last page of the history holds
        fill(mnt.resolve("filler"));

        Path target = mnt.resolve("answers.yaml");
        CliRunner.Result save = runner.run("--answers", "examples/keep.yaml", "--save-answers", target.toString());
        assertEquals(2, save.code(), save::toString);
        assertTrue(save.err().startsWith("should-i-fire-client: cannot write " + target
                + ": the disk is full; free some disk space\n# should-i-fire-client answers\n"), save.err());

        CliRunner.Result record = runner.run("--answers", many.toString());
        assertEquals(0, record.code(), record::toString);
        assertEquals("should-i-fire-client: warning: history not recorded: cannot write " + history
                + " (the disk is full); free some disk space, or pass --no-history\n", record.err());

        CliRunner.Result forget = runner.run("history", "--forget", "Nightmare Ltd");
        assertEquals(2, forget.code(), forget::toString);
        assertEquals("should-i-fire-client: nothing was forgotten: cannot rewrite the history " + history
                + " (the disk is full); free some disk space; it is unchanged\n", forget.err());
        assertTrue(Files.readString(history).startsWith(before), "the history is intact");

        CliRunner.Result draft = runner.stdin("often\n").run("--client", "Pipe Co");
        assertEquals(2, draft.code(), draft::toString);
        assertTrue(draft.err().contains("could not save a draft (the disk is full; free some disk space); here are your answers"
                + " so far, copy them into a file:\n"), draft.err());
        assertTrue(draft.err().contains("unreasonable-demands.after-hours: often\n"), draft.err());

        assertEquals(List.of(), temporaries(mnt), "no temporary file is left on the full disk");
    }

    /** A file system mounted read-only is said to be read-only, not a matter of permissions. */
    @Test
    void aReadOnlyFileSystemIsSaidToBeReadOnly() throws Exception {
        Path mnt = mount("1m");
        Path state = Files.createDirectories(mnt.resolve("state"));
        CliRunner runner = new CliRunner().env("XDG_STATE_HOME", state.toString()).on("2026-05-05");
        assertEquals(0, runner.run("--answers", "examples/portfolio.yaml").code());
        Path history = state.resolve("should-i-fire-client/history.jsonl");
        remount(mnt, "ro");

        Path target = mnt.resolve("answers.yaml");
        CliRunner.Result save = runner.run("--answers", "examples/keep.yaml", "--save-answers", target.toString());
        assertEquals(2, save.code(), save::toString);
        assertTrue(save.err().startsWith("should-i-fire-client: cannot write " + target
                + ": the file system is read-only; choose a folder on a writable file system\n"), save.err());

        // Another day: the same answers on the same day would be no new record, and nothing to write.
        CliRunner.Result record = runner.on("2026-05-06").run("--answers", "examples/fire.yaml");
        assertEquals(0, record.code(), record::toString);
        assertTrue(record.out().contains("Since "), "the history is still read: " + record.out());
        assertEquals("should-i-fire-client: warning: history not recorded: cannot write " + history
                + " (the file system is read-only); choose a folder on a writable file system, or pass --no-history\n", record.err());

        CliRunner.Result forget = runner.run("history", "--forget", "Nightmare Ltd");
        assertEquals(2, forget.code(), forget::toString);
        assertTrue(forget.err().contains(" (the file system is read-only); choose a folder on a writable file system; it is unchanged\n"),
                forget.err());
    }
}
