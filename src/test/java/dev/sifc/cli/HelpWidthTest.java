package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The help of every command fits the terminal it is read at, in display columns, without breaking a
 * word; into a pipe it keeps 80 columns, and a wide terminal gets at most 100.
 */
class HelpWidthTest {
    /** The root's help and every subcommand's, as a user asks for them. */
    private static final List<List<String>> HELPS = helps();

    private static List<List<String>> helps() {
        List<List<String>> helps = new ArrayList<>();
        helps.add(List.of("--help"));
        for (String command : Cli.SUBCOMMANDS) {
            helps.add(List.of(command, "--help"));
        }
        helps.add(List.of("help", "history"));
        return helps;
    }

    private static CliRunner.Result help(boolean terminal, int columns, String lang, List<String> asked) {
        List<String> args = new ArrayList<>(List.of("--lang", lang));
        args.addAll(asked);
        CliRunner.Result r = new CliRunner().terminal(false, terminal).env("COLUMNS", Integer.toString(columns))
                .run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        return r;
    }

    private static int widest(String text) {
        return text.lines().mapToInt(Text::length).max().orElse(0);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+", -1)).toList();
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @CsvSource({"en, 40", "de, 40", "en, 80", "de, 80", "en, 55", "de, 61"})
    void everyHelpFitsTheTerminalAndBreaksNoWord(String lang, int columns) {
        for (List<String> asked : HELPS) {
            String narrow = help(true, columns, lang, asked).out();
            String wide = help(true, 100, lang, asked).out();
            assertTrue(widest(narrow) <= columns, () -> asked + " at " + columns + ":\n" + narrow);
            // The same text as at 100 columns, none of it lost; and each word whole, unless it is wider
            // than the terminal (a path: then it is broken after a "/").
            assertEquals(String.join("", words(wide)), String.join("", words(narrow)), () -> asked + " at " + columns);
            List<String> whole = words(wide);
            for (String w : words(narrow)) {
                assertTrue(whole.contains(w) || whole.stream().anyMatch(l -> Text.length(l) > columns - 8 && l.contains(w)),
                        () -> "\"" + w + "\" is broken in " + asked + " at " + columns + ":\n" + narrow);
            }
        }
    }

    /** picocli broke "~/.local/state/..." after its dot even at 80 columns; the layout breaks at spaces only. */
    @Test
    void aPathInTheHelpStaysWhole() {
        for (String lang : List.of("en", "de")) {
            for (int columns : new int[] {40, 80, 100}) {
                String out = help(true, columns, lang, List.of("history", "--help")).out();
                assertTrue(words(out).contains("~/.local/state/...),"), () -> lang + " at " + columns + ":\n" + out);
            }
            assertTrue(words(help(true, 80, lang, List.of("history", "--help")).out())
                    .contains("$XDG_STATE_HOME/should-i-fire-client/history.jsonl"));
            // Wider than 40 columns: broken after a "/".
            assertTrue(help(true, 40, lang, List.of("history", "--help")).out()
                    .contains("\n$XDG_STATE_HOME/should-i-fire-client/\nhistory.jsonl"));
        }
    }

    @Test
    void intoAPipeTheHelpKeeps80ColumnsWhateverColumnsSays() {
        for (int columns : new int[] {40, 200}) {
            String out = help(false, columns, "en", List.of("--help")).out();
            assertTrue(widest(out) > 70 && widest(out) <= 80, out);
            assertTrue(out.contains("\nUsage: should-i-fire-client [-hV] [--allow-missing] [--debug] [--force]\n"), out);
        }
    }

    @Test
    void aWideTerminalGetsAtMost100Columns() {
        String out = help(true, 250, "en", List.of("--help")).out();
        assertTrue(widest(out) <= 100 && widest(out) > 90, out);
        assertEquals(words(help(false, 80, "en", List.of("--help")).out()), words(out));
    }

    /** At 40 columns a list's descriptions go under the names, and the synopsis goes on just indented. */
    @Test
    void aNarrowTerminalGetsTheDescriptionsUnderTheNames() {
        String out = help(true, 40, "en", List.of("history", "--help")).out();
        assertTrue(out.contains("\n      --forget=CLIENT\n        Remove every recorded\n        assessment and every draft of\n"), out);
        assertTrue(out.contains("\n  -y, --yes\n        With --forget: do not ask for\n"), out);
        assertTrue(out.contains("\nUsage: should-i-fire-client history\n    [-hy] [--debug] [--color=WHEN]\n"), out);
    }
}
