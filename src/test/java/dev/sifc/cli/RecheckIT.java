package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-check with the real launcher in a real pseudo-terminal: the second interview of a client
 * starts from the first one's answers, one key changes one answer, Enter keeps the other 30, and
 * the report lists exactly that change.
 */
class RecheckIT {
    private static final Path LAUNCHER = Path.of("bin/should-i-fire-client").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aReCheckInAPseudoTerminalTakesKeysOnlyForWhatChanged() throws Exception {
        Map<String, String> env = LaunchEnv.in(dir, "en_US.UTF-8");
        env.put("TERM", "xterm-256color");
        StringBuilder lines = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("examples/recalibrate.yaml"))) {
            if (line.startsWith("  ")) {
                lines.append(line.substring(line.indexOf(": ") + 2).replace("\"", "")).append('\n');
            }
        }
        Files.writeString(dir.resolve("answers.txt"), lines);
        ProcessBuilder first = new ProcessBuilder(LAUNCHER.toString(), "--client", "ACME GmbH")
                .redirectInput(dir.resolve("answers.txt").toFile()).redirectOutput(dir.resolve("first.txt").toFile())
                .redirectError(dir.resolve("first.err").toFile());
        first.environment().clear();
        first.environment().putAll(env);
        assertEquals(0, first.start().waitFor(), () -> read("first.err"));

        String script = "stty -g > " + dir.resolve("stty.before") + "; '" + LAUNCHER + "' --client 'ACME GmbH'; code=$?; stty -g > "
                + dir.resolve("stty.after") + "; echo \"EXIT=$code\"; sleep 30";
        try (Pty pty = new Pty(dir, env, 100, 32, "bash", "-c", script)) {
            pty.when("❯ 1  Start from last time's answers", "\r");
            pty.when("❯  3  Sometimes  (current answer)", "1\r"); // sometimes → never
            for (int i = 2; i <= 31; i++) {
                pty.when("Question " + i + " of 31", "\r");
            }
            pty.when("❯ ✔ Confirm", "\r");
            pty.when("Show it? 1, or Enter for none", "\r"); // the letter the report points to: none this time
            String transcript = pty.waitForTranscript("EXIT=");
            assertTrue(transcript.contains("EXIT=0"), transcript);
            Matcher section = Pattern.compile("Changed since [A-Z][a-z]{2} \\d{1,2}, \\d{4}\\r?\\n((?:  .*\\r?\\n)+)").matcher(transcript);
            assertTrue(section.find(), transcript);
            List<String> bullets = section.group(1).lines().filter(l -> l.startsWith("  •")).toList();
            assertEquals(1, bullets.size(), section.group(1));
            assertTrue(section.group(1).contains("”: Sometimes → Never"), section.group(1));
            assertFalse(transcript.contains("Exception"), transcript);
        }
        assertEquals(read("stty.before"), read("stty.after"), "the terminal's attributes are as before");
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
