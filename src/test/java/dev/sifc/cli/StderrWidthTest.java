package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.text.Text;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Messages on stderr fit the terminal they go to: wrapped at spaces to its width, never a word cut
 * by the terminal; into a pipe, one line per message, as scripts grep them.
 */
class StderrWidthTest {
    private static CliRunner run(int columns, boolean stderrTty) {
        return new CliRunner().on("2026-03-02").stderrTerminal(stderrTty).env("COLUMNS", Integer.toString(columns));
    }

    /** The runs whose stderr has long messages: a warning, notes of the letter command, an empty history's note, a draft's note. */
    private static final List<Function<CliRunner, CliRunner.Result>> RUNS = List.of(
            r -> r.run("--answers", "src/test/resources/scenarios/15-one-sign-calm.yaml"),
            r -> r.run("--answers", "src/test/resources/scenarios/15-one-sign-calm.yaml", "--lang", "de"),
            r -> r.run("letter", "hours", "--client", "Scenario 04"),
            r -> r.run("letter", "hours", "--client", "Scenario 04", "--lang", "de"),
            r -> r.run("history"),
            r -> r.run("history", "--lang", "de"),
            r -> r.run("drafts"),
            // Printed by the command line itself, not by a use case: usage errors and their hint.
            r -> r.run("--format", "yaml", "--answers", "src/test/resources/scenarios/15-one-sign-calm.yaml"),
            r -> r.run("history", "--nosuch-option", "--lang", "de"),
            r -> r.run("--answers", "does/not/exist/anywhere/answers-of-a-client.yaml"));

    @ParameterizedTest(name = "{0} columns")
    @CsvSource({"40", "80"})
    void messagesWrapToTheTerminalsWidthAndSayTheSameAsIntoAPipe(int columns) {
        for (Function<CliRunner, CliRunner.Result> how : RUNS) {
            CliRunner runner = run(columns, false); // one state folder: the messages name it
            CliRunner.Result pipe = how.apply(runner);
            CliRunner.Result tty = how.apply(runner.stderrTerminal(true));
            assertTrue(!pipe.err().isEmpty(), pipe::toString);
            assertEquals(pipe.out(), tty.out(), "stdout is not stderr's business");
            for (String line : tty.err().lines().toList()) {
                // Only a word wider than any line (a long path) may make a line wider: the terminal folds it.
                boolean longWord = List.of(line.strip().split(" ")).stream().anyMatch(w -> Text.length(w) > columns - 4);
                assertTrue(Text.length(line) <= columns || longWord, () -> "wider than " + columns + ": \"" + line + "\"\n" + tty.err());
            }
            assertEquals(words(pipe.err()), words(tty.err()), "the same words, in the same order, none cut:\n" + tty.err());
        }
    }

    @Test
    void intoAPipeEachMessageIsOneLine() {
        CliRunner.Result r = run(40, false).run("--answers", "src/test/resources/scenarios/15-one-sign-calm.yaml");
        assertEquals("should-i-fire-client: warning: not recorded in the history: there are not enough answers to judge yet\n", r.err());
    }

    @Test
    void atATerminalALongMessageGoesOnIndented() {
        CliRunner.Result r = run(40, true).run("--answers", "src/test/resources/scenarios/15-one-sign-calm.yaml");
        assertEquals("""
                should-i-fire-client: warning: not
                  recorded in the history: there are not
                  enough answers to judge yet
                """, r.err());
    }

    /** The words of {@code text}, whatever its line breaks and indentation, with a command's " \\" continuations joined. */
    private static List<String> words(String text) {
        return List.of(text.replace(" \\\n", " ").strip().split("\\s+"));
    }

    @Test
    void aLineThatFitsIsLeftAsItIs() {
        assertEquals(List.of("  1)  Never    twice  "), WrappedStderr.lines("  1)  Never    twice  ", 40, 0));
    }

    @Test
    void aCommandToTypeGoesOnALineOfItsOwnAndContinuesSoThatItPastesWhole() {
        assertEquals(List.of("Resume with:", "  should-i-fire-client --answers x.yaml"),
                WrappedStderr.lines("Resume with: should-i-fire-client --answers x.yaml", 40, 0));
        assertEquals(List.of("Resume with:", "  should-i-fire-client --answers \\", "    '/home/kim/.local/state/a.yaml'"),
                WrappedStderr.lines("Resume with: should-i-fire-client --answers '/home/kim/.local/state/a.yaml'", 40, 0));
    }

    @Test
    void aWordWiderThanAnyLineStaysWhereItIsForTheTerminalToFold() {
        String path = "/tmp/state/should-i-fire-client/drafts/acme-20261203.yaml";
        assertEquals(List.of("Stopped. Your 7 answers are saved in " + path, "  and more"),
                WrappedStderr.lines("Stopped. Your 7 answers are saved in " + path + " and more", 40, 0));
        assertEquals(List.of("Resume with:", "  should-i-fire-client --answers " + path),
                WrappedStderr.lines("Resume with: should-i-fire-client --answers " + path, 40, 0));
    }

    @Test
    void aShortQuotationStaysOnOneLineAndALongOneWraps() {
        assertEquals(List.of("should-i-fire-client: no assessments of", "  „ACME GmbH“ in the history"),
                WrappedStderr.lines("should-i-fire-client: no assessments of „ACME GmbH“ in the history", 40, 0));
        List<String> question = WrappedStderr.lines("answer it yes: \"Have you told the client which working hours and"
                + " response times they can expect from you?\"", 40, 0);
        assertTrue(question.size() == 3 && question.stream().allMatch(l -> l.length() <= 40), question::toString);
    }

    @Test
    void aQuestionWaitingForItsAnswerWrapsWhereItStands() {
        List<String> lines = WrappedStderr.lines("Forget 3 assessments of ACME GmbH? This cannot be undone. [y/N] ", 40, 0);
        assertEquals(List.of("Forget 3 assessments of ACME GmbH? This", "  cannot be undone. [y/N] "), lines);
        assertEquals(List.of("", "  more words here"), WrappedStderr.lines(" more words here", 40, 36));
        assertEquals(List.of(" more", "  words here"), WrappedStderr.lines(" more words here", 40, 30));
    }
}
