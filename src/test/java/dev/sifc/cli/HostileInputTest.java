package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.prompt.TerminalOpener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the input: one clear line, a documented exit code, no hang, no stack trace. */
class HostileInputTest {
    /**
     * A guard against a hang (an endless read, an exponential parse), not a speed test: each case
     * takes well under a second, but a loaded CI machine must not fail it for being slow.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private CliRunner.Result answers(String content, String... extra) throws IOException {
        return new CliRunner().runWithAnswers(dir, content, extra);
    }

    private static void assertOneLine(CliRunner.Result r, int code, String expected) {
        assertEquals(code, r.code(), r::toString);
        assertEquals(expected + "\n", r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void devZeroAndDevUrandomFailFast() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertOneLine(new CliRunner().run("--answers", "/dev/zero"), 2, "/dev/zero:1:1: a NUL byte: this is not a text file");
            CliRunner.Result random = new CliRunner().run("--answers", "/dev/urandom");
            assertEquals(2, random.code());
            assertTrue(random.err().matches("(?s)/dev/urandom(: byte \\d+: not valid UTF-8; save the file as UTF-8"
                    + "|:\\d+:\\d+: a NUL byte: this is not a text file)\n"), random.err());
        });
    }

    @Test
    void aHundredMegabyteFileFailsFastWithoutExhaustingMemory() throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }
        assertTimeoutPreemptively(HANG_GUARD, () -> assertOneLine(new CliRunner().cwd(dir).run("--answers", "big.yaml"), 2,
                "big.yaml:1:1: this line is longer than 64 KiB; answers and questionnaires have short lines"));
        Files.writeString(big, "# comment\n" + "\n".repeat(2 << 20));
        assertTimeoutPreemptively(HANG_GUARD, () -> assertOneLine(new CliRunner().cwd(dir).run("--answers", "big.yaml"), 2,
                "big.yaml:1:1: the document starting here is larger than 1 MiB; one client's answers are a few KiB"));
        assertTimeoutPreemptively(HANG_GUARD, () -> assertOneLine(new CliRunner().cwd(dir).run("--questions", "big.yaml", "questions"),
                2, "big.yaml is larger than 1 MiB; answers and questionnaires are small text files"));
    }

    @Test
    void anEndlessStdinStreamHitsACap() {
        // "yes" on stdin: one endless multi-line scalar.
        InputStream yes = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) (i % 2 == 0 ? 'y' : '\n');
                }
                return len;
            }
        };
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            CliRunner.Result r = new CliRunner().stdinStream(yes).run("--answers", "-");
            assertOneLine(r, 2, "<stdin>:1:1: the document starting here is larger than 1 MiB; one client's answers are a few KiB");
        });
    }

    @Test
    void billionLaughsSelfReferenceAndDeepNestingAreRefused() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                    + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
            assertOneLine(answers(laughs), 2, "a.yaml: the input is too large or too deeply nested: "
                    + "Number of aliases for non-scalar nodes exceeds the specified max=0");
            assertOneLine(answers("a: &a [*a]\n"), 2, "a.yaml: the input is too large or too deeply nested: "
                    + "Number of aliases for non-scalar nodes exceeds the specified max=0");
            assertOneLine(answers("[".repeat(10_000)), 2, "a.yaml: the input is too large or too deeply nested: "
                    + "Nesting Depth exceeded max 20");
            assertOneLine(answers("{a: ".repeat(10_000)), 2, "a.yaml: the input is too large or too deeply nested: "
                    + "Nesting Depth exceeded max 20");
        });
    }

    @Test
    void aBomCrlfAndTabsInCommentsWorkWithEditorLineNumbers() throws IOException {
        String content = "\uFEFF# answers\t(with a tab)\r\nclient: BOM Co\r\nanswers:\r\n  # \tcomment\r\n"
                + "  slow-to-pay.reminders: lots\r\n";
        assertOneLine(answers(content, "--allow-missing"), 2,
                "a.yaml:5:26: invalid value \"lots\" for slow-to-pay.reminders: expected a number from 0 to 50 "
                        + "written with digits 0-9 (and a dot for decimals)");
        CliRunner.Result ok = answers(content.replace("lots", "3"), "--allow-missing", "--format", "json");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().startsWith("{\"schemaVersion\":4,\"client\":\"BOM Co\""), ok.out());
    }

    @Test
    void controlCharactersFromFilesNeverReachTheTerminal() throws IOException {
        String evil = "client: \"Evil\\e]0;pwned\\a Co\\e[2J\"\nanswers: {}\n";
        for (String format : new String[] {"text", "markdown"}) {
            CliRunner.Result r = answers(evil, "--allow-missing", "--format", format, "--color", "never");
            assertEquals(0, r.code(), r::toString);
            assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), format);
            assertTrue(r.out().contains(format.equals("text") ? "Evil?]0;pwned? Co?[2J" : "Evil?\\]0;pwned? Co?\\[2J"), r.out());
        }
        CliRunner.Result json = answers(evil, "--allow-missing", "--format", "json");
        assertTrue(json.out().contains("\"client\":\"Evil\\u001b]0;pwned\\u0007 Co\\u001b[2J\""), json.out());
    }

    @Test
    void errorsAndNotOnlyExceptionsEndInOneLine() {
        TerminalOpener overflow = (messages, colour) -> {
            throw new StackOverflowError();
        };
        CliRunner.Result r = new CliRunner().terminal(true, true).terminals(overflow).run();
        assertOneLine(r, 1, "should-i-fire-client: internal error: StackOverflowError. This is a bug; run again with --debug "
                + "and report the trace.");
        CliRunner.Result debug = new CliRunner().terminal(true, true).terminals(overflow).run("--debug");
        assertEquals(1, debug.code());
        assertTrue(debug.err().contains("java.lang.StackOverflowError\n\tat "), debug.err());
    }

    @Test
    void atFilesAreNotExpanded() {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertOneLine(new CliRunner().run("@/dev/zero"), 2,
                "should-i-fire-client: cannot read @/dev/zero: no such file"));
    }

    /**
     * Control characters from outside in error messages: a file name, a typed or piped answer, an
     * option, a subcommand (picocli's own message), an unknown questionnaire value. Not one ESC or
     * BEL reaches stderr; each shows as "?" (issue 11).
     */
    @Test
    void controlCharactersFromArgumentsAndAnswersNeverReachTheTerminalInMessages(@TempDir Path dir) throws IOException {
        String evilName = "esc\u001b[31mred\u0007.yaml";
        List<CliRunner.Result> runs = new ArrayList<>();
        runs.add(new CliRunner().run("--answers", evilName));
        runs.add(new CliRunner().run("--\u001b[31mx"));
        runs.add(new CliRunner().run("--format", "j\u001b[2J"));
        runs.add(new CliRunner().run("help", "\u001b]0;PWNED\u0007"));
        runs.add(new CliRunner().run("validate", evilName));
        runs.add(new CliRunner().stdin("x\u001b]0;PWNED\u0007\n").run("--plain"));
        runs.add(answers("answers:\n  context.strain: \"\\e[31m\"\n  \"\\e]0;T\\a\": often\n", "--allow-missing"));
        Files.writeString(dir.resolve("e\u001b]0;T\u0007.yaml"), "answers:\n  context.strain: heavvy\n");
        runs.add(new CliRunner().cwd(dir).run("--answers", "e\u001b]0;T\u0007.yaml", "--allow-missing"));
        for (CliRunner.Result r : runs) {
            assertEquals(2, r.code(), r::toString);
            assertFalse(r.err().contains("\u001b") || r.err().contains("\u0007"), r::toString);
            assertTrue(r.err().contains("?"), r::toString);
        }
        assertEquals("should-i-fire-client: cannot read esc?[31mred?.yaml: no such file\n", runs.get(0).err());
        assertTrue(runs.get(5).err().contains("invalid value \"x?]0;PWNED?\" for \"How often does the client contact you"), runs.get(5).err());
        assertTrue(runs.get(7).err().startsWith("e?]0;T?.yaml:2:19: "), runs.get(7).err());
    }
}
