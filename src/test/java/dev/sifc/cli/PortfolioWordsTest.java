package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The portfolio table words each verdict as `history` does, in the report's language; JSON keeps the ids. */
class PortfolioWordsTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "en, text, let go, recalibrate, keep",
        "en, markdown, let go, recalibrate, keep",
        "de, text, gehen lassen, neu aufstellen, behalten",
        "de, markdown, gehen lassen, neu aufstellen, behalten",
    })
    void theTableShowsTheVerdictsShortTitle(String lang, String format, String fire, String recalibrate, String keep) {
        CliRunner.Result r = new CliRunner().on("2026-03-02").run("--answers", "examples/portfolio.yaml", "--lang", lang,
                "--format", format, "--color", "never");
        assertEquals(0, r.code(), r::toString);
        String table = r.out().substring(r.out().lastIndexOf("Portfolio: "));
        String nightmare = row(table, "Nightmare Ltd");
        String startup = row(table, "Startup Inc");
        String bakery = row(table, "Good Bakery");
        assertTrue(nightmare.contains(fire), nightmare);
        assertTrue(startup.contains(recalibrate), startup);
        assertTrue(bakery.contains(keep), bakery);
        assertFalse(nightmare.matches(".*\\bfire\\b.*"), "the raw id: " + nightmare);
        if (lang.equals("de")) {
            assertFalse(table.matches("(?s).*\\b(fire|recalibrate|keep)\\b.*"), "an English id in the German table:\n" + table);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "de"})
    void jsonKeepsTheIds(String lang) {
        CliRunner.Result r = new CliRunner().on("2026-03-02").run("--answers", "examples/portfolio.yaml", "--lang", lang,
                "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("\"id\":\"fire\""), r.out());
        assertTrue(r.out().contains("\"id\":\"keep\""), r.out());
    }

    private static String row(String table, String client) {
        return table.lines().filter(l -> l.contains(client)).findFirst().orElseThrow(() -> new AssertionError(client + " not in\n" + table));
    }
}
