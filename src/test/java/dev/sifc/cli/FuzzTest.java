package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded, repeatable mutations of valid questionnaires and answers files: byte flips, truncation,
 * duplicated and swapped lines, random indentation. Every mutant must end in exit 0 or 2, with no
 * stack trace, and none may hang. A seed that ever fails is kept in REGRESSIONS.
 */
class FuzzTest {
    /** A hang guard, not a speed limit: a mutant takes milliseconds, a loaded CI machine may be slow. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** Seeds that once found a bug; kept as regression cases. None so far. */
    private static final long[] REGRESSIONS = {};
    private static final int SEEDS = 150;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        LongStream seeds = LongStream.concat(Arrays.stream(REGRESSIONS), LongStream.range(1, SEEDS + 1));
        seeds.forEach(seed -> {
            cases.add(Arguments.of("answers", "examples/fire.yaml", seed));
            cases.add(Arguments.of("portfolio", "examples/portfolio.yaml", seed));
            if (seed % 3 == 0) {
                cases.add(Arguments.of("questionnaire", "questions.yaml", seed));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("cases")
    void mutantsEndCleanly(String kind, String file, long seed) throws IOException {
        byte[] original = Files.readAllBytes(Path.of(file));
        byte[] mutant = mutate(original, new Random(seed));
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Files.write(dir.resolve("m.yaml"), mutant);
            String[] args = kind.equals("questionnaire")
                    ? new String[] {"--questions", "m.yaml", "--answers", Path.of("examples/fire.yaml").toAbsolutePath().toString(),
                        "--allow-missing"}
                    : new String[] {"--answers", "m.yaml", "--allow-missing", "--format", seed % 2 == 0 ? "json" : "text"};
            CliRunner.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> new CliRunner().cwd(dir).run(args));
            String context = kind + " seed " + seed + "\n" + new String(mutant, StandardCharsets.UTF_8) + "\n" + r;
            assertTrue(r.code() == 0 || r.code() == 2, context);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("internal error"), context);
            if (r.code() == 2) {
                assertFalse(r.err().isBlank(), context);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static byte[] mutate(byte[] input, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(input, StandardCharsets.ISO_8859_1).split("\n", -1)));
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> { // flip a byte
                    String line = lines.get(at);
                    if (!line.isEmpty()) {
                        char[] chars = line.toCharArray();
                        chars[random.nextInt(chars.length)] = (char) random.nextInt(256);
                        lines.set(at, new String(chars));
                    }
                }
                case 1 -> { // truncate
                    lines = new ArrayList<>(lines.subList(0, at));
                    if (lines.isEmpty()) {
                        lines.add("");
                    }
                }
                case 2 -> lines.add(at, lines.get(at)); // duplicate a line
                case 3 -> { // swap two lines
                    int other = random.nextInt(lines.size());
                    String t = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, t);
                }
                case 4 -> lines.set(at, " ".repeat(random.nextInt(7)) + lines.get(at).stripLeading()); // indentation
                default -> lines.set(at, lines.get(at).replace(": ", random.nextBoolean() ? ":" : ": &x ")); // syntax
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }
}
