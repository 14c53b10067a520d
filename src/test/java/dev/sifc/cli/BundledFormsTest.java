package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with the bundled questionnaire and letters (read from the forms the build compiles) prints
 * exactly what it prints with the same YAML files given as {@code --questions} and {@code --letters},
 * and those still go through the YAML loaders, with positions in their errors.
 */
class BundledFormsTest {
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    Path dir;

    private static void assertSameWithYaml(String option, String file, String... args) {
        CliRunner.Result bundled = new CliRunner().env("XDG_STATE_HOME", "/nonexistent").run(args);
        List<String> withYaml = new ArrayList<>(List.of(option, Path.of(file).toAbsolutePath().toString()));
        withYaml.addAll(List.of(args));
        CliRunner.Result yaml = new CliRunner().env("XDG_STATE_HOME", "/nonexistent").run(withYaml.toArray(String[]::new));
        assertEquals(0, bundled.code(), bundled::toString);
        assertTrue(bundled.out().length() > 200, bundled::toString);
        assertEquals(yaml.toString(), bundled.toString(), String.join(" ", args));
    }

    @Test
    void reportsListingsAndTheTemplateAreTheSameAsWithQuestionsYaml() {
        for (String example : List.of("fire", "keep", "recalibrate", "partial", "portfolio")) {
            for (String format : List.of("text", "json", "markdown")) {
                assertSameWithYaml("--questions", "questions.yaml", "--answers", EXAMPLES.resolve(example + ".yaml").toString(),
                        "--format", format, "--no-history", "--allow-missing");
            }
        }
        assertSameWithYaml("--questions", "questions.yaml", "--answers", EXAMPLES.resolve("fire.yaml").toString(), "--lang", "de",
                "--no-history");
        assertSameWithYaml("--questions", "questions.yaml", "questions");
        assertSameWithYaml("--questions", "questions.yaml", "questions", "--format", "json");
        assertSameWithYaml("--questions", "questions.yaml", "template");
    }

    @Test
    void theLettersAreTheSameAsWithLettersYaml() {
        assertSameWithYaml("--letters", "letters.yaml", "letter");
        for (String kind : List.of("hours", "payment-reminder", "ending", "ending-final")) {
            assertSameWithYaml("--letters", "letters.yaml", "letter", kind, "--client", "Acme");
            assertSameWithYaml("--letters", "letters.yaml", "letter", kind, "--lang", "de");
        }
    }

    @Test
    void aQuestionsFileIsStillReadAsYamlWithPositions() throws IOException {
        String q = Files.readString(Path.of("questions.yaml"));
        List<String> lines = q.lines().toList();
        int line = lines.indexOf(lines.stream().filter(l -> l.trim().startsWith("min-judged-signs:")).findFirst().orElseThrow()) + 1;
        Files.writeString(dir.resolve("q.yaml"), q.replaceFirst("min-judged-signs: \\d+", "min-judged-signs: many"));
        CliRunner.Result r = new CliRunner().cwd(dir).run("--questions", "q.yaml", "--answers",
                EXAMPLES.resolve("fire.yaml").toString(), "--no-history");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("q.yaml:" + line + ":"), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }
}
