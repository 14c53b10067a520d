package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output as a hostile environment, with real processes of the launcher: a full disk
 * ({@code >/dev/full}), a closed stdout ({@code >&-}), and a SIGTERM in the middle of a portfolio.
 * The launcher can be swapped with {@code -Dsifc.launcher=PATH} (to run these against an older build).
 */
class OutputIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("sifc.launcher", "bin/should-i-fire-client")).toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private ProcessBuilder builder(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(LaunchEnv.in(dir, "en_US.UTF-8"));
        return pb;
    }

    /** Runs the launcher through bash, with {@code redirect} applied to its stdout ("&gt;/dev/full", "&gt;&amp;-"). */
    private Run shell(String redirect, String args) throws IOException, InterruptedException {
        Process p = builder(List.of("/bin/bash", "-c", "'" + LAUNCHER + "' " + args + " " + redirect + " </dev/null")).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    private Path historyFile() {
        return dir.resolve("state/should-i-fire-client/history.jsonl");
    }

    private long records() throws IOException {
        Path h = historyFile();
        if (!Files.exists(h)) {
            return 0;
        }
        try (var lines = Files.lines(h)) {
            return lines.count();
        }
    }

    /** Every command that prints to stdout, with a report among them (a single client and a portfolio). */
    private static final List<String> COMMANDS = List.of(
            "--answers " + EXAMPLES.resolve("keep.yaml"),
            "--answers " + EXAMPLES.resolve("portfolio.yaml"),
            "--answers " + EXAMPLES.resolve("portfolio.yaml") + " --format json",
            "--answers " + EXAMPLES.resolve("fire.yaml") + " --format markdown",
            "template",
            "questions",
            "questions --format json",
            "validate " + EXAMPLES.resolve("keep.yaml"),
            "--help",
            "--version",
            "help",
            "completion bash");

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aFullDiskOnStdoutIsOneLineAndExit4AndNothingUnprintedIsRecorded() throws Exception {
        for (String command : COMMANDS) {
            Run r = shell(">/dev/full", command);
            assertEquals(ExitCodes.OUTPUT, r.code(), command + ": " + r.err());
            assertEquals("should-i-fire-client: cannot write the output: no space left on device\n", r.err(), command);
        }
        assertEquals(0, records(), "no report reached the reader, so none is recorded");
        // The history commands need a history: one run that prints, then the same into a full disk.
        Run ok = shell(">/dev/null", "--answers " + EXAMPLES.resolve("keep.yaml"));
        assertEquals(0, ok.code(), ok.err());
        assertEquals(1, records());
        for (String command : List.of("history", "history 'Good Bakery'", "history 'Good Bakery' --format json")) {
            Run r = shell(">/dev/full", command);
            assertEquals(ExitCodes.OUTPUT, r.code(), command + ": " + r.err());
            assertEquals("should-i-fire-client: cannot write the output: no space left on device\n", r.err(), command);
        }
        assertEquals(1, records());
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aClosedStdoutIsOneLineAndExit4() throws Exception {
        for (String command : COMMANDS) {
            assertClosedStdoutFails(command);
        }
        assertEquals(0, records(), "no report reached a reader, so none is recorded");
        assertEquals(0, shell(">/dev/null", "--answers " + EXAMPLES.resolve("keep.yaml")).code());
        assertClosedStdoutFails("history");
        assertClosedStdoutFails("history 'Good Bakery'");
        assertEquals(1, records());
    }

    /** Today's reason is the system's ("bad file descriptor"); with the launcher reopening fd 1 it is "standard output is closed". */
    private void assertClosedStdoutFails(String command) throws Exception {
        Run r = shell(">&-", command);
        assertEquals(ExitCodes.OUTPUT, r.code(), command + ": " + r.err());
        assertTrue(r.err().startsWith("should-i-fire-client: cannot write the output: ") && r.err().indexOf('\n') == r.err().length() - 1,
                command + ": " + r.err());
    }

    /**
     * A long portfolio piped in, SIGTERM when a few thousand reports are out: the run stops between
     * two clients, and every JSON line printed is a record in the history, and no more (exit 143).
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sigtermInAPortfolioStopsBetweenClientsWithPrintedAndRecordedAgreeing() throws Exception {
        String body = Files.readString(EXAMPLES.resolve("keep.yaml")).replaceFirst("(?m)^client:.*\n", "");
        int clients = 60_000;
        Process p = builder(List.of(LAUNCHER.toString(), "--answers", "-", "--format", "json")).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                for (int i = 0; i < clients; i++) {
                    in.write(((i > 0 ? "---\n" : "") + "client: Client " + i + "\n" + body).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process ended before it read everything: expected
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        int lines = 0;
        boolean signalled = false;
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines++;
                last = line;
                if (lines == 3000 && !signalled) {
                    signalled = true;
                    // Not p.destroy(): that also closes our ends of the pipes, and the rest would go unread.
                    assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
                }
            }
        }
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(143, p.waitFor(), err);
        assertTrue(signalled && lines < clients, "stopped midway: " + lines + " lines");
        assertTrue(last.startsWith("{") && last.endsWith("}"), "the last line is a whole report: " + last);
        assertEquals(lines, records(), "printed and recorded agree; " + err);
        assertTrue(err.matches("should-i-fire-client: stopped by a signal after " + lines + (lines == 1 ? " client," : " clients,") + "[^\n]*\n"), err);
    }
}
