package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built launcher, run as users run it: from other folders, through a symlink, in a real terminal. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/should-i-fire-client").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    /** The terminal the tests run the launcher in; the keys they type are the ones its terminfo entry names. */
    private static final String TERM = "xterm-256color";
    private static final String DOWN = key(Capability.key_down);
    private static final String UP = key(Capability.key_up);

    @TempDir
    Path dir;

    private Map<String, String> env() throws IOException {
        Map<String, String> env = LaunchEnv.in(dir, "en_US.UTF-8");
        env.put("TERM", TERM);
        return env;
    }

    /**
     * The bytes a key sends on {@link #TERM}, read from its terminfo entry the way the tool's own
     * key map reads them, rather than one hard-coded mode (ESC [ B or, in keypad mode, ESC O B).
     */
    private static String key(Capability capability) {
        try (Terminal terminal = TerminalBuilder.builder().system(false).type(TERM)
                .streams(InputStream.nullInputStream(), OutputStream.nullOutputStream()).build()) {
            return KeyMap.key(terminal, capability);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(int code, String out, String err) {}

    private Run run(Path launcher, String stdin, String... args) throws IOException, InterruptedException {
        return run(launcher, stdin, Map.of(), args);
    }

    private Run run(Path launcher, String stdin, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        return finish(start(launcher, extraEnv, args), stdin);
    }

    private Process start(Path launcher, Map<String, String> extraEnv, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env());
        pb.environment().putAll(extraEnv);
        return pb.start();
    }

    /** Writes stdin, reads stdout then stderr (small outputs only), and waits. */
    private static Run finish(Process p, String stdin) throws IOException, InterruptedException {
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    /**
     * The README's step that puts the bare command on the PATH, run exactly as written in a fresh
     * home (no ~/.local/bin yet, a space in its name), then the README's PATH line, as a new shell
     * would have it: the bare name finds the launcher and runs. Twice, as a user repeating it would.
     */
    @Test
    void theReadmesPathStepWorksInAFreshHome() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        String link = readme.stream().filter(l -> l.startsWith("mkdir -p ~/.local/bin && ")).findFirst().orElseThrow();
        String export = readme.stream().filter(l -> l.startsWith("export PATH=")).findFirst().orElseThrow();
        Path home = dir.resolve("fresh home");
        Files.createDirectories(home);
        for (int i = 0; i < 2; i++) {
            ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "--noprofile", "-c",
                    link + "\n" + export + "\ncommand -v should-i-fire-client\nshould-i-fire-client --version")
                    .directory(Path.of("").toAbsolutePath().toFile());
            pb.environment().clear();
            pb.environment().putAll(env());
            pb.environment().put("HOME", home.toString());
            Run r = finish(pb.start(), "");
            assertEquals(0, r.code(), r.out() + r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals(home.resolve(".local/bin/should-i-fire-client").toString(), lines.get(0), r.out());
            assertTrue(lines.get(1).startsWith("should-i-fire-client "), r.out());
        }
        assertEquals(LAUNCHER, Files.readSymbolicLink(home.resolve(".local/bin/should-i-fire-client")));
    }

    /**
     * Two processes recording big portfolios into one history at the same moment: every record
     * lands, whole, and the history reads back without a skipped line.
     */
    @Test
    void twoProcessesRecordingAtOnceBothLand() throws Exception {
        int clients = 1500;
        String client = Files.readString(EXAMPLES.resolve("recalibrate.yaml"));
        for (String who : List.of("a", "b")) {
            StringBuilder portfolio = new StringBuilder();
            for (int i = 0; i < clients; i++) {
                portfolio.append("---\n").append(client.replace("client: Startup Inc", "client: " + who + "-" + i));
            }
            Files.writeString(dir.resolve(who + ".yaml"), portfolio);
        }
        Process a = start(LAUNCHER, Map.of(), "--answers", "a.yaml", "--format", "json");
        Process b = start(LAUNCHER, Map.of(), "--answers", "b.yaml", "--format", "json");
        // Both outputs are read at once: a full pipe would stall one writer and serialise the test.
        var outA = CompletableFuture.supplyAsync(() -> drain(a));
        var outB = CompletableFuture.supplyAsync(() -> drain(b));
        assertEquals(0, a.waitFor());
        assertEquals(0, b.waitFor());
        assertEquals(clients, outA.get().lines().count());
        assertEquals(clients, outB.get().lines().count());

        List<String> lines = Files.readAllLines(dir.resolve("state/should-i-fire-client/history.jsonl"));
        assertEquals(2 * clients, lines.size());
        for (String line : lines) {
            assertTrue(line.startsWith("{\"schema\":1,") && line.endsWith("\"questionnaire\":\"fire-client@2\"}"), line);
        }
        Run list = run(LAUNCHER, "", "history", "--format", "json");
        assertEquals("", list.err(), "no line was skipped");
        assertEquals(2L * clients, list.out().lines().count());
        // Each process appended in blocks: its own records keep their order.
        List<String> fromA = lines.stream().filter(l -> l.contains("\"client\":\"a-")).toList();
        for (int i = 0; i < clients; i++) {
            assertTrue(fromA.get(i).contains("\"client\":\"a-" + i + "\""), fromA.get(i));
        }
    }

    /**
     * Forgetting a client while another process is recording: the rewrite and the appends take the
     * same lock, so no block is lost to the replaced file and no line is torn.
     */
    @Test
    void forgettingWhileAnotherProcessRecordsLosesNothingElse() throws Exception {
        int clients = 3000;
        String client = Files.readString(EXAMPLES.resolve("keep.yaml"));
        StringBuilder portfolio = new StringBuilder();
        for (int i = 0; i < clients; i++) {
            portfolio.append("---\n").append(client.replace("client: Good Bakery", "client: c-" + i));
        }
        Files.writeString(dir.resolve("many.yaml"), portfolio);
        Path history = dir.resolve("state/should-i-fire-client/history.jsonl");
        Process writer = start(LAUNCHER, Map.of(), "--answers", "many.yaml", "--format", "json");
        var out = CompletableFuture.supplyAsync(() -> drain(writer));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Files.exists(history) && Files.size(history) > 0) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Run forget = run(LAUNCHER, "", "history", "--forget", "C-0");
        assertEquals(0, writer.waitFor());
        out.get();
        assertEquals(0, forget.code(), forget.err());
        assertEquals("Forgot 1 assessment of c-0.\n", forget.out());
        List<String> lines = Files.readAllLines(history);
        assertEquals(clients - 1, lines.size(), "every other record is there");
        assertFalse(lines.stream().anyMatch(l -> l.contains("\"client\":\"c-0\"")));
        assertEquals("", run(LAUNCHER, "", "history", "--format", "json").err(), "no line is torn");
    }

    private static String drain(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the clone (launcher, pom.xml, the two YAML files, src/main and the built jar), its
     * sources an hour older than its jar, and a stand-in for Maven on the PATH that logs each build
     * and repackages nothing (it only touches the jar, as a real build rewrites it). No archive: the
     * copies would train one each.
     */
    private record Clone(Path root, Path buildLog, Map<String, String> env) {
        /** Runs the launcher of the copy; returns how many builds it started, with the run's result. */
        Run launch(Path launcher, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            return finish(pb.start(), "");
        }

        int builds() throws IOException {
            return Files.exists(buildLog) ? Files.readAllLines(buildLog).size() : 0;
        }

        Path file(String path) {
            return root.resolve(path);
        }

        Path launcher() {
            return root.resolve("bin/should-i-fire-client");
        }
    }

    private Clone cloneOfTheProject() throws IOException {
        Path root = dir.resolve("clone");
        Instant hourAgo = Instant.now().minusSeconds(3600);
        for (String path : List.of("bin", "src/main", "pom.xml", "questions.yaml", "letters.yaml")) {
            Path from = Path.of(path).toAbsolutePath();
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path to = root.resolve(Path.of("").toAbsolutePath().relativize(f));
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(hourAgo));
            }
        }
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("target/should-i-fire-client.jar"), root.resolve("target/should-i-fire-client.jar"));
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Path builds = dir.resolve("builds.log");
        Files.writeString(tools.resolve("mvn"), "#!/bin/sh\necho \"$PWD $*\" >> '" + builds + "'\ntouch target/should-i-fire-client.jar\n");
        tools.resolve("mvn").toFile().setExecutable(true);
        Map<String, String> env = env();
        env.put("PATH", tools + ":" + env.get("PATH"));
        env.put("SIFC_NO_ARCHIVE", "1");
        return new Clone(root, builds, env);
    }

    /** The jar the copy runs is fresh: the run says the version and builds nothing. */
    private static void runsWithoutBuilding(Clone clone, int builds, String why) throws Exception {
        Run r = clone.launch(clone.launcher(), "--version");
        assertEquals(0, r.code(), why + ": " + r.err());
        assertTrue(r.out().startsWith("should-i-fire-client "), why + ": " + r.out());
        assertEquals("", r.err(), why);
        assertEquals(builds, clone.builds(), why + ": no build");
    }

    /** The change makes the next run build (once), and the run after that builds nothing. */
    private static void changeBuildsOnce(Clone clone, String why) throws Exception {
        int before = clone.builds();
        Run r = clone.launch(clone.launcher(), "--version");
        assertEquals(0, r.code(), why + ": " + r.err());
        assertTrue(r.err().contains("building (first run or sources changed"), why + ": " + r.err());
        assertEquals(before + 1, clone.builds(), why + ": one build");
        assertTrue(r.out().startsWith("should-i-fire-client "), why + ": " + r.out());
        runsWithoutBuilding(clone, before + 1, why + ", then");
    }

    @Test
    void everyKindOfChangeToTheSourcesRebuildsTheJarAndNothingElseDoes() throws Exception {
        Clone clone = cloneOfTheProject();
        runsWithoutBuilding(clone, 0, "a jar newer than every source, no stamp yet");
        assertTrue(Files.exists(clone.file("target/launcher.stamp")), "the stamp is written");
        runsWithoutBuilding(clone, 0, "with the stamp");

        Path java = clone.file("src/main/java/dev/sifc/core/Suggest.java");
        // An edit in place: the file is rewritten, its folder is not touched.
        FileTime folder = Files.getLastModifiedTime(java.getParent());
        Files.writeString(java, Files.readString(java) + "\n");
        assertEquals(folder, Files.getLastModifiedTime(java.getParent()), "an edit in place");
        changeBuildsOnce(clone, "a source edited in place");

        // Files that keep an old time (a copy with its dates, a rename): their folder tells.
        Path added = clone.file("src/main/java/dev/sifc/core/Added.java");
        Files.copy(java, added, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(added, FileTime.from(Instant.now().minusSeconds(7200)));
        changeBuildsOnce(clone, "a new file with an old time");
        Files.move(added, clone.file("src/main/java/dev/sifc/core/Renamed.java"));
        changeBuildsOnce(clone, "a file renamed");
        Files.delete(clone.file("src/main/java/dev/sifc/core/Renamed.java"));
        changeBuildsOnce(clone, "a file deleted");
        Path newFolder = clone.file("src/main/java/dev/sifc/extra/New.java");
        Files.createDirectories(newFolder.getParent());
        Files.writeString(newFolder, "package dev.sifc.extra;\n");
        changeBuildsOnce(clone, "a new folder with a new file");

        for (String input : List.of("pom.xml", "questions.yaml", "letters.yaml",
                "src/main/resources/dev/sifc/messages.properties")) {
            Path f = clone.file(input);
            Files.writeString(f, Files.readString(f) + "\n");
            changeBuildsOnce(clone, input + " edited");
        }

        // A jar built by Maven itself (mvn package, not through the launcher): newer than the stamp,
        // which is then checked again by the full scan and rewritten, and the run builds nothing.
        String stampBefore = Files.readAllLines(clone.file("target/launcher.stamp")).get(2);
        Files.setLastModifiedTime(clone.file("target/should-i-fire-client.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        runsWithoutBuilding(clone, clone.builds(), "a jar Maven rebuilt");
        assertFalse(stampBefore.equals(Files.readAllLines(clone.file("target/launcher.stamp")).get(2)),
                "the stamp names the new jar (the archive's key)");

        // A deleted jar is built again.
        Files.delete(clone.file("target/should-i-fire-client.jar"));
        Files.copy(Path.of("target/should-i-fire-client.jar"), clone.file("target/should-i-fire-client.jar"));
        Files.setLastModifiedTime(clone.file("target/should-i-fire-client.jar"), FileTime.from(Instant.now().minusSeconds(1800)));
        Files.writeString(java, Files.readString(java) + "\n");
        changeBuildsOnce(clone, "an older jar put in its place");
    }

    /**
     * A stamp is the clone's own: copied into another clone (or left by a clone that moved), it names
     * a root whose launcher is not this one, and the run checks the sources by the full scan instead.
     * Through a symlink, the root remembered in the user's cache is trusted only for the very file the
     * link reaches.
     */
    @Test
    void aStampOrARememberedRootFromAnotherCloneIsNotTrusted() throws Exception {
        Clone clone = cloneOfTheProject();
        runsWithoutBuilding(clone, 0, "first run");
        List<String> stamp = new ArrayList<>(Files.readAllLines(clone.file("target/launcher.stamp")));
        stamp.set(1, Path.of("").toAbsolutePath().toString());  // this worktree, another clone
        stamp.subList(4, stamp.size()).clear();
        stamp.add(clone.file("pom.xml").toString());           // which would check pom.xml alone
        Files.write(clone.file("target/launcher.stamp"), stamp);
        Path java = clone.file("src/main/java/dev/sifc/core/Suggest.java");
        Files.writeString(java, Files.readString(java) + "\n");
        changeBuildsOnce(clone, "an edit, with a stamp naming another clone");

        Path link = dir.resolve("links/sifc");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, clone.launcher());
        Run viaLink = clone.launch(link, "--version");
        assertEquals(0, viaLink.code(), viaLink.err());
        Path remembered = dir.resolve(".cache/should-i-fire-client/launcher-root");
        assertEquals(List.of(clone.root().toString()), Files.readAllLines(remembered));
        Files.write(remembered, List.of(Path.of("").toAbsolutePath().toString()));
        Files.writeString(java, Files.readString(java) + "\n");
        int before = clone.builds();
        Run r = clone.launch(link, "--version");
        assertEquals(0, r.code(), r.err());
        assertEquals(before + 1, clone.builds(), "the clone the link leads to is checked and built: " + r.err());
        assertEquals(List.of(clone.root().toString()), Files.readAllLines(remembered));
    }

    /** SIFC_LAUNCHER_PRINT=1: the java command, one argument a line, which run as is gives the same output. */
    @Test
    void theLaunchersCommandRunsAsIs() throws Exception {
        Run printed = run(LAUNCHER, "", Map.of("SIFC_LAUNCHER_PRINT", "1"), "--answers", EXAMPLES.resolve("fire.yaml").toString(),
                "--format", "json", "--no-history");
        assertEquals(0, printed.code(), printed.err());
        List<String> command = printed.out().lines().toList();
        assertTrue(command.contains("-jar") && command.get(command.size() - 1).equals("--no-history"), printed.out());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env());
        Run direct = finish(pb.start(), "");
        Run launched = run(LAUNCHER, "", "--answers", EXAMPLES.resolve("fire.yaml").toString(), "--format", "json", "--no-history");
        assertEquals(0, direct.code(), direct.err());
        assertEquals(launched.out(), direct.out());
        assertTrue(direct.out().contains("\"verdict\":{\"id\":\"fire\""), direct.out());
    }

    /**
     * The JIT and the start heap follow the answers: one client (or none) gets C1 alone and a 16 MiB
     * start heap (fast start, small RSS); a long portfolio gets C2 and 32 MiB, also when it is given
     * as the lone FILE argument, and also from a pipe; the user's own heap size wins.
     */
    @Test
    void aLongPortfolioGetsTheFullJitWhicheverWayItIsGiven() throws Exception {
        Path big = dir.resolve("many.yaml");
        String one = Files.readString(EXAMPLES.resolve("fire.yaml"));
        Files.writeString(big, String.join("---\n", Collections.nCopies(400, one)));
        assertTrue(Files.size(big) > 262_144, "the portfolio must be over the launcher's 256 KiB line");
        Map<String, String> print = Map.of("SIFC_LAUNCHER_PRINT", "1");
        for (String[] args : List.of(new String[] {big.toString()}, new String[] {"--no-history", big.toString()},
                new String[] {"--answers", big.toString()}, new String[] {"--answers=" + big})) {
            List<String> command = run(LAUNCHER, "", print, args).out().lines().toList();
            assertFalse(command.contains("-XX:TieredStopAtLevel=1"), () -> String.join(" ", args) + ": " + command);
            assertTrue(command.contains("-Xms32m"), () -> String.join(" ", args) + ": " + command);
        }
        for (String[] args : List.of(new String[] {EXAMPLES.resolve("fire.yaml").toString()}, new String[] {"--client", "ACME"},
                new String[] {})) {
            List<String> command = run(LAUNCHER, "", print, args).out().lines().toList();
            assertTrue(command.contains("-XX:TieredStopAtLevel=1") && command.contains("-Xms16m"),
                    () -> String.join(" ", args) + ": " + command);
        }
        List<String> own = run(LAUNCHER, "", Map.of("SIFC_LAUNCHER_PRINT", "1", "SIFC_JAVA_OPTS", "-Xmx64m")).out().lines().toList();
        assertTrue(own.contains("-Xmx64m") && own.stream().noneMatch(a -> a.startsWith("-Xms")), own::toString);
    }

    @Test
    void runsFromAnyFolderAndThroughASymlink() throws Exception {
        Path link = dir.resolve("bin/sific");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, LAUNCHER);
        for (Path launcher : List.of(LAUNCHER, link)) {
            Run r = run(launcher, "", "--answers", EXAMPLES.resolve("fire.yaml").toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Verdict: Let this client go"), r.out());
            assertFalse(r.out().contains("\u001b"), "no colour into a pipe");
            assertEquals("", r.err());
        }
    }

    @Test
    void scriptsPipeAnswersInAndJsonOut() throws Exception {
        Run r = run(LAUNCHER, Files.readString(EXAMPLES.resolve("portfolio.yaml")), "--answers", "-", "--format", "json",
                "--fail-on", "fire");
        assertEquals(3, r.code(), r.err());
        assertEquals(4, r.out().lines().count());
        Run bad = run(LAUNCHER, "answers:\n  slow-to-pay.reminders: lots\n", "--answers", "-", "--allow-missing");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("<stdin>:2:26: invalid value \"lots\" for slow-to-pay.reminders"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void plainModeFromAPipe() throws Exception {
        Run r = run(LAUNCHER, "2\n".repeat(31), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"verdict\":{\"id\":\"recalibrate\",\"title\":\"Recalibrate the relationship\",\"rule\":\"showing\""), r.out());
        assertTrue(r.out().contains("\"context.reserve-months\":2},\"whatIf\":"), r.out());
    }

    @Test
    void aClosedPipeEndsQuietly() throws Exception {
        String client = Files.readString(EXAMPLES.resolve("keep.yaml"));
        Files.writeString(dir.resolve("many.yaml"), (client + "---\n").repeat(3000) + client);
        long start = System.nanoTime();
        Run r = run(Path.of("/bin/bash"), "", "-c", "'" + LAUNCHER + "' --answers many.yaml | head -1");
        assertEquals(0, r.code(), r.err());
        assertEquals("Should I fire this client? · Good Bakery\n", r.out());
        assertEquals("", r.err(), "no stack trace");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "no spinning");
    }

    @Test
    void theJsonIsTheSameInEveryLocale() throws Exception {
        Map<String, String> outputs = new HashMap<>();
        for (String lang : List.of("C", "tr_TR.UTF-8", "de_DE.UTF-8")) {
            Run r = runIn(lang, "--answers", EXAMPLES.resolve("portfolio.yaml").toString(), "--format", "json", "--lang", "en");
            assertEquals(0, r.code(), r.err());
            outputs.put(lang, r.out());
        }
        assertEquals(outputs.get("C"), outputs.get("tr_TR.UTF-8"));
        assertEquals(outputs.get("C"), outputs.get("de_DE.UTF-8"));
        Run german = runIn("de_DE.UTF-8", "--answers", EXAMPLES.resolve("fire.yaml").toString(), "--format", "json");
        assertTrue(german.out().contains("\"lang\":\"de\"") && german.out().contains("\"title\":\"Lass diesen Kunden gehen\""),
                german.out());
    }

    private Run runIn(String lang, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(freshState());
        env.put("LANG", lang);
        env.put("LC_ALL", lang);
        return run(LAUNCHER, "", env, args);
    }

    /** A history of its own, for runs whose outputs are compared (a second run would show a trend). */
    private Map<String, String> freshState() throws IOException {
        return Map.of("XDG_STATE_HOME", Files.createTempDirectory(dir, "state-").toString());
    }

    @Test
    void aMissingOrBrokenArchiveNeverShowsOrSlowsARun() throws Exception {
        Path archives = Path.of("target/archive").toAbsolutePath();
        deleteTree(archives);
        Run first = run(LAUNCHER, "", freshState(), "--answers", EXAMPLES.resolve("keep.yaml").toString(), "--format", "json");
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err());
        // The archive is built in the background; wait for it, then use it.
        long deadline = System.nanoTime() + 120_000_000_000L;
        Path archive = null;
        while (archive == null && System.nanoTime() < deadline) {
            Thread.sleep(250);
            if (Files.isDirectory(archives)) {
                try (Stream<Path> files = Files.list(archives)) {
                    List<Path> all = files.toList();
                    if (all.stream().noneMatch(f -> f.toString().endsWith(".lock"))) {
                        archive = all.stream().filter(f -> f.toString().matches(".*\\.(jsa|aot)$")).findFirst().orElse(null);
                    }
                }
            }
        }
        assertTrue(archive != null, "an archive was built");
        Run cached = run(LAUNCHER, "", freshState(), "--answers", EXAMPLES.resolve("keep.yaml").toString(), "--format", "json");
        assertEquals(first.out(), cached.out());
        assertEquals("", cached.err());
        // A broken archive (a crash while copying, a disk error) is ignored without a word.
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[] {1, 2, 3, 4});
        Run broken = run(LAUNCHER, "", freshState(), "--answers", EXAMPLES.resolve("keep.yaml").toString(), "--format", "json");
        assertEquals(0, broken.code());
        assertEquals(first.out(), broken.out());
        assertEquals("", broken.err());
        deleteTree(archives);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private String script(String args) {
        return "stty -g > " + dir.resolve("stty.before") + "; '" + LAUNCHER + "' " + args + "; code=$?; stty -g > "
                + dir.resolve("stty.after") + "; echo \"EXIT=$code\"; sleep 30";
    }

    @Test
    void aWholeInterviewInARealTerminal() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script("--save-answers answers.yaml"))) {
                pty.when("Client's name", "ACME GmbH\r");
                pty.when("Question 1 of 31", DOWN + DOWN + "\r");         // sometimes
                pty.when("Question 2 of 31", "b");                        // back
                pty.when("❯  3  Sometimes  (current answer)", "4\r");      // often
                for (int i = 2; i <= 31; i++) {
                    pty.when("Question " + i + " of 31", i == 30 ? "45\r" : "3\r");
                }
                pty.when("❯ ✔ Confirm and show the verdict", UP + "30\r"); // Up stays on confirm; 3, 0: item 30, income share
                pty.when("Question 30 of 31", "\177\17710\r");
                pty.when("❯ 30  10 % of income", UP.repeat(31) + "\r"); // past the name row, to "confirm"
                pty.when("Show it? 1, or Enter for none", "1\r"); // after the report, the one letter it points to
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("Verdict: "), transcript);
                assertTrue(transcript.contains("A letter for this client:"), transcript);
                assertTrue(transcript.contains("Subject: "), transcript);
                assertTrue(transcript.contains("ACME GmbH"), transcript);
                assertTrue(transcript.contains("EXIT=0"), transcript);
                assertFalse(transcript.contains("Exception"), transcript);
            }
            String saved = Files.readString(dir.resolve("answers.yaml"));
            assertTrue(saved.contains("unreasonable-demands.after-hours: often\n"), saved);
            assertTrue(saved.contains("context.income-share: 10\n"), saved);
            assertEquals(Files.readString(dir.resolve("stty.before")), Files.readString(dir.resolve("stty.after")));
        });
    }

    @Test
    void aKilledInterviewStillSavesTheDraftAndRestoresTheTerminal() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String marker = "Killed-" + System.nanoTime();
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script("--client " + marker))) {
                pty.when("Press Enter to start", "\r");
                for (int i = 1; i <= 3; i++) {
                    pty.when("Question " + i + " of 31", "2\r");
                }
                pty.waitForScreen("Question 4 of 31");
                Process kill = new ProcessBuilder("pkill", "-TERM", "-f", "should-i-fire-client.jar --client " + marker).start();
                assertEquals(0, kill.waitFor());
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("Stopped. Your 3 answers are saved in"), transcript);
                assertTrue(transcript.contains("EXIT=143"), transcript);
                assertFalse(transcript.contains("Exception") || transcript.contains("internal error"), transcript);
            }
            assertEquals(Files.readString(dir.resolve("stty.before")), Files.readString(dir.resolve("stty.after")));
            try (Stream<Path> drafts = Files.list(dir.resolve("state/should-i-fire-client/drafts"))) {
                String draft = Files.readString(drafts.findFirst().orElseThrow());
                assertTrue(draft.contains("unreasonable-demands.last-minute: rarely"), draft);
            }
        });
    }

    @Test
    void ctrlCRestoresTheTerminalAndTheDraftResumesToTheEnd() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script("--client 'Half Way'"))) {
                pty.when("Press Enter to start", "\r");
                for (int i = 1; i <= 7; i++) {
                    pty.when("Question " + i + " of 31", "2\r");
                }
                pty.when("Question 8 of 31", "\003");
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("Stopped. Your 7 answers are saved in"), transcript);
                assertTrue(transcript.contains("EXIT=130"), transcript);
                assertFalse(transcript.contains("Exception"), transcript);
            }
            assertEquals(Files.readString(dir.resolve("stty.before")), Files.readString(dir.resolve("stty.after")));
            Path draft;
            try (Stream<Path> drafts = Files.list(dir.resolve("state/should-i-fire-client/drafts"))) {
                draft = drafts.findFirst().orElseThrow();
            }
            try (Pty pty = new Pty(dir, env(), 100, 32, "bash", "-c", script("--answers '" + draft + "' --format json"))) {
                pty.when("Continuing your draft for Half Way: 7 of 31 answered", "\r");
                for (int i = 8; i <= 31; i++) {
                    pty.when("Question " + i + " of 31", "1\r");
                }
                pty.when("❯ ✔ Confirm", "\r");
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("\"client\":\"Half Way\""), transcript);
                assertTrue(transcript.contains("EXIT=0"), transcript);
            }
        });
    }
}
