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
            r -> r.run("drafts", "--remove", "nosuch"),
            r -> r.run("drafts", "--remove", "nosuch", "--lang", "de"),
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
                // Only a word wider than any line (a long path) may make a line wider, alone on it: the terminal folds it.
                boolean longWord = !line.strip().contains(" ") && Text.length(line.strip()) > columns - 4;
                assertTrue(Text.length(line) <= columns || longWord, () -> "wider than " + columns + ": \"" + line + "\"\n" + tty.err());
            }
            assertEquals(words(pipe.err()), words(tty.err()), "the same words, in the same order, none cut:\n" + tty.err());
        }
    }

    /**
     * An interview stopped after one answer says where its draft is and how to resume it: the path,
     * wider than the line here, on a line of its own, not after the words before it.
     */
    @ParameterizedTest(name = "{0} columns")
    @CsvSource({"40", "80"})
    void aStoppedInterviewsDraftAndItsCommandFit(int columns) {
        CliRunner runner = run(columns, true).stdin("often\n");
        CliRunner.Result r = runner.run("--client", "Pipe Co");
        assertEquals(2, r.code(), r::toString);
        String folder = runner.stateDir().resolve("drafts").toString();
        List<String> lines = r.err().lines().toList();
        int stopped = lines.indexOf("Stopped. Your answer is saved in");
        assertTrue(stopped > 0, r::toString);
        assertTrue(lines.get(stopped + 1).startsWith("  " + folder + "/pipe-co-"), r::toString);
        assertEquals(List.of("Resume with:", "  should-i-fire-client --answers \\"), lines.subList(stopped + 2, stopped + 4), r.err());
        assertTrue(lines.get(stopped + 4).startsWith("    " + folder + "/pipe-co-"), r::toString);
        for (String line : lines) {
            boolean longWord = !line.strip().contains(" ") && Text.length(line.strip()) > columns - 4;
            assertTrue(Text.length(line) <= columns || longWord, () -> "wider than " + columns + ": \"" + line + "\"\n" + r.err());
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
    void aWordWiderThanAnyLineGoesOnALineOfItsOwnForTheTerminalToFold() {
        String path = "/tmp/state/should-i-fire-client/drafts/acme-20261203.yaml";
        assertEquals(List.of("Stopped. Your 7 answers are saved in", "  " + path, "  and more"),
                WrappedStderr.lines("Stopped. Your 7 answers are saved in " + path + " and more", 40, 0));
        assertEquals(List.of(path, "  and more"), WrappedStderr.lines(path + " and more", 40, 0));
        assertEquals(List.of("Resume with:", "  should-i-fire-client --answers \\", "    " + path),
                WrappedStderr.lines("Resume with: should-i-fire-client --answers " + path, 40, 0));
    }

    /** A path that fits on a line but not after the words before it: on the next line, not past the edge. */
    @Test
    void aPathThatDoesNotFitWhereItIsGoesOnTheNextLine() {
        String path = "/tmp/state/should-i-fire-client/drafts";
        assertEquals(List.of("should-i-fire-client: no drafts of", "  \"nosuch\" in", "  " + path + ";", "  run \"should-i-fire-client drafts\" to", "  list them"),
                WrappedStderr.lines("should-i-fire-client: no drafts of \"nosuch\" in " + path + "; run \"should-i-fire-client drafts\" to list them", 40, 0));
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
