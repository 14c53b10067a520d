package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is loaded that the run does not use: the real jar in a child JVM with {@code
 * -Xlog:class+load}, and the list of classes it loaded. Each check names the load it guards
 * against, so that reintroducing one fails here with the reason (docs/performance.md has the costs).
 */
class ClassLoadingIT {
    private static final Path JAR = Path.of("target/should-i-fire-client.jar").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final Pattern LOADED = Pattern.compile("^(\\S+) source: ", Pattern.MULTILINE);

    @TempDir
    Path dir;

    /** The classes a run of the jar with {@code args} loaded, in order; it must succeed. */
    private List<String> loaded(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + log + ":none", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(LaunchEnv.in(dir, "en_US.UTF-8"));
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");
        assertEquals(0, p.exitValue(), "exit code of " + String.join(" ", args));
        List<String> classes = new ArrayList<>();
        Matcher m = LOADED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
            classes.add(m.group(1));
        }
        assertTrue(classes.contains("dev.sifc.Main"), "the log lists the classes: " + classes.size());
        return classes;
    }

    private static void none(List<String> classes, String prefix, String why) {
        List<String> found = classes.stream().filter(c -> c.startsWith(prefix)).toList();
        assertTrue(found.isEmpty(), why + ": " + found);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aTextReportLoadsNeitherGsonNorJlineBeyondWcwidthNorTheMailLibrary() throws Exception {
        List<String> classes = loaded(EXAMPLES.resolve("fire.yaml").toString(), "--no-history");
        none(classes, "com.google.gson.", "a text report without a history to read needs no JSON");
        none(classes.stream().filter(c -> !c.startsWith("org.jline.utils.WCWidth")).toList(), "org.jline.",
                "a batch run opens no terminal (only text's WCWidth measures columns)");
        none(classes, "dev.sifc.mail.", "only letter --format eml writes e-mails");
        none(classes, "org.apache.james.", "only letter --format eml writes e-mails");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aJsonReportInGermanLoadsNoJline() throws Exception {
        List<String> classes = loaded(EXAMPLES.resolve("fire.yaml").toString(), "--format", "json", "--lang", "de", "--no-history");
        none(classes, "org.jline.", "JSON measures no columns and opens no terminal");
        assertTrue(classes.contains("com.google.gson.stream.JsonWriter"), "the check sees what the run loads");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aCalmClientReadsNoLetters() throws Exception {
        List<String> classes = loaded(EXAMPLES.resolve("keep.yaml").toString(), "--no-history");
        none(classes, "dev.sifc.load.LettersLoader", "a report with no letter to point to reads no letters file");
        assertTrue(!classes.contains("dev.sifc.core.Letter"), "a report with no letter to point to builds no letters");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void commandsThatPrintNoDateLoadNoTimeZoneDataAndVersionNoYaml() throws Exception {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"--help"},
                new String[] {"validate", EXAMPLES.resolve("keep.yaml").toString()})) {
            List<String> classes = loaded(args);
            String run = String.join(" ", args);
            none(classes, "sun.util.calendar.ZoneInfoFile", run + " prints no date: the clock must not read the time-zone database");
            none(classes, "java.time.zone.ZoneRulesProvider", run + " prints no date: the clock must not read the time-zone database");
        }
        none(loaded("--version"), "org.yaml.", "--version reads no questionnaire");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aReportAgainstAHistoryBootstrapsNoRecordMethods() throws Exception {
        String fire = EXAMPLES.resolve("fire.yaml").toString();
        loaded(fire, "--client", "ACME GmbH"); // recorded: the next run compares with it
        for (String format : List.of("text", "json")) {
            List<String> classes = loaded(fire, "--client", "ACME GmbH", "--format", format, "--no-history");
            // A record's equals and hashCode are bootstrapped through invokedynamic on first use, and
            // the class-data archive keeps none of the method-handle classes that spins: a record on the
            // common path that is hashed or compared writes them out (HistoryKey) or is compared by id.
            none(classes, "java.lang.runtime.ObjectMethods", format + ": a record's equals or hashCode on the common path");
        }
    }

    /**
     * javac -XDstringConcat=inline (pom.xml), for our classes and picocli's: a concatenation through
     * invokedynamic spins method-handle classes on its first run, which no Java 17 archive keeps.
     * (StringConcatFactory itself is loaded by every JVM at boot, so the class list cannot tell.)
     */
    @Test
    void noConcatenationInTheJarGoesThroughInvokedynamic() throws IOException {
        List<String> found = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                String name = e.getName();
                if (name.endsWith(".class") && (name.startsWith("dev/sifc/") || name.startsWith("picocli/"))) {
                    String bytes = new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (bytes.contains("makeConcatWithConstants")) {
                        found.add(name);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "compiled without -XDstringConcat=inline (a stale build? mvn clean): " + found);
    }
}
