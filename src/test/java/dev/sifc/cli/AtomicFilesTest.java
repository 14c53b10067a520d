package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.sifc.core.Answers;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.render.AnswersYaml;
import dev.sifc.store.AtomicFiles;
import dev.sifc.store.Drafts;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answer files and drafts: atomic, never clobbered, never lost. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.yaml");
        AtomicFiles.write(target, "one\n", false);
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.write(target, "two\n", false));
        assertEquals("one\n", Files.readString(target));
        AtomicFiles.write(target, "two\n", true);
        assertEquals("two\n", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void staleTemporariesOfAKilledRunAreCleanedUp() throws IOException {
        Path stale = Files.writeString(dir.resolve(".a.yaml.123.tmp"), "half a fi");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(dir.resolve(".a.yaml.456.tmp"), "another writer, right now");
        AtomicFiles.write(dir.resolve("a.yaml"), "new\n", true);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "a live writer's file is left alone");
    }

    @Test
    void aSymlinkTargetIsRefusedAndLeftIntact() throws IOException {
        Path real = Files.writeString(dir.resolve("real.yaml"), "original\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(link, "new\n", true));
        assertEquals("it is a symbolic link; give the path of the real file", e.getMessage());
        assertEquals("original\n", Files.readString(real));
        assertTrue(Files.isSymbolicLink(link));
    }

    /** A link is refused before anything is asked: a save would replace the link, not the file behind it. */
    @Test
    void aSymlinkTargetIsRefusedBeforeTheFirstQuestion() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Files.writeString(dir.resolve("real.yaml"), "original\n"));
        CliRunner.Result r = new CliRunner().stdin("1\n".repeat(40)).run("--plain", "--save-answers", link.toString(), "--force");
        assertEquals(2, r.code(), r::toString);
        assertEquals("should-i-fire-client: cannot save the answers to \"" + link
                + "\": it is a symbolic link, which a save would replace; give the path of the real file\n", r.err());
        assertEquals("", r.out());
        assertEquals("original\n", Files.readString(dir.resolve("real.yaml")));
    }

    @Test
    void aFailedSaveStillGivesTheUserTheirAnswers() throws IOException {
        Path nowhere = dir.resolve("no-such-folder").resolve("answers.yaml");
        CliRunner.Result r = new CliRunner().run("--answers", "examples/keep.yaml", "--save-answers", nowhere.toString(), "--force");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("should-i-fire-client: cannot write " + nowhere
                + ": no such file or folder\n# should-i-fire-client answers\n"), r.err());
        assertTrue(r.err().contains("client: \"Good Bakery\"\nanswers:\n  unreasonable-demands.after-hours: rarely\n"), r.err());
    }

    /** A pipe, a device or a folder is never replaced by a file, with or without --force (issue: /dev/null as root). */
    @Test
    void onlyRegularFilesAreEverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String force : new String[] {"--force", "--no-history"}) {
            CliRunner.Result r = new CliRunner().run("--answers", "examples/keep.yaml", "--save-answers", fifo.toString(), force);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("should-i-fire-client: cannot save the answers to \"" + fifo
                    + "\": it is a device or a pipe, not a file; answers are only ever written to regular files\n"), r.err());
            assertFalse(r.err().contains("--force"), "no advice to force it");
            assertEquals("", r.out(), "refused before anything is asked or shown");
            assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).isOther(), "the pipe is still a pipe");
        }
        Path folder = Files.createDirectories(dir.resolve("folder"));
        CliRunner.Result r = new CliRunner().run("--answers", "examples/keep.yaml", "--save-answers", folder.toString(), "--force");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("should-i-fire-client: cannot save the answers to \"" + folder
                + "\": it is a folder; give the name of a file\n"), r.err());
        CliRunner.Result empty = new CliRunner().cwd(dir).run("--answers", Path.of("examples/keep.yaml").toAbsolutePath().toString(),
                "--save-answers", "", "--force");
        assertEquals(2, empty.code(), empty::toString);
        assertEquals("should-i-fire-client: cannot save the answers: an empty file name (\"\") was given; name the file to write\n",
                empty.err());
        assertTrue(Files.isDirectory(dir), "the working folder is untouched");
    }

    @Test
    void aReadOnlyFolderIsAClearErrorAndTheAnswersAreShown() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")) && Files.isWritable(makeReadOnly()),
                "root can write into read-only folders; the symlink case covers the same path");
        CliRunner.Result r = new CliRunner().run("--answers", "examples/keep.yaml", "--save-answers",
                dir.resolve("ro/answers.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("should-i-fire-client: cannot write "), r.err());
        assertTrue(r.err().contains("client: \"Good Bakery\""), r.err());
    }

    private Path makeReadOnly() throws IOException {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        return ro;
    }

    @Test
    void concurrentDraftsNeverClobberEachOther() throws Exception {
        Questionnaire q = QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
        Drafts drafts = new Drafts(Map.of("XDG_STATE_HOME", dir.toString()));
        Set<Path> saved = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String value = Integer.toString(i);
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    saved.add(drafts.save("Same Client", AnswersYaml.draft(q, new Answers("Same Client", Map.of("slow-to-pay.reminders", value)))));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(8, saved.size());
        Set<String> values = ConcurrentHashMap.newKeySet();
        for (Path p : saved) {
            String text = Files.readString(p);
            values.add(text.substring(text.indexOf("reminders: ") + 11).strip());
        }
        assertEquals(8, values.size(), "every draft kept its own answers");
        // Drafts hold answers about a client: their folders are private, whoever creates them first.
        Path state = dir.resolve("should-i-fire-client");
        for (Path folder : List.of(state, state.resolve("drafts"))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                    folder.toString());
        }
    }
}
