package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher under locales that are not UTF-8: no LANG at all, C, POSIX, LC_ALL=C (containers,
 * cron, CI), and a Latin-1 terminal. The non-ASCII names live only in bash scripts, written as
 * {@code $'\xc3\xbc'} escapes: this test's own JVM may itself run under such a locale, and could not
 * even name the folders it tests.
 */
class LocaleIT {
    private static final Path LAUNCHER = Path.of("bin/should-i-fire-client").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final Path QUESTIONS = Path.of("questions.yaml").toAbsolutePath();

    /** "Übergabe ä" (the working folder), "Zustände" (the state folder), "Müller Bäckerei", "Ärger.yaml". */
    private static final String NAMES = "FOLDER=$'\\xc3\\x9cbergabe \\xc3\\xa4'; STATE=$'Zust\\xc3\\xa4nde'; "
            + "CLIENT=$'M\\xc3\\xbcller B\\xc3\\xa4ckerei'; ANSWERS=$'\\xc3\\x84rger.yaml'; QUESTIONS=$'Fragen-\\xc3\\xbc.yaml'; "
            + "SAVED=$'Gespeichert-\\xc3\\xb6.yaml'; L='" + LAUNCHER + "'; ";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    /** A clean environment: ASCII only, no locale variables unless {@code locale} names some. */
    private Map<String, String> env(String locale) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.toString());
        env.put("TERM", "xterm-256color");
        if (System.getenv("JAVA_HOME") != null) {
            env.put("JAVA_HOME", System.getenv("JAVA_HOME"));
        }
        for (String assignment : locale.split(" ", -1)) {
            int eq = assignment.indexOf('=');
            if (eq > 0) {
                env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
            }
        }
        return env;
    }

    /** Runs {@code script} in bash, in the temporary folder, with the names above defined. */
    private Run bash(String locale, String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", NAMES + script).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env(locale));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running: " + script);
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static void ok(Run r, String what) {
        assertEquals(0, r.code(), what + ": " + r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), what + ": " + r.err());
    }

    /**
     * Every subcommand, in a folder with a non-ASCII name, with non-ASCII file names for each option
     * that takes one, a non-ASCII state folder, and a client name that must come back from the
     * history exactly as written (once, not as a second client full of replacement characters).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "LANG=C", "LANG=POSIX", "LC_ALL=C LANG=de_DE.UTF-8"})
    void everyCommandWorksInANonAsciiFolderWhateverTheLocale(String locale) throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
            String setup = "mkdir -p \"$FOLDER/$STATE\" && cd \"$FOLDER\" && export XDG_STATE_HOME=\"$PWD/$STATE\" && "
                    + "cp '" + EXAMPLES.resolve("keep.yaml") + "' \"$ANSWERS\" && cp '" + QUESTIONS + "' \"$QUESTIONS\" && ";
            ok(bash(locale, setup + "\"$L\" --version"), "--version");
            Run first = bash(locale, setup + "\"$L\" --answers \"$ANSWERS\" --client \"$CLIENT\" --questions \"$QUESTIONS\"");
            ok(first, "--answers");
            assertTrue(first.out().startsWith("Should I fire this client? · Müller Bäckerei\n"), first.out());
            Run json = bash(locale, setup + "\"$L\" --answers \"$ANSWERS\" --client \"$CLIENT\" --format json");
            ok(json, "--format json");
            assertTrue(json.out().contains("\"client\":\"Müller Bäckerei\""), json.out());
            Run piped = bash(locale, setup + "yes 1 | head -31 | \"$L\" --client \"$CLIENT\" --save-answers \"$SAVED\" && cat \"$SAVED\"");
            ok(piped, "--save-answers");
            assertTrue(piped.out().contains("client: \"Müller Bäckerei\"\n"), piped.out());
            ok(bash(locale, setup + "\"$L\" validate \"$ANSWERS\" \"$QUESTIONS\""), "validate");
            ok(bash(locale, setup + "\"$L\" questions --format json >/dev/null"), "questions");
            ok(bash(locale, setup + "\"$L\" template >/dev/null"), "template");
            ok(bash(locale, setup + "\"$L\" completion bash >/dev/null"), "completion");
            ok(bash(locale, setup + "\"$L\" help history >/dev/null"), "help");
            Run overview = bash(locale, setup + "\"$L\" history");
            ok(overview, "history");
            List<String> rows = overview.out().lines().skip(1).toList();
            assertEquals(1, rows.size(), "one client, not two: " + overview.out());
            // Two assessments: the JSON run repeats the first on the same day, which is recorded once (by key:
            // a name stored mangled would be a second client, not a repeat).
            assertTrue(rows.get(0).startsWith("Müller Bäckerei  ") && rows.get(0).contains(" 2  "), overview.out());
            Run one = bash(locale, setup + "\"$L\" history \"$CLIENT\" --format json");
            ok(one, "history CLIENT");
            assertEquals(2, one.out().lines().filter(l -> l.contains("\"client\":\"Müller Bäckerei\"")).count(), one.out());
            ok(bash(locale, setup + "\"$L\" history --forget \"$CLIENT\" --yes"), "history --forget");
            Run gone = bash(locale, setup + "\"$L\" history \"$CLIENT\"");
            assertEquals(2, gone.code(), gone.err());
        });
    }

    /** No XDG_STATE_HOME: the history goes under a HOME whose name is not ASCII. */
    @ParameterizedTest
    @ValueSource(strings = {"", "LANG=C"})
    void aNonAsciiHomeHoldsTheHistory(String locale) throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String setup = "mkdir -p \"$FOLDER\" && export HOME=\"$PWD/$FOLDER\" && ";
            ok(bash(locale, setup + "\"$L\" --answers '" + EXAMPLES.resolve("keep.yaml") + "' --client \"$CLIENT\""), "record");
            Run file = bash(locale, "cat \"$FOLDER/.local/state/should-i-fire-client/history.jsonl\"");
            assertEquals(0, file.code(), file.err());
            assertTrue(file.out().contains("\"client\":\"Müller Bäckerei\""), file.out());
        });
    }

    /**
     * Bytes that are not UTF-8 in an argument (typed in a Latin-1 terminal, or a Latin-1 file name):
     * one line that names the argument, exit 2, nothing recorded with replacement characters.
     */
    @Test
    void invalidUtf8InAnArgumentIsOneLineThatNamesIt() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String setup = "mkdir -p state && export XDG_STATE_HOME=\"$PWD/state\" && cp '" + EXAMPLES.resolve("keep.yaml")
                    + "' $'\\xc4rger.yaml' && ";
            Run client = bash("LANG=de_DE.ISO-8859-1", setup + "\"$L\" --lang en --answers $'\\xc4rger.yaml' --client $'M\\xfcller'");
            assertEquals(2, client.code(), client.err());
            assertEquals("should-i-fire-client: argument 4 (the value after --answers: ?rger.yaml) is not valid UTF-8; write it in UTF-8,"
                    + " and rename a file whose name is not\n", client.err());
            Run name = bash("LANG=C", setup + "\"$L\" --answers '" + EXAMPLES.resolve("keep.yaml") + "' --client $'M\\xfcller'");
            assertEquals(2, name.code(), name.err());
            assertEquals("should-i-fire-client: argument 4 (the value after --client: M?ller) is not valid UTF-8; write it in UTF-8,"
                    + " and rename a file whose name is not\n", name.err());
            assertEquals("", name.out());
            Run validate = bash("", setup + "\"$L\" validate $'\\xc4rger.yaml'");
            assertEquals(2, validate.code(), validate.err());
            assertTrue(validate.err().startsWith("should-i-fire-client: argument 2 (?rger.yaml) is not valid UTF-8"), validate.err());
            assertFalse(Files.exists(dir.resolve("state/should-i-fire-client/history.jsonl")), "nothing recorded");
            // A working folder whose name is not UTF-8: Java cannot spell it, so a relative name there is
            // refused with that reason (not "no such file") and a way out that works; files elsewhere work.
            String bad = setup + "mkdir -p $'bad\\xff' && cd $'bad\\xff' && cp ../$'\\xc4rger.yaml' keep.yaml && \"$L\" ";
            Run relative = bash("LANG=C", bad + "--answers keep.yaml --no-history");
            assertEquals(2, relative.code(), relative.err());
            assertEquals("should-i-fire-client: cannot use keep.yaml: the name of the working folder (or of a folder above it)"
                    + " is not valid UTF-8, so no file in it can be named; rename that folder, or work in another one\n", relative.err());
            Run inside = bash("LANG=C", bad + "--answers '" + EXAMPLES.resolve("keep.yaml") + "' --no-history");
            ok(inside, "a file elsewhere, from a folder whose name is not UTF-8");
            assertTrue(inside.out().contains("Should I fire this client? · Good Bakery"), inside.out());
        });
    }

    /**
     * A Latin-1 terminal (LANG=de_DE.ISO-8859-1): what reaches it is Latin-1, umlauts included, with
     * ASCII stand-ins for the glyphs Latin-1 lacks; the same report into a pipe stays UTF-8. The
     * arrow-key interview (JLine) gets the same, and reads what is typed as Latin-1 too.
     */
    @Test
    void aLatin1TerminalGetsLatin1WithAsciiStandIns() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Files.createDirectories(dir.resolve("state"));
            Map<String, String> env = env("LANG=de_DE.ISO-8859-1");
            env.put("XDG_STATE_HOME", dir.resolve("state").toString());
            String report = "'" + LAUNCHER + "' --answers '" + EXAMPLES.resolve("recalibrate.yaml") + "' --client Muller";
            byte[] tty = runInPty(env, report + "; '" + LAUNCHER + "' --answers '" + EXAMPLES.resolve("recalibrate.yaml")
                    + "' --client Muller; '" + LAUNCHER + "' history; echo EXIT=$?", null);
            String shown = new String(tty, StandardCharsets.ISO_8859_1);
            assertTrue(shown.contains("EXIT=0"), shown);
            assertFalse(containsUtf8(tty), "no UTF-8 sequence reaches a Latin-1 terminal:\n" + shown);
            assertTrue(shown.contains("Schwächen") || shown.contains("Gründe") || shown.contains("für"), "umlauts stay umlauts:\n" + shown);
            assertTrue(shown.contains("######----") || shown.contains("######...."), "bars in ASCII:\n" + shown);
            assertTrue(shown.contains("\"") && shown.contains("->"), "quotes and arrows in ASCII:\n" + shown);
            // One record: the second run repeats the first on the same day (and shows "63 -> 63" for it).
            assertTrue(shown.contains("  1  =\r\n"), "sparklines in ASCII (one score of 63):\n" + shown);

            Run piped = bash("LANG=de_DE.ISO-8859-1", "XDG_STATE_HOME=" + dir.resolve("state") + " " + report + " --no-history");
            assertTrue(piped.out().contains("██████░░░") && piped.out().contains("Gründe") && piped.out().contains("→"),
                    "a pipe stays UTF-8:\n" + piped.out() + "\n(exit " + piped.code() + ", stderr: " + piped.err() + ")");

            // The interview: the name typed in Latin-1, the screen drawn in Latin-1, Ctrl-C after an answer keeps a draft.
            byte[] interview = runInPty(env, "'" + LAUNCHER + "' --lang de; echo EXIT=$?", process -> {
                waitFor("Name des Kunden");
                send(process, "M\u00fcller\r".getBytes(StandardCharsets.ISO_8859_1));
                waitFor("Frage 1 von 31");
                send(process, "1\r".getBytes(StandardCharsets.ISO_8859_1)); // a name alone makes no draft: one answer
                waitFor("Auftragnehmer"); // question 2 (the screen redraws only what changed)
                send(process, new byte[] {3});
            });
            String screen = new String(interview, StandardCharsets.ISO_8859_1);
            assertTrue(screen.contains("EXIT=130"), screen);
            assertFalse(containsUtf8(interview), "no UTF-8 sequence in the interview:\n" + screen);
            assertTrue(screen.contains("Müller · Frage 1 von 31  ----------"), screen);
            assertTrue(screen.contains(" >  1  Nie") && screen.contains("^/v bewegen"), screen);
            Run draft = bash("", "cat " + dir.resolve("state") + "/should-i-fire-client/drafts/*.yaml");
            assertTrue(draft.out().contains("client: \"Müller\""), "the draft, in UTF-8: " + draft.out());
        });
    }

    /** Whether {@code bytes} hold a UTF-8 sequence of two or more bytes (which Latin-1 text almost never does). */
    private static boolean containsUtf8(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1] & 0xc0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private interface Keys {
        void type(PtyProcess process) throws Exception;
    }

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    /** Runs {@code script} in bash in a pseudo-terminal; returns every byte it printed, undecoded. */
    private byte[] runInPty(Map<String, String> env, String script, Keys keys) throws Exception {
        received.reset();
        PtyProcess process = new PtyProcessBuilder(new String[] {"bash", "-c", script}).setDirectory(dir.toString())
                .setEnvironment(env).setInitialColumns(100).setInitialRows(40).setConsole(false).start();
        Thread pump = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buf = new byte[4096];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (received) {
                        received.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        pump.setDaemon(true);
        pump.start();
        try {
            if (keys != null) {
                keys.type(process);
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished");
            pump.join(5000);
        } finally {
            process.destroyForcibly();
        }
        synchronized (received) {
            return received.toByteArray();
        }
    }

    private void waitFor(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            synchronized (received) {
                if (new String(received.toByteArray(), StandardCharsets.ISO_8859_1).contains(text)) {
                    Thread.sleep(200); // let the screen settle
                    return;
                }
            }
            Thread.sleep(30);
        }
        throw new AssertionError("never saw \"" + text + "\": " + new String(received.toByteArray(), StandardCharsets.ISO_8859_1));
    }

    private static void send(PtyProcess process, byte[] bytes) throws IOException {
        process.getOutputStream().write(bytes);
        process.getOutputStream().flush();
    }
}
