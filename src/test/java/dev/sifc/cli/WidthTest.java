package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.text.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports and tables fit the terminal they go to, measured in display columns as the terminal
 * counts them; files and pipes keep the width of 78.
 */
class WidthTest {
    private static final List<String> NAMES = List.of("Café 🎨 Studio", "東京デザイン株式会社", "Cafe\u0301 Noir", "\uFEFFBOM Ltd");

    private static CliRunner atTerminal(int columns) {
        return new CliRunner().on("2026-03-02").terminal(false, true).env("COLUMNS", Integer.toString(columns));
    }

    @ParameterizedTest(name = "{0} in {1} at {2} columns")
    @CsvSource({
        "fire, en, 40", "fire, de, 40", "fire, en, 80", "fire, de, 80", "recalibrate, en, 40", "recalibrate, de, 40",
        "recalibrate, en, 80", "recalibrate, de, 80", "keep, en, 40", "keep, de, 40", "portfolio, en, 40", "portfolio, de, 40",
        "portfolio, en, 80", "portfolio, de, 80", "partial, de, 40",
    })
    void theReportFitsTheTerminalWithoutSplittingAWord(String example, String lang, int columns) {
        CliRunner.Result narrow = atTerminal(columns).run("--answers", "examples/" + example + ".yaml", "--lang", lang,
                "--color", "never", "--allow-missing", "--no-history");
        CliRunner.Result file = new CliRunner().on("2026-03-02").run("--answers", "examples/" + example + ".yaml", "--lang", lang,
                "--allow-missing", "--no-history");
        assertEquals(file.code(), narrow.code(), narrow::toString);
        fits(narrow.out(), columns);
        // Every word at the terminal's width is a word of the report in a file: none was split. Only
        // the bars and rules have other lengths, a cut name ends in "…", and a letter's command too
        // long for the line is continued with "\\".
        Set<String> words = words(file.out());
        for (String word : words(narrow.out())) {
            assertTrue(words.contains(word) || word.matches("[█░·─]+") || word.endsWith("…")
                    || word.equals("\\"), () -> "split: \"" + word + "\"\n" + narrow.out());
        }
    }

    @Test
    void betweenNarrowAndWideTheBarsShrinkAndEachSignKeepsOneLine() {
        String at60 = atTerminal(60).run("--answers", "examples/recalibrate.yaml", "--color", "never", "--no-history").out();
        fits(at60, 60);
        assertTrue(at60.contains("  5  Doesn't respond to you        █████░░░  63  showing\n"), at60);
        String at80 = atTerminal(80).run("--answers", "examples/recalibrate.yaml", "--color", "never", "--no-history").out();
        assertTrue(at80.contains("  5  Doesn't respond to you        ██████░░░░  63  showing\n"), at80);
    }

    @Test
    void withATrendTheNarrowBarsShrinkToo() {
        CliRunner runner = atTerminal(40).env("COLUMNS", null);
        runner.run("--answers", "examples/recalibrate.yaml", "--lang", "de");
        String report = atTerminal(40).env("XDG_STATE_HOME", runner.env().get("XDG_STATE_HOME")).on("2026-04-02")
                .run("--answers", "examples/fire.yaml", "--client", "Startup Inc", "--lang", "de", "--color", "never").out();
        fits(report, 40);
        assertTrue(report.contains("  5  Reagiert nicht auf dich\n     █░░░░  13  zeigt sich nicht  (−50)\n"), report);
    }

    @Test
    void filesPipesAndTerminalsOfUnknownWidthGet78Columns() {
        String file = new CliRunner().on("2026-03-02").env("COLUMNS", "40").run("--answers", "examples/portfolio.yaml", "--no-history").out();
        assertTrue(file.contains("─".repeat(78) + "\n"), "COLUMNS is for terminals: a file keeps 78");
        for (String columns : new String[] {"", "wide", "-5", "0"}) {
            String tty = atTerminal(40).env("COLUMNS", columns).run("--answers", "examples/portfolio.yaml", "--no-history",
                    "--color", "never").out();
            assertEquals(file, tty, "COLUMNS=" + columns + " is no width: the terminal cannot tell either");
        }
    }

    @Test
    void aWideTerminalGetsAtMost100ColumnsAndATinyOneTheLayoutFor40() {
        String wide = atTerminal(250).run("--answers", "examples/portfolio.yaml", "--no-history", "--color", "never").out();
        assertTrue(wide.contains("\n" + "─".repeat(100) + "\n"), wide);
        fits(wide, 100);
        String tiny = atTerminal(20).run("--answers", "examples/portfolio.yaml", "--no-history", "--color", "never").out();
        assertEquals(atTerminal(40).run("--answers", "examples/portfolio.yaml", "--no-history", "--color", "never").out(), tiny);
    }

    @Test
    void theTerminalIsAskedForItsWidthOnlyWhenStdoutIsOneAndColumnsIsNotSet() {
        int[] asked = {0};
        Env tty = new Env(Map.of(), System.in, false, true, Path.of("."), (m, c) -> null,
                Clock.systemUTC(), () -> {
            asked[0]++;
            return 57;
        });
        assertEquals(57, tty.stdoutColumns());
        assertEquals(1, asked[0]);
        Env exported = new Env(Map.of("COLUMNS", "64"), System.in, false, true, Path.of("."), (m, c) -> null,
                Clock.systemUTC(), () -> ++asked[0]);
        assertEquals(64, exported.stdoutColumns());
        Env pipe = new Env(Map.of(), System.in, false, false, Path.of("."), (m, c) -> null,
                Clock.systemUTC(), () -> ++asked[0]);
        assertEquals(0, pipe.stdoutColumns());
        assertEquals(1, asked[0], "neither COLUMNS nor a pipe asks the terminal");
    }

    @Test
    void wideCharactersCombiningMarksAndABomKeepThePortfolioAligned(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder();
        String answers = Files.readString(Path.of("examples/keep.yaml")).replaceAll("(?m)^client:.*$", "");
        for (String name : NAMES) {
            yaml.append("---\nclient: \"").append(name.replace("\uFEFF", "\\uFEFF")).append("\"\n").append(answers).append('\n');
        }
        CliRunner.Result r = new CliRunner().cwd(dir).runWithAnswers(dir, yaml.toString(), "--no-history");
        assertEquals(0, r.code(), r::toString);
        List<String> rows = after(r.out(), "  #  ");
        assertEquals(NAMES.size(), rows.size(), r.out());
        // Hand-counted: "  1  " is 5 columns, the widest name 東京デザイン株式会社 20, then 2 spaces: the verdict at 27.
        for (String row : rows) {
            assertEquals(27, Text.length(row.substring(0, row.indexOf("keep"))), () -> "misaligned: \"" + row + "\"\n" + r.out());
        }
    }

    @Test
    void wideCharactersCombiningMarksAndABomKeepTheHistoryAligned() {
        CliRunner runner = new CliRunner().on("2026-03-02");
        for (String name : NAMES) {
            assertEquals(0, runner.run("--answers", "examples/keep.yaml", "--client", name).code());
        }
        String list = runner.run("history").out();
        assertTrue(list.startsWith("Client                Verdict      Score  Last          Next check          Count  Trend\n"),
                "into a pipe, the table keeps every column, however wide:\n" + list);
        List<String> rows = Arrays.stream(list.split("\n", -1)).filter(l -> l.contains("keep")).toList();
        assertEquals(NAMES.size(), rows.size(), list);
        for (String row : rows) {
            // The widest name is 20 columns, then 2 spaces: the verdict at 22, the date at 22 + 11 + 2 + 5 + 2.
            assertEquals(22, Text.length(row.substring(0, row.indexOf("keep"))), () -> "misaligned: \"" + row + "\"\n" + list);
            assertEquals(42, Text.length(row.substring(0, row.indexOf("Mar 2, 2026"))), () -> "misaligned: \"" + row + "\"\n" + list);
        }
        String timeline = runner.run("history", "東京").out();
        assertTrue(timeline.startsWith("東京デザイン株式会社\n"), timeline);
    }

    @Test
    void theHistoryFitsNarrowTerminalsInBothLanguages() {
        CliRunner runner = new CliRunner().on("2026-03-02");
        for (String name : NAMES) {
            runner.run("--answers", "examples/recalibrate.yaml", "--client", name);
        }
        runner.on("2026-04-05").run("--answers", "examples/fire.yaml", "--client", NAMES.get(1));
        String state = runner.env().get("XDG_STATE_HOME");
        for (String lang : new String[] {"en", "de"}) {
            for (int columns : new int[] {40, 60, 80}) {
                CliRunner tty = atTerminal(columns).env("XDG_STATE_HOME", state).on("2026-04-05");
                fits(tty.run("history", "--lang", lang, "--color", "never").out(), columns);
                fits(tty.run("history", "東京", "--lang", lang, "--color", "never").out(), columns);
            }
        }
        String narrow = atTerminal(40).env("XDG_STATE_HOME", state).on("2026-04-05").run("history", "--lang", "de", "--color", "never").out();
        assertTrue(narrow.contains("東京デザイン株式会社\n  Urteil: gehen lassen  Punkte: 100\n"), narrow);
        assertTrue(narrow.contains("  Nächste Prüfung: 19.04.2026\n"), narrow);
        String timeline = atTerminal(40).env("XDG_STATE_HOME", state).on("2026-04-05").run("history", "東京", "--color", "never").out();
        assertTrue(timeline.contains("Date          Verdict      Score\n           1   2   3   4   5   6\n"), timeline);
        assertTrue(timeline.contains("Apr 5, 2026   let go         100\n         100 100 100 100  13  67\n"), timeline);
    }

    @Test
    void germanTextWritesGermanNumbersAndDatesAndJsonKeepsPlainOnes(@TempDir Path dir) throws IOException {
        String answers = Files.readString(Path.of("examples/fire.yaml")).replace("context.income-share: 40", "context.income-share: 35.5");
        assertTrue(answers.contains("35.5"), "the example's income share moved: update this test");
        CliRunner runner = new CliRunner().on("2026-12-14");
        CliRunner.Result de = runner.runWithAnswers(dir, answers, "--lang", "de");
        assertTrue(de.out().contains("Er bringt 35,5 % deines"), de.out());
        assertTrue(de.out().contains("prüfe erneut am 28.12.2026"), de.out());
        assertFalse(de.out().contains("2026-12-28"), de.out());
        CliRunner.Result en = runner.runWithAnswers(dir, answers, "--lang", "en", "--no-history");
        assertTrue(en.out().contains("is 35.5% of your income"), en.out());
        assertTrue(en.out().contains("check again on Dec 28, 2026"), en.out());
        assertFalse(en.out().contains("2026-12-28"), en.out());
        CliRunner.Result json = runner.runWithAnswers(dir, answers, "--lang", "de", "--format", "json", "--no-history");
        assertTrue(json.out().contains("\"recheckOn\":\"2026-12-28\""), json.out());
        assertTrue(json.out().contains("\"context.income-share\":35.5"), json.out());
        assertTrue(json.out().contains("\"income-share\":35.5"), "the German caveat's text says 35,5 %; the values stay numbers");
        CliRunner.Result md = runner.runWithAnswers(dir, answers, "--lang", "de", "--format", "markdown", "--no-history");
        assertTrue(md.out().contains("35,5 %") && md.out().contains("28.12.2026"), md.out());
        String history = runner.run("history", "--lang", "de").out();
        assertTrue(history.contains("14.12.2026  28.12.2026"), history);
        String timeline = runner.run("history", "nightmare", "--lang", "de").out();
        assertTrue(timeline.contains("\n14.12.2026  gehen lassen"), timeline);
        String since = runner.on("2026-12-20").runWithAnswers(dir, answers, "--lang", "de").out();
        assertTrue(since.contains("Seit 14.12.2026: weiterhin gehen lassen"), since);
    }

    private static void fits(String out, int columns) {
        for (String line : out.split("\n", -1)) {
            assertTrue(Text.length(line) <= columns, () -> "wider than " + columns + " columns: \"" + line + "\"\n" + out);
        }
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+", -1)).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static List<String> after(String out, String head) {
        List<String> lines = Arrays.asList(out.split("\n", -1));
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(head)) {
                from = i + 1;
            }
        }
        return lines.subList(from, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }
}
