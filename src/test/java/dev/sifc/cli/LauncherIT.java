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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
                pty.when("Show one?", "1\r"); // after the report, the first letter it points to
                String transcript = pty.waitForTranscript("EXIT=");
                assertTrue(transcript.contains("Verdict: "), transcript);
                assertTrue(transcript.contains("Letters for this client:"), transcript);
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
