package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.load.CompiledForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar reads the bundled questionnaire and letters from the forms the build compiled into
 * it, without loading a single SnakeYAML class, and refuses a broken form with one line and exit 1
 * (an internal error: the build is broken), not with a wrong verdict.
 */
class CompiledFormIT {
    private static final Path JAR = Path.of("target/should-i-fire-client.jar").toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    /** The tool from the jar, with {@code first} (a folder) before it on the class path when not null. */
    private Run run(Path first, List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", (first == null ? "" : first + ":") + JAR, "dev.sifc.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile()));
        pb.environment().clear();
        pb.environment().putAll(LaunchEnv.in(dir, "en_US.UTF-8"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    private static byte[] fromJar(String entry) throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return in.readAllBytes();
        }
    }

    /** A folder that holds {@code form} at {@code entry}, to shadow the jar's. */
    private Path shadowing(String entry, byte[] form) throws IOException {
        Path folder = dir.resolve("shadow-" + entry.hashCode());
        Path file = folder.resolve(entry);
        Files.createDirectories(file.getParent());
        Files.write(file, form);
        return folder;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theBundledQuestionnaireAndLettersLoadNoYamlParser() throws Exception {
        Path log = dir.resolve("classes.log");
        for (List<String> args : List.of(List.of("questions", "--format", "json"), List.of("template"),
                List.of("letter", "ending", "--client", "Acme"))) {
            Files.deleteIfExists(log);
            Run r = run(null, List.of("-Xlog:class+load=info:file=" + log), args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            List<String> loaded = Files.readAllLines(log);
            assertTrue(loaded.stream().anyMatch(l -> l.contains(" " + CompiledForm.class.getName() + " ")), String.join(" ", args));
            assertEquals(List.of(), loaded.stream().filter(l -> l.contains("org.yaml.snakeyaml")).toList(), String.join(" ", args));
        }
        // The same files as --questions and --letters are YAML, and parsed as such.
        Files.deleteIfExists(log);
        Run yaml = run(null, List.of("-Xlog:class+load=info:file=" + log), "--questions", Path.of("questions.yaml")
                .toAbsolutePath().toString(), "template");
        assertEquals(0, yaml.code(), yaml.err());
        assertTrue(Files.readAllLines(log).stream().anyMatch(l -> l.contains("org.yaml.snakeyaml.composer.Composer ")));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aBrokenFormInTheJarIsAnInternalErrorOnOneLine() throws Exception {
        byte[] questions = fromJar("dev/sifc/questions.bin");
        questions[questions.length / 2] ^= 1;
        Run r = run(shadowing("dev/sifc/questions.bin", questions), List.of(), "--answers",
                Path.of("examples/fire.yaml").toAbsolutePath().toString(), "--no-history");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("should-i-fire-client: internal error: IllegalStateException: /dev/sifc/questions.bin is corrupt: its "
                + "checksum does not match. This is a bug; run again with --debug and report the trace.\n", r.err());

        byte[] letters = fromJar("dev/sifc/letters.bin");
        ByteBuffer.wrap(letters).putInt(5, 99); // the format, after the magic and the kind
        Run old = run(shadowing("dev/sifc/letters.bin", letters), List.of(), "letter", "ending");
        assertEquals(1, old.code(), old.err());
        assertEquals("should-i-fire-client: internal error: IllegalStateException: /dev/sifc/letters.bin has format 99, "
                + "this build reads format 1; rebuild the jar. This is a bug; run again with --debug and report the trace.\n",
                old.err());
    }
}
