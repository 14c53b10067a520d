package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.text.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in a real pseudo-terminal with no COLUMNS exported (as a shell leaves it): the report
 * asks the terminal for its width and fits it; into a pipe it keeps 78 columns.
 */
class TerminalWidthIT {
    private static final Path LAUNCHER = Path.of("bin/should-i-fire-client").toAbsolutePath();
    private static final Path EXAMPLE = Path.of("examples/recalibrate.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private Map<String, String> env() throws IOException {
        Map<String, String> env = LaunchEnv.in(dir, "de_DE.UTF-8");
        env.put("TERM", "xterm-256color");
        env.remove("COLUMNS");
        return env;
    }

    private String run(int columns, String pipe) throws IOException {
        String command = "'" + LAUNCHER + "' --answers '" + EXAMPLE + "' --no-history --color never" + pipe + "; echo \"EXIT=$?\"; sleep 30";
        try (Pty pty = new Pty(dir, env(), columns, 24, "bash", "-c", command)) {
            return pty.waitForTranscript("EXIT=");
        }
    }

    @Test
    void theReportFitsTheTerminalItIsShownIn() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String at40 = run(40, "");
            assertTrue(at40.contains("EXIT=0"), at40);
            assertTrue(at40.contains("  5  Reagiert nicht auf dich\n     ██████░░░░  63  zeigt sich\n"), at40);
            for (String line : at40.split("\n", -1)) {
                assertTrue(Text.length(line) <= 40, () -> "wider than the terminal: \"" + line + "\"\n" + at40);
            }
            assertTrue(at40.contains("Prüfe erneut am "), at40);
        });
    }

    @Test
    void aPipeKeeps78ColumnsWhateverTheTerminal() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String piped = run(120, " | cat");
            assertTrue(piped.contains("EXIT=0"), piped);
            assertTrue(piped.contains("  5  Reagiert nicht auf dich  "), piped);
            assertFalse(piped.contains("\n     ██"), piped);
            for (String line : piped.split("\n", -1)) {
                assertTrue(Text.length(line) <= 78, () -> "wider than 78: \"" + line + "\"\n" + piped);
            }
        });
    }
}
