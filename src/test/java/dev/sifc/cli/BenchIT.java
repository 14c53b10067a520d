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
    @Test
    void theQuickBenchmarkRunsAndPrintsItsTable() throws Exception {
        assumeTrue(new File("/usr/bin/python3").canExecute() || onPath("python3"), "the benchmark needs python3");
        Process p = new ProcessBuilder(Path.of("bench/run.sh").toAbsolutePath().toString(), "--quick")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        for (String row : new String[] {"| `java Hello` (floor) |", "| one client, batch, JSON |", "| `--help` |",
            "| first prompt drawn (pseudo-terminal) |", "| portfolio of 2000 clients, JSON, recorded in the history |",
            "| `history` (1,000 assessments) |", "assessments per second"}) {
            assertTrue(out.contains(row), row + " in\n" + out);
        }
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
