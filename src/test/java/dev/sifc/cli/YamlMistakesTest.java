package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The YAML mistakes people make when they write an answers file or a questionnaire by hand, each with
 * the one line a user sees: the line to edit (not the one after it, where SnakeYAML notices), what is
 * wrong and what to check, in both languages, through {@code --answers} and {@code validate} alike.
 */
class YamlMistakesTest {
    @TempDir
    Path dir;

    private static final String HEAD = "client: ACME\nanswers:\n  dont-respond.disappears: yes\n";

    static Stream<Arguments> answersFiles() {
        return Stream.of(
                Arguments.of("indented less than the line above", HEAD + " dont-respond.missing-input: often\n",
                        "4:2: this line is indented by 1 space, which lines up with no line above it; indent it by 2, like the line above",
                        "4:2: diese Zeile ist um 1 Leerzeichen eingerückt und passt damit zu keiner Zeile darüber; rück sie um 2 ein, wie die Zeile darüber"),
                Arguments.of("indented more than the line above", HEAD + "    dont-respond.missing-input: often\n",
                        "4:5: this line is indented by 4 spaces, more than the 2 of the line above, so it reads as the rest of that line's value; indent it like the line above",
                        "4:5: diese Zeile ist um 4 Leerzeichen eingerückt, mehr als die 2 der Zeile darüber, und wird so als Rest von deren Wert gelesen; rück sie ein wie die Zeile darüber"),
                Arguments.of("a key indented under the client's name", "client: ACME\n  answers:\n  dont-respond.disappears: yes\n",
                        "2:3: this line is indented by 2 spaces, more than the 0 of the line above, so it reads as the rest of that line's value; indent it like the line above",
                        "2:3: diese Zeile ist um 2 Leerzeichen eingerückt, mehr als die 0 der Zeile darüber, und wird so als Rest von deren Wert gelesen; rück sie ein wie die Zeile darüber"),
                Arguments.of("an answer not under answers:", "client: ACME\nanswers:\ndont-respond.disappears: yes\n",
                        "3:1: \"dont-respond.disappears\" is an answer, but it is not indented under \"answers:\"; indent it like the other answers (two spaces)",
                        "3:1: „dont-respond.disappears“ ist eine Antwort, steht aber nicht eingerückt unter „answers:“; rück sie ein wie die anderen Antworten (zwei Leerzeichen)"),
                Arguments.of("a tab after the colon", "client: ACME\nanswers:\n  dont-respond.disappears:\tyes\n",
                        "3:27: a tab between the words; YAML separates with spaces only: replace the tab with a space",
                        "3:27: ein Tabulator zwischen den Wörtern; YAML trennt nur mit Leerzeichen: ersetze den Tabulator durch ein Leerzeichen"),
                Arguments.of("a value starting with @", HEAD + "  dont-respond.missing-input: @often\n",
                        "4:31: YAML does not let a value start with @; put the value in quotes",
                        "4:31: bei YAML darf ein Wert nicht mit @ beginnen; setze den Wert in Anführungszeichen"),
                Arguments.of("an unclosed quote in the middle", "client: ACME\nanswers:\n  dont-respond.disappears: \"yes\n"
                        + "  dont-respond.missing-input: often\n",
                        "3:28: the value that starts with \" here has no closing \"; end it with \" on the same line, or remove the quote",
                        "3:28: der Wert, der hier mit \" beginnt, hat kein schließendes \"; beende ihn mit \" in derselben Zeile, oder entferne das Anführungszeichen"),
                Arguments.of("Windows line ends", "client: ACME\r\nanswers:\r\n  dont-respond.disappears:yes\r\n  dont-respond.missing-input: often\r\n",
                        "3:26: no space after the colon in \"dont-respond.disappears:yes\"; write dont-respond.disappears: yes",
                        "3:26: kein Leerzeichen nach dem Doppelpunkt in „dont-respond.disappears:yes“; schreib dont-respond.disappears: yes"),
                Arguments.of("a tab", "client: ACME\nanswers:\n\tdont-respond.disappears: yes\n",
                        "3:1: a tab in the indentation; YAML indents with spaces only: replace the tab with spaces",
                        "3:1: ein Tabulator in der Einrückung; YAML rückt nur mit Leerzeichen ein: ersetze den Tabulator durch Leerzeichen"),
                // SnakeYAML notices on line 4; the mistake is on line 3.
                Arguments.of("no space after the colon", "client: ACME\nanswers:\n  dont-respond.disappears:yes\n  dont-respond.missing-input: often\n",
                        "3:26: no space after the colon in \"dont-respond.disappears:yes\"; write dont-respond.disappears: yes",
                        "3:26: kein Leerzeichen nach dem Doppelpunkt in „dont-respond.disappears:yes“; schreib dont-respond.disappears: yes"),
                Arguments.of("no space after the colon on the last line", HEAD + "  dont-respond.missing-input:often\n",
                        "4:29: no space after the colon in \"dont-respond.missing-input:often\"; write dont-respond.missing-input: often",
                        "4:29: kein Leerzeichen nach dem Doppelpunkt in „dont-respond.missing-input:often“; schreib dont-respond.missing-input: often"),
                Arguments.of("no colon at all", "client: ACME\nanswers:\n  dont-respond.disappears yes\n  dont-respond.missing-input: often\n",
                        "3:3: \"dont-respond.disappears yes\" has no colon; write it as key: value, with a space after the colon",
                        "3:3: „dont-respond.disappears yes“ hat keinen Doppelpunkt; schreib es als Schlüssel: Wert, mit einem Leerzeichen nach dem Doppelpunkt"),
                Arguments.of("an unclosed double quote", "client: \"ACME\nanswers:\n  dont-respond.disappears: yes\n",
                        "1:9: the value that starts with \" here has no closing \"; end it with \" on the same line, or remove the quote",
                        "1:9: der Wert, der hier mit \" beginnt, hat kein schließendes \"; beende ihn mit \" in derselben Zeile, oder entferne das Anführungszeichen"),
                Arguments.of("an unclosed single quote", "client: 'ACME\nanswers:\n  dont-respond.disappears: yes\n",
                        "1:9: the value that starts with ' here has no closing '; end it with ' on the same line, or remove the quote",
                        "1:9: der Wert, der hier mit ' beginnt, hat kein schließendes '; beende ihn mit ' in derselben Zeile, oder entferne das Anführungszeichen"),
                Arguments.of("an unclosed bracket", HEAD.replace("yes\n", "[yes\n"),
                        "3:28: the [ here is never closed; close it with ] on the same line, or put the whole value in quotes",
                        "3:28: die [ hier wird nie geschlossen; schließ sie mit ] in derselben Zeile, oder setze den ganzen Wert in Anführungszeichen"),
                Arguments.of("a duplicate key", HEAD + "  dont-respond.disappears: no\n",
                        "4:3: duplicate key \"dont-respond.disappears\" (first on line 3); keep only one of them",
                        "4:3: doppelter Schlüssel „dont-respond.disappears“ (zuerst in Zeile 3); behalte nur einen davon"),
                Arguments.of("a list where key: value lines belong", "client: ACME\nanswers:\n  - dont-respond.disappears: yes\n",
                        "3:3: expected key: value lines for answers, found a list (lines starting with \"-\"); remove the \"- \"",
                        "3:3: für answers werden Zeilen der Form Schlüssel: Wert erwartet, gefunden: eine Liste (Zeilen mit „-“ am Anfang); entferne das „- “"),
                Arguments.of("a value with \": \" in it", "client: ACME: the big one\nanswers:\n  dont-respond.disappears: yes\n",
                        "1:9: the value of client contains \": \", which reads as a second key; put the value in quotes: client: \"ACME: the big one\"",
                        "1:9: der Wert von client enthält „: “ und wird so als zweiter Schlüssel gelesen; setze den Wert in Anführungszeichen: client: \"ACME: the big one\""),
                Arguments.of("a stray dash", HEAD + "  -\n  dont-respond.missing-input: often\n",
                        "4:3: a line that starts with \"-\" is a list item, but the lines above are key: value lines; remove the \"-\"",
                        "4:3: eine Zeile, die mit „-“ beginnt, ist ein Listeneintrag, aber darüber stehen Zeilen der Form Schlüssel: Wert; entferne das „-“"));
    }

    private CliRunner.Result run(String file, String content, String... args) throws IOException {
        Files.writeString(dir.resolve(file), content);
        return new CliRunner().cwd(dir).run(args);
    }

    private static void assertLine(CliRunner.Result r, String expected) {
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(expected + "\n", r.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersFiles")
    void anAnswersFileMistakeNamesTheLineToEditInBothLanguages(String name, String content, String en, String de)
            throws IOException {
        assertLine(run("a.yaml", content, "--answers", "a.yaml", "--no-history", "--allow-missing"), "a.yaml:" + en);
        assertLine(run("a.yaml", content, "--answers", "a.yaml", "--no-history", "--allow-missing", "--lang", "de"),
                "a.yaml:" + de);
        assertLine(run("a.yaml", content, "validate", "a.yaml"), "a.yaml:" + en);
        CliRunner.Result german = run("a.yaml", content, "validate", "a.yaml", "--lang", "de");
        assertLine(german, "a.yaml:" + de);
        for (String english : List.of("mapping values", "expected", "found", "scanning", "block", "stream")) {
            assertFalse(german.err().contains(english), "no SnakeYAML English in German: " + german.err());
        }
    }

    @Test
    void deepInALongPortfolioTheMistakeIsStillNamedAtItsLine() throws IOException {
        StringBuilder portfolio = new StringBuilder();
        for (int n = 1; n <= 300; n++) {
            portfolio.append("client: Client ").append(n).append("\nanswers:\n  dont-respond.disappears: yes\n---\n");
        }
        int line = (int) portfolio.chars().filter(c -> c == '\n').count() + 3;
        portfolio.append("client: Late\nanswers:\n  dont-respond.disappears:yes\n  dont-respond.missing-input: often\n");
        CliRunner.Result r = run("p.yaml", portfolio.toString(), "validate", "p.yaml");
        assertEquals(2, r.code(), r::toString);
        assertEquals("p.yaml:" + line + ":26: no space after the colon in \"dont-respond.disappears:yes\"; "
                + "write dont-respond.disappears: yes (document 301)\n", r.err().lines().reduce((a, b) -> b).orElse("") + "\n");
    }

    static Stream<Arguments> questionnaires() throws IOException {
        String bundled = Files.readString(Path.of("questions.yaml"));
        int showing = lineOf(bundled, "    showing-at: 3\n");
        return Stream.of(
                // The line above is the end of a long text: the level to use is the sign's keys'.
                Arguments.of("a key indented one space too far", bundled.replaceFirst("\n    showing-at: 3\n", "\n     showing-at: 3\n"),
                        showing + ":6: this line is indented by 5 spaces, which lines up with no line above it; indent it by 4, like the keys from line "
                                + lineOf(bundled, "  - id: unreasonable-demands\n") + " on",
                        showing + ":6: diese Zeile ist um 5 Leerzeichen eingerückt und passt damit zu keiner Zeile darüber; rück sie um 4 ein, wie die Schlüssel ab Zeile "
                                + lineOf(bundled, "  - id: unreasonable-demands\n") + ""),
                Arguments.of("no space after a colon", bundled.replaceFirst("\n    showing-at: 3\n", "\n    showing-at:3\n"),
                        showing + ":15: no space after the colon in \"showing-at:3\"; write showing-at: 3",
                        showing + ":15: kein Leerzeichen nach dem Doppelpunkt in „showing-at:3“; schreib showing-at: 3"),
                Arguments.of("a list item indented one space too little", bundled.replaceFirst("\n    - \\{value: rarely,", "\n   - {value: rarely,"),
                        lineOf(bundled, "    - {value: rarely,") + ":4: this line is indented by 3 spaces, which lines up with no line above it; indent it by 4, like the line above",
                        lineOf(bundled, "    - {value: rarely,") + ":4: diese Zeile ist um 3 Leerzeichen eingerückt und passt damit zu keiner Zeile darüber; rück sie um 4 ein, wie die Zeile darüber"),
                Arguments.of("a tab", bundled.replaceFirst("\n    move-on-at: 8\n", "\n\tmove-on-at: 8\n"),
                        (showing + 1) + ":1: a tab in the indentation; YAML indents with spaces only: replace the tab with spaces",
                        (showing + 1) + ":1: ein Tabulator in der Einrückung; YAML rückt nur mit Leerzeichen ein: ersetze den Tabulator durch Leerzeichen"));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle) + 1).chars().filter(c -> c == '\n').count() + 1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionnaires")
    void aQuestionnaireMistakeNamesTheLineToEditInBothLanguages(String name, String content, String en, String de)
            throws IOException {
        assertLine(run("q.yaml", content, "validate", "q.yaml"), "q.yaml:" + en);
        assertLine(run("q.yaml", content, "validate", "q.yaml", "--lang", "de"), "q.yaml:" + de);
        assertLine(run("q.yaml", content, "--questions", "q.yaml", "template"), "q.yaml:" + en);
    }
}
