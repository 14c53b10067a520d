package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complete reports, compared byte for byte with reviewed files in src/test/resources/golden.
 * After an intended change, regenerate with -Dgolden.update=true and review the diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "{0} in {1} as {2}")
    @CsvSource({
        "fire, en, text", "fire, de, text",
        "fire, en, markdown", "fire, de, markdown",
        "fire, en, json", "fire, de, json",
        "keep, en, text", "recalibrate, de, text",
        "portfolio, en, text", "portfolio, de, markdown", "portfolio, en, json",
    })
    void reportMatchesGolden(String example, String lang, String format) throws IOException {
        CliRunner.Result r = new CliRunner().on("2026-03-02").run("--answers", "examples/" + example + ".yaml", "--lang", lang,
                "--format", format);
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        String ext = switch (format) {
            case "markdown" -> "md";
            case "json" -> "jsonl";
            default -> "txt";
        };
        matches(GOLDEN.resolve(example + "." + lang + "." + ext), r.out());
    }

    /** At a terminal of 40 columns (COLUMNS, as the shell exports it), the text report is laid out for 40. */
    @ParameterizedTest(name = "{0} in {1} at 40 columns")
    @CsvSource({"fire, en", "fire, de", "recalibrate, en", "recalibrate, de", "portfolio, en", "portfolio, de"})
    void aNarrowTerminalGetsItsOwnLayout(String example, String lang) throws IOException {
        CliRunner.Result r = new CliRunner().on("2026-03-02").terminal(false, true).env("COLUMNS", "40")
                .run("--answers", "examples/" + example + ".yaml", "--lang", lang, "--color", "never");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        for (String line : r.out().split("\n", -1)) {
            assertTrue(Text.length(line) <= 40, () -> "wider than 40 columns: \"" + line + "\"");
        }
        matches(GOLDEN.resolve(example + "." + lang + ".40.txt"), r.out());
        // A letter's command too long for the line is continued with " \\": as the shell joins the lines.
        String joined = r.out().replaceAll(" \\\\\n\\s+", " ");
        Matcher commands = Pattern.compile("`(should-i-fire-client letter [^`]+)`").matcher(new CliRunner().on("2026-03-02")
                .run("--answers", "examples/" + example + ".yaml", "--lang", lang, "--format", "markdown").out());
        while (commands.find()) {
            String command = commands.group(1);
            assertTrue(joined.contains(command), () -> "not continued as one command: " + command + "\n" + r.out());
        }
    }

    private static void matches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }
}
