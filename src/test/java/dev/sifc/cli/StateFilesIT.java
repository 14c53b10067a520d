package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code history --forget} killed with SIGKILL in the middle of its rewrite, as users and the OOM
 * killer do: the full copy of the history it leaves is removed by the next run, and a later
 * {@code --forget} leaves the forgotten client's name in no file under the state folder.
 */
class StateFilesIT {
    private static final Path LAUNCHER = Path.of("bin/should-i-fire-client").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    /** Big enough that the rewrite takes a second or more, so the kill lands in the middle of it. */
    private static final int RECORDS = 300_000;

    @TempDir
    Path dir;

    private Path state() {
        return dir.resolve("state/should-i-fire-client");
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(LaunchEnv.in(dir, "en_US.UTF-8"));
        return pb.start();
    }

    private record Run(int code, String out, String err) {}

    private Run run(String stdin, String... args) throws Exception {
        Process p = start(args);
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        var err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        return new Run(p.waitFor(), out, err.get());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("state"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Starts --forget of another client and kills it (SIGKILL) once its new file is being written. */
    private Path killForgetMidRewrite() throws Exception {
        Process forget = start("history", "--forget", "Client 7", "--yes");
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<Path> seen = List.of();
        while (System.nanoTime() < deadline && forget.isAlive()) {
            seen = temporaries().stream().filter(p -> p.getFileName().toString().startsWith(".history.jsonl.")).toList();
            if (!seen.isEmpty() && Files.size(seen.get(0)) > 0) {
                break;
            }
            Thread.sleep(2);
        }
        forget.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        forget.waitFor();
        assertEquals(1, seen.size(), "the kill landed while the new file was being written");
        assertTrue(Files.exists(seen.get(0)), "a killed rewrite leaves its copy of the history");
        return seen.get(0);
    }

    private static boolean mentions(Path file, String name) throws IOException {
        String needle = name.toLowerCase(Locale.ROOT);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    @Timeout(300)
    void aKilledForgetLeavesNothingBehindAndForgettingMeansGoneFromEveryFile() throws Exception {
        // One real record as the pattern, then a big history of many clients, Secret Client among them.
        assertEquals(0, run("", "--answers", EXAMPLES.resolve("keep.yaml").toString()).code());
        Path history = state().resolve("history.jsonl");
        String pattern = Files.readString(history).strip();
        assertTrue(pattern.contains("\"client\":\"Good Bakery\""), pattern);
        int secret = 0;
        try (Writer w = Files.newBufferedWriter(history, StandardCharsets.UTF_8)) {
            for (int i = 0; i < RECORDS; i++) {
                String name = i % 10_000 == 5 ? "Secret Client" : "Client " + (i % 5000);
                secret += name.equals("Secret Client") ? 1 : 0;
                w.write(pattern.replace("Good Bakery", name));
                w.write('\n');
            }
        }
        // A draft of Secret Client, from a real interview that ended early.
        Run draft = run("often\n", "--client", "Secret Client");
        assertEquals(2, draft.code(), draft.err());
        assertTrue(draft.err().contains("Stopped. Your answer is saved in "), draft.err());
        // And what a draft save killed before its rename leaves: a temporary named after a process that is gone.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path deadDraft = Files.writeString(state().resolve("drafts/.secret-client-20260101-000000-" + gone.pid() + ".yaml."
                + gone.pid() + ".123456789.tmp"), "client: \"Secret Client\"\nanswers:\n");

        // Killed once: the next run of any kind that takes the lock removes the leftover.
        Path leftover = killForgetMidRewrite();
        assertTrue(mentions(leftover, "Secret Client"), "the leftover is a copy of the history");
        Run next = run("", "--answers", EXAMPLES.resolve("fire.yaml").toString());
        assertEquals(0, next.code(), next.err());
        assertEquals("", next.err());
        assertFalse(Files.exists(leftover), "the next run removed the leftover");
        assertEquals(List.of(deadDraft), temporaries(), "only the dead draft save's temporary is left, for --forget");

        // Killed again, then Secret Client is forgotten: gone from every file the tool wrote.
        killForgetMidRewrite();
        Run forget = run("", "history", "--forget", "secret client");
        assertEquals(0, forget.code(), forget.err());
        assertEquals("Forgot " + secret + (secret == 1 ? " assessment" : " assessments") + " of Secret Client.\n"
                + "Removed 1 draft of Secret Client from " + state().resolve("drafts") + ".\n"
                + "Removed 2 leftover files of interrupted runs (copies of the history or of answers).\n", forget.out());
        assertEquals("", forget.err());
        assertEquals(List.of(), temporaries());
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir.resolve("state"))) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.contains(history));
        for (Path f : files) {
            assertFalse(mentions(f, "Secret Client"), "Secret Client is still in " + f);
        }
        assertEquals(RECORDS - secret + 1, Files.readAllLines(history).size(), "every other record is kept");
    }
}
