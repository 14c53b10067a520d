package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a shell can do to the launcher before the tool starts: close its standard descriptors, and
 * give it JVM options of its own (SIFC_JAVA_OPTS). Each run has a timeout, so that a regression
 * (a JVM reading its own runtime image as answers) fails instead of hanging.
 */
class LaunchEnvironmentIT {
    private static final Path LAUNCHER = Path.of("bin/should-i-fire-client").toAbsolutePath();
    private static final Path KEEP = Path.of("examples/keep.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    /** {@code sh -c 'exec LAUNCHER ARGS'}, stdout and stderr into files, stdin from {@code stdin}. */
    private Run sh(Map<String, String> extra, String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(LaunchEnv.in(dir, "C.UTF-8"));
        env.putAll(extra);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 30 s: " + script);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run sh(String script) throws Exception {
        return sh(Map.of(), script);
    }

    private static String launch(String args) {
        return "exec '" + LAUNCHER + "' " + args;
    }

    /**
     * A closed stdin is not read: the JVM would have opened its runtime image there and read it as
     * answers (a crash with --answers -, 41 MB of garbage on stderr without). One line, exit 2.
     */
    @Test
    void aClosedStdinIsOneLineAndExit2WhereverItWouldBeRead() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            String line = "should-i-fire-client: standard input is closed (<&-), so nothing can be read from it;"
                    + " name a file instead (--answers FILE, or a file in place of \"-\")\n";
            Run answers = sh(launch("--answers - <&-"));
            assertEquals(2, answers.code(), answers.err());
            assertEquals(line, answers.err());
            assertEquals("", answers.out());
            Run validate = sh(launch("validate - <&-"));
            assertEquals(2, validate.code(), validate.err());
            assertEquals(line, validate.err());
            assertEquals("", validate.out());
            Run interview = sh(launch("--no-history <&-"));
            assertEquals(2, interview.code(), interview.err());
            assertTrue(interview.err().endsWith(line), interview.err());
            assertTrue(interview.err().length() < 4000, "no garbage: " + interview.err().length() + " characters");
            assertEquals("", interview.out(), "no made-up verdict");
            assertFalse(Files.exists(dir.resolve("state/should-i-fire-client/history.jsonl")), "nothing recorded");
            // A file that does not need stdin still works.
            Run file = sh(launch("--answers '" + KEEP + "' --no-history <&-"));
            assertEquals(0, file.code(), file.err());
            assertTrue(file.out().startsWith("Should I fire this client? · Good Bakery"), file.out());
        });
    }

    /** A closed stderr is reopened on /dev/null: the run goes on, and its messages go nowhere. */
    @Test
    void aClosedStderrChangesNothingButWhereMessagesGo() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Run ok = sh(launch("--answers '" + KEEP + "' 2>&-"));
            assertEquals(0, ok.code());
            assertTrue(ok.out().startsWith("Should I fire this client? · Good Bakery"), ok.out());
            Run missing = sh(launch("--answers missing.yaml 2>&-"));
            assertEquals(2, missing.code());
            assertEquals("", missing.out());
            assertEquals("", missing.err());
        });
    }

    /**
     * A closed stdout is a failed write (exit 4, one line), reported by the output helper's write-error
     * path; this test runs once that contract ({@code ExitCodes.OUTPUT}) is in the build.
     */
    @Test
    void aClosedStdoutIsAFailedWrite() {
        assumeTrue(hasOutputExitCode(), "ExitCodes.OUTPUT (exit 4) is not in this build yet");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String args : new String[] {"--answers '" + KEEP + "'", "--version", "template"}) {
                Run r = sh(launch(args + " >&-"));
                assertEquals(4, r.code(), args + ": " + r.err());
                assertTrue(r.err().contains("standard output is closed"), r.err());
            }
            assertFalse(Files.exists(dir.resolve("state/should-i-fire-client/history.jsonl")), "not recorded: never printed");
        });
    }

    private static boolean hasOutputExitCode() {
        try {
            return ExitCodes.class.getDeclaredField("OUTPUT") != null;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /**
     * SIFC_JAVA_OPTS wins over the launcher's defaults: a smaller heap, another collector and another
     * stack size all start (the defaults they clash with are left out), and their values are the
     * ones in force. Whatever the JVM says about them goes to stderr, never into the report.
     */
    @Test
    void theUsersJvmOptionsWinAndTheJvmNeverWritesToStdout() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Run small = sh(Map.of("SIFC_JAVA_OPTS", "-Xmx16m -XX:+UseParallelGC -Xss2m -XX:+PrintFlagsFinal"),
                    launch("--answers '" + KEEP + "' --no-history"));
            assertEquals(0, small.code(), small.err());
            assertTrue(small.out().startsWith("Should I fire this client? · Good Bakery"), small.out());
            assertFalse(small.out().contains("MaxHeapSize"), "the JVM's output is not in the report");
            assertTrue(small.err().matches("(?s).*MaxHeapSize += 16777216 .*"), "-Xmx16m in force");
            assertTrue(small.err().matches("(?s).*UseParallelGC += true .*"), "their collector");
            assertTrue(small.err().matches("(?s).*UseSerialGC += false .*"), "not ours besides");
            assertTrue(small.err().matches("(?s).*ThreadStackSize += 2048 .*"), "their stack size");
            Run initial = sh(Map.of("SIFC_JAVA_OPTS", "-Xms8m"), launch("--version"));
            assertEquals(0, initial.code(), initial.err());
            // Options the JVM refuses: its own message, on stderr only, and a non-zero exit.
            Run bad = sh(Map.of("SIFC_JAVA_OPTS", "-Xms64m -Xmx16m"), launch("--version"));
            assertEquals(1, bad.code());
            assertEquals("", bad.out());
            assertTrue(bad.err().contains("Initial heap size set to a larger value than the maximum heap size"), bad.err());
            Run tiny = sh(Map.of("SIFC_JAVA_OPTS", "-Xss1k"), launch("--version"));
            assertEquals("", tiny.out());
            assertTrue(tiny.err().contains("stack size specified is too small"), tiny.err());
            // Options are split on blanks and never globbed.
            Files.writeString(dir.resolve("-XX:+UseG1GC"), "");
            Run glob = sh(Map.of("SIFC_JAVA_OPTS", "-XX:+Use*GC"), launch("--version"));
            assertEquals(1, glob.code(), "the pattern reaches the JVM as written, not as the file name");
            assertEquals("", glob.out());
            // Logging the JVM would send to stdout goes to stderr: the report stays the report.
            for (String logging : List.of("-Xlog:gc", "-Xlog:gc:stdout", "-Xlog:gc*::uptime", "-verbose:gc", "-verbose:class", "--show-version")) {
                Run logged = sh(Map.of("SIFC_JAVA_OPTS", logging), launch("--answers '" + KEEP + "' --no-history --format json"));
                assertEquals(0, logged.code(), logging + ": " + logged.err());
                assertTrue(logged.out().startsWith("{") && logged.out().strip().lines().count() == 1, logging + " kept stdout clean:\n" + logged.out());
                assertFalse(logged.err().isEmpty(), logging + " still logs, on stderr");
            }
            // Options that make the java launcher do something else than run the tool are refused.
            for (String action : List.of("--version", "-version", "--help", "-jar", "-cp", "-Xlog:help", "stray")) {
                Run refused = sh(Map.of("SIFC_JAVA_OPTS", action), launch("--version"));
                assertEquals(2, refused.code(), action);
                assertEquals("", refused.out(), action);
                assertEquals("should-i-fire-client: SIFC_JAVA_OPTS: \"" + action + "\" is not an option for the JVM that runs the tool; remove it",
                        refused.err().strip(), action);
            }
        });
    }
}
