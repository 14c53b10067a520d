package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The benchmark still runs (quick mode). It asserts no timings: those are for docs/performance.md. */
class BenchIT {
    /**
     * As CI runs it: no stdin, and a registry that cannot be reached (the quick run never installs the
     * Node.js peer; it measures it when installed and says it skipped it when not).
     */
    @Test
    void theQuickBenchmarkRunsAndPrintsItsTable() throws Exception {
        assumeTrue(new File("/usr/bin/python3").canExecute() || onPath("python3"), "the benchmark needs python3");
        ProcessBuilder pb = new ProcessBuilder(Path.of("bench/run.sh").toAbsolutePath().toString(), "--quick")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("npm_config_registry", "http://127.0.0.1:9/");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        for (String row : new String[] {"| measurement | Java ", " | target | met |", "| `java Hello` (floor) |",
            "| one client, JSON, recorded (launcher) |", "| the same, `java` with the launcher's flags (interleaved) |", "| `--help` |",
            "| `--version` |", "| `history` (1,000 assessments) |", "| `letter payment-reminder` (one letter) |",
            "| first screen of the interview (pseudo-terminal) |", "| peer: Node.js",
            "| portfolio of 2,000 clients, JSON, recorded |", "| portfolio of 2,000 clients, JSON Lines answers |",
            "the launcher's own cost", "assessments per second after start-up"}) {
            assertTrue(out.contains(row), row + " in\n" + out);
        }
        String peer = out.lines().filter(l -> l.startsWith("| peer: Node.js")).findFirst().orElseThrow();
        assertTrue(peer.contains(" ms | ") || (peer.contains("skipped (see the notes)") && out.contains("- peer: skipped: ")), peer);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
