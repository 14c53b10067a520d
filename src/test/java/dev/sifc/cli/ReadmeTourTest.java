package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "A short tour", run as a reader would run it, from the repository root with a fresh
 * state folder: every command its sh and console blocks show, with the outputs they show, and the
 * history afterwards exactly as the README says, empty (issue 13: trying the tool filled the
 * history with fake clients).
 */
class ReadmeTourTest {
    private static final String PROMPT = "$ ";
    private static final String TOOL = "should-i-fire-client";
    private static final Set<String> SUBCOMMANDS = Set.of("questions", "template", "validate", "history", "completion",
            "help");

    /** One command of the tour, and the output its console block shows (null for an sh block). */
    record Step(List<String> args, String shownOutput) {}

    @Test
    void theTourRunsAsShownAndLeavesNoTrace() throws IOException {
        List<Step> steps = steps(section(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8), "## A short tour"));
        assertTrue(steps.size() >= 2, "the tour shows commands: " + steps);
        // The day the README's outputs were made on ("Check again on 2026-12-31 (in 30 days)").
        CliRunner runner = new CliRunner().on("2026-12-01");
        for (Step step : steps) {
            String[] args = step.args().toArray(new String[0]);
            CliRunner.Result r;
            if (interactive(step.args())) {
                // At a terminal the reader answers; here plain mode reads the same 31 answers from stdin.
                r = runner.stdin("2\n".repeat(31)).run(args);
                runner.stdin("");
                assertEquals(0, r.code(), () -> step + "\n" + r);
                assertFalse(r.err().contains(TOOL + ": "), () -> "no warning or error: " + step + "\n" + r);
            } else {
                r = runner.run(args);
                assertEquals(0, r.code(), () -> step + "\n" + r);
                assertEquals("", r.err(), () -> step.toString());
            }
            if (step.shownOutput() != null) {
                assertEquals(step.shownOutput(), r.out(), () -> "the README shows another output for " + step.args());
            }
        }

        // No trace: no history, no draft, no file at all in the state folder; and the history says it is empty.
        try (Stream<Path> files = Files.exists(runner.stateDir()) ? Files.walk(runner.stateDir()) : Stream.empty()) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
        CliRunner.Result history = runner.run("history");
        assertEquals(0, history.code(), history::toString);
        assertEquals("", history.out());
        assertTrue(history.err().startsWith("No assessments recorded yet in "), history.err());
    }

    /** A run of the main command with nothing to read its answers from asks them. */
    private static boolean interactive(List<String> args) {
        if (!args.isEmpty() && SUBCOMMANDS.contains(args.get(0))) {
            return false;
        }
        return Stream.of("--answers", "--help", "-h", "--version", "-V").noneMatch(args::contains);
    }

    /** The text from the heading to the next heading of the same level. */
    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "the README has a section " + heading);
        int end = readme.indexOf("\n## ", start + heading.length() + 2);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The commands of the section's sh and console blocks, in order, with the console blocks' outputs. */
    static List<Step> steps(String section) {
        List<Step> steps = new ArrayList<>();
        List<String> lines = section.lines().toList();
        String fence = null;
        List<String> command = null;
        StringBuilder output = null;
        for (String line : lines) {
            if (fence == null) {
                if (line.equals("```sh") || line.equals("```console")) {
                    fence = line.substring(3);
                }
                continue;
            }
            boolean end = line.equals("```");
            boolean next = fence.equals("console") && line.startsWith(PROMPT);
            if ((end || next) && command != null) {
                steps.add(new Step(command, output == null ? null : output.toString().replaceFirst("\n+$", "\n")));
                command = null;
                output = null;
            }
            if (end) {
                fence = null;
            } else if (fence.equals("sh") && line.startsWith(TOOL + " ")) {
                steps.add(new Step(words(line.substring(TOOL.length() + 1)), null));
            } else if (next && line.startsWith(PROMPT + TOOL + " ")) {
                command = words(line.substring(PROMPT.length() + TOOL.length() + 1));
                output = new StringBuilder();
            } else if (output != null) {
                output.append(line).append('\n');
            }
        }
        return steps;
    }

    /**
     * The words of a command line as a shell would split them: spaces, with single and double quotes.
     * Anything this does not read as a shell would (pipes, redirections, variables) fails the test,
     * rather than run something else than the README shows.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == ' ') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ("|&;<>$`\\*?(){}#".indexOf(c) >= 0) {
                fail("the tour test cannot run this shell syntax (" + c + "): " + line);
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            fail("unterminated quote: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
