package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long portfolio is read in constant memory: 20,000 JSON Lines clients and 10,000 YAML documents
 * run in a 16 MiB heap, where keeping even a few hundred bytes per client would not fit, also while
 * every client is recorded in the history (a record is ~1 KB in memory: keeping this run's records to
 * spot repeats once needed 280 MiB for 100,000 clients). Run on the built jar, as a user runs it, with
 * the heap made small on purpose.
 */
class PortfolioMemoryIT {
    private static final int HEAP_MIB = 16;

    @TempDir
    Path dir;

    @Test
    void twentyThousandJsonLinesClientsFitASmallHeap() throws Exception {
        assertEquals(20_000, reports(jsonLines("many.jsonl", 20_000), false));
    }

    @Test
    void twentyThousandClientsRecordedInTheHistoryFitASmallHeapAndAllAreRecorded() throws Exception {
        assertEquals(20_000, reports(jsonLines("recorded.jsonl", 20_000), true));
        try (var history = Files.lines(dir.resolve("state/should-i-fire-client/history.jsonl"))) {
            assertEquals(20_000, history.count(), "every client is recorded, once");
        }
    }

    /** A JSON Lines portfolio of {@code clients} clients, each named apart, made from examples/portfolio.jsonl. */
    private Path jsonLines(String name, int clients) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/portfolio.jsonl"));
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < clients; i++) {
                w.write(lines.get(i % lines.size()).replaceFirst("\"client\": \"[^\"]*\"", "\"client\": \"Client " + i + "\""));
                w.write('\n');
            }
        }
        return file;
    }

    @Test
    void tenThousandYamlDocumentsFitASmallHeap() throws Exception {
        String one = Files.readString(Path.of("examples/fire.yaml")).replaceFirst("(?m)^client: .*\n", "");
        Path file = dir.resolve("many.yaml");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 10_000; i++) {
                w.write((i > 0 ? "---\n" : "") + "client: Client " + i + "\n" + one);
            }
        }
        assertEquals(10_000, reports(file, false));
    }

    /**
     * Runs the jar on {@code file} with a small heap, recording into a state folder of its own or not;
     * returns how many JSON lines it printed, after checking it succeeded.
     */
    private long reports(Path file, boolean recorded) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx" + HEAP_MIB + "m", "-jar",
                Path.of("target", "should-i-fire-client.jar").toAbsolutePath().toString(), file.toString(), "--format", "json"));
        if (!recorded) {
            command.add("--no-history");
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process p = pb.redirectError(dir.resolve("stderr").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        long count;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            count = r.lines().filter(l -> l.startsWith("{\"schemaVersion\":")).count();
        }
        int code = p.waitFor();
        assertEquals(0, code, () -> {
            try {
                return Files.readString(dir.resolve("stderr"));
            } catch (IOException e) {
                return e.toString();
            }
        });
        return count;
    }
}
