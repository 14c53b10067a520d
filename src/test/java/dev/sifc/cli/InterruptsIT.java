package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals, pastes and hostile stdin against the real launcher: the interview in a real
 * pseudo-terminal, signals sent from outside as {@code kill} sends them, plain mode from a shell pipe.
 */
class InterruptsIT {
    private static final Path LAUNCHER = Path.of("bin/should-i-fire-client").toAbsolutePath();
    private static final String PASTE_START = "\033[200~";
    private static final String PASTE_END = "\033[201~";

    @TempDir
    Path dir;

    private Map<String, String> env() throws IOException {
        Map<String, String> env = LaunchEnv.in(dir, "en_US.UTF-8");
        env.put("TERM", "xterm-256color");
        return env;
    }

    /** Runs the launcher between two {@code stty -g}, then reports its exit code and stays open. */
    private String script(String args) {
        return "stty -g > " + dir.resolve("stty.before") + "; '" + LAUNCHER + "' " + args + "; code=$?; stty -g > "
                + dir.resolve("stty.after") + "; echo \"EXIT=$code\"; sleep 30";
    }

    private void assertSttyRestored() throws IOException {
        assertEquals(Files.readString(dir.resolve("stty.before")), Files.readString(dir.resolve("stty.after")),
                "the terminal's attributes are as before");
    }

    /** The alternate screen, the hidden cursor and bracketed paste were each switched off after their last switch on. */
    private static void assertScreenRestored(String raw) {
        assertTrue(raw.contains("\033[?1049h"), "the interview ran on the alternate screen");
        assertTrue(raw.lastIndexOf("\033[?1049l") > raw.lastIndexOf("\033[?1049h"), "back on the main screen");
        assertTrue(raw.lastIndexOf("\033[?25h") > raw.lastIndexOf("\033[?25l"), "the cursor is visible");
        assertTrue(raw.contains("\033[?2004h"), "bracketed paste was on");
        assertTrue(raw.lastIndexOf("\033[?2004l") > raw.lastIndexOf("\033[?2004h"), "bracketed paste is off");
    }

    /** The JVM the launcher became: the shell's child once the interview shows. */
    private static long java(Pty pty) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            var found = ProcessHandle.of(pty.pid()).stream().flatMap(ProcessHandle::descendants)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
            if (found.isPresent()) {
                return found.get().pid();
            }
            sleep(50);
        }
        throw new AssertionError("no java process under the shell");
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Path> drafts() throws IOException {
        Path folder = dir.resolve("state/should-i-fire-client/drafts");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** {@code kill -INT} (as {@code timeout -s INT} sends it) during the arrow-key interview is Ctrl-C. */
    @Test
    void sigintFromOutsideIsCtrlC() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script("--client Outside"))) {
                pty.when("Press Enter to start", "\r");
                pty.when("Question 1 of 31", "2\r");
                pty.when("Question 2 of 31", "4\r");
                pty.waitForScreen("Question 3 of 31");
                kill("INT", java(pty));
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("Stopped. Your 2 answers are saved in"), transcript);
                assertTrue(transcript.contains("EXIT=130"), transcript);
                assertFalse(transcript.contains("Exception"), transcript);
                assertScreenRestored(pty.raw());
            }
            assertSttyRestored();
            String draft = Files.readString(drafts().get(0));
            assertTrue(draft.contains("  unreasonable-demands.after-hours: rarely\n  unreasonable-demands.like-employee: often\n"), draft);
        });
    }

    /**
     * {@code kill -TSTP}, then {@code fg}; Ctrl-Z, then {@code fg}. While stopped the terminal is the
     * shell's again (attributes, main screen, cursor); on resume the question is redrawn and keys
     * work; a Ctrl-C after all that still saves the draft. Needs a shell with job control
     * ({@code set -m}): without it the process group is orphaned and the kernel discards SIGTSTP.
     */
    @Test
    void suspendGivesTheTerminalBackAndFgRedraws() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            Path d = dir;
            String job = "set -m; stty -g > " + d.resolve("stty.before") + "; '" + LAUNCHER + "' --client Pause; echo STOPPED=$?; stty -g > "
                    + d.resolve("stty.during") + "; read -r _; fg; echo STOPPED2=$?; read -r _; fg; code=$?; stty -g > "
                    + d.resolve("stty.after") + "; echo \"EXIT=$code\"; sleep 30";
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", job)) {
                pty.when("Press Enter to start", "\r");
                pty.when("Question 1 of 31", "2\r");
                pty.when("Question 2 of 31", "2\r");
                pty.waitForScreen("Question 3 of 31");
                long pid = java(pty);
                kill("TSTP", pid);
                String stopped = pty.waitForScreen("STOPPED=148");
                assertFalse(stopped.contains("Question 3 of 31"), "the main screen, not the interview:\n" + stopped);
                assertEquals(Files.readString(dir.resolve("stty.before")), Files.readString(dir.resolve("stty.during")),
                        "while stopped, the terminal has the shell's attributes");
                assertScreenRestored(pty.raw());
                assertTrue(new String(Files.readAllBytes(Path.of("/proc/" + pid + "/stat")), StandardCharsets.UTF_8)
                        .matches("\\d+ \\(java\\) T .*\\s*"), "really stopped");

                pty.type("\r"); // the shell's `read`, then `fg`
                pty.waitForScreen("Question 3 of 31"); // redrawn
                pty.type("2\r");
                pty.waitForScreen("Question 4 of 31"); // keys work
                pty.type("\032"); // Ctrl-Z
                pty.waitForScreen("STOPPED2=148");
                pty.type("\r");
                pty.waitForScreen("Question 4 of 31");
                pty.type("\003");
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("Stopped. Your 3 answers are saved in"), transcript);
                assertTrue(transcript.contains("EXIT=130"), transcript);
                assertScreenRestored(pty.raw());
            }
            assertSttyRestored();
        });
    }

    /**
     * A 1 MB paste into the name is read in moments and capped; a multi-line paste on a question
     * answers nothing (before, its letters acted as keys and its newlines confirmed).
     */
    @Test
    void pastesAreTextNeverKeys() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script(""))) {
                pty.waitForScreen("Client's name");
                long begin = System.nanoTime();
                pty.type(PASTE_START + "ACME\tGmbH\nline2\007" + "x".repeat(1_000_000) + PASTE_END + "\r");
                pty.waitForScreen("Sign 1 of 6");
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin);
                assertTrue(seconds < 10, "1 MB pasted in " + seconds + " s");
                pty.type(PASTE_START + "2\n3\n4\n5\ns\n" + PASTE_END);
                pty.type("5\r");
                pty.waitForScreen("like one of their employees"); // question 2 (the long name hides the counter)
                pty.type("\003");
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("Stopped. Your answer is saved in"), transcript);
                assertTrue(transcript.contains("EXIT=130"), transcript);
                assertScreenRestored(pty.raw());
            }
            assertSttyRestored();
            String draft = Files.readString(drafts().get(0));
            assertTrue(draft.contains("client: \"ACME GmbH line2" + "x".repeat(185) + "\"\n"), draft);
            assertTrue(draft.endsWith("answers:\n  unreasonable-demands.after-hours: always\n"), draft);
        });
    }

    /**
     * kill -9 cannot be caught: the draft written after every answer holds the three answers given,
     * and resumes to the end. The draft is gone once the resumed interview's report is out.
     */
    @Test
    void killMinus9KeepsTheAnswersSoFarAndTheDraftResumes() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script("--client 'Nine Ltd'"))) {
                pty.when("Press Enter to start", "\r");
                pty.when("Question 1 of 31", "2\r");
                pty.when("Question 2 of 31", "3\r");
                pty.when("Question 3 of 31", "4\r");
                pty.waitForScreen("Question 4 of 31");
                kill("KILL", java(pty));
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("EXIT=137"), transcript);
            }
            List<Path> drafts = drafts();
            assertEquals(1, drafts.size(), "one draft per interview");
            String draft = Files.readString(drafts.get(0));
            assertTrue(draft.endsWith("client: \"Nine Ltd\"\nanswers:\n  unreasonable-demands.after-hours: rarely\n"
                    + "  unreasonable-demands.like-employee: sometimes\n  unreasonable-demands.last-minute: often\n"), draft);
            try (Stream<Path> files = Files.list(drafts.get(0).getParent())) {
                assertEquals(1, files.count(), "no temporary file left");
            }
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script("--answers '" + drafts.get(0) + "' --format json"))) {
                pty.when("Continuing your draft for Nine Ltd: 3 of 31 answered", "\r");
                for (int i = 4; i <= 31; i++) {
                    pty.when("Question " + i + " of 31", "1\r");
                }
                pty.when("❯ ✔ Confirm", "\r");
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("\"client\":\"Nine Ltd\""), transcript);
                assertTrue(transcript.contains("\"unreasonable-demands.last-minute\":\"often\""), transcript);
                assertTrue(transcript.contains("EXIT=0"), transcript);
            }
            assertEquals(List.of(), drafts(), "the resumed draft was this interview's draft: finished, it is removed");
        });
    }

    private record Run(int code, String out, String err) {}

    /** A shell pipeline into the launcher, with the tool's plain prompts; stderr and stdout read in full. */
    private Run shell(String pipeline) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", pipeline.replace("TOOL", "'" + LAUNCHER + "'")).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env());
        Process p = pb.start();
        p.getOutputStream().close();
        var err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ends");
        return new Run(p.exitValue(), out, err.get());
    }

    /** {@code cat /dev/zero |} and {@code yes | tr -d '\n' |}: one line and exit 2, not OutOfMemoryError. */
    @Test
    void anEndlessLineOrNulBytesOnStdinAreOneLine() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Run zeros = shell("cat /dev/zero | TOOL");
            assertEquals(2, zeros.code(), zeros.err());
            assertEquals("<stdin>:1:1: a NUL byte: this is not a text file\n", zeros.err());
            Run line = shell("yes | tr -d '\\n' | TOOL");
            assertEquals(2, line.code(), line.err());
            assertEquals("<stdin>:1:1: this line is longer than 64 KiB; answers and questionnaires have short lines\n", line.err());
            Run later = shell("{ printf 'often\\nnever\\n'; cat /dev/zero; } | TOOL --client 'Pipe Co'");
            assertEquals(2, later.code(), later.err());
            assertTrue(later.err().contains("Stopped. Your 2 answers are saved in "), later.err());
            assertTrue(later.err().endsWith("\n<stdin>:3:1: a NUL byte: this is not a text file\n"), later.err());
        });
    }

    /** A script that forgot --answers: the hint alone, at once. */
    @Test
    void anEmptyStdinIsOnlyTheHint() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Run r = shell("TOOL </dev/null");
            assertEquals(2, r.code());
            assertEquals("", r.out());
            assertEquals("should-i-fire-client: no answers: pass --answers FILE (see \"should-i-fire-client template\"), "
                    + "or run in a terminal to be asked\n", r.err());
        });
    }

    /** {@code printf 'x\033]0;PWNED\007\n' | should-i-fire-client --plain}: not one control byte reaches stderr. */
    @Test
    void controlCharactersInPipedAnswersAreNeutralised() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Run r = shell("printf 'x\\033]0;PWNED\\007\\n' | TOOL --plain");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("invalid value \"x?]0;PWNED?\""), r.err());
            assertFalse(r.err().contains("\033") || r.err().contains("\007"), r.err());
        });
    }
}
