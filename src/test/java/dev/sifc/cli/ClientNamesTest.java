package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client is named by its name wherever the tool refers to it; "client N" or "document N" only for
 * an unnamed one in a portfolio, and nothing at all for a single unnamed report.
 */
class ClientNamesTest {
    @TempDir
    Path dir;

    private static final String NAMED = "client: Half Known AG\nanswers:\n  dont-respond.disappears: yes\n";
    private static final String UNNAMED = "answers:\n  dont-respond.disappears: yes\n";

    private CliRunner.Result run(String content, String... args) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), content);
        return new CliRunner().cwd(dir).run(args);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    @Test
    void validateNamesAClientByItsName() {
        CliRunner.Result en = new CliRunner().run("validate", "examples/partial.yaml");
        assertEquals(2, en.code(), en::toString);
        assertTrue(en.err().startsWith("examples/partial.yaml: Half Known AG leaves 27 questions unanswered: "
                + "unreasonable-demands.like-employee, "), en.err());
        CliRunner.Result de = new CliRunner().run("validate", "examples/partial.yaml", "--lang", "de");
        assertTrue(de.err().startsWith("examples/partial.yaml: Half Known AG lässt 27 Fragen unbeantwortet: "), de.err());
    }

    @Test
    void validateNamesAnUnnamedClientOnlyByItsDocumentInAPortfolio() throws IOException {
        CliRunner.Result single = run(UNNAMED, "validate", "a.yaml");
        assertTrue(single.err().startsWith("a.yaml: 30 questions unanswered: unreasonable-demands.after-hours, "), single.err());
        CliRunner.Result portfolio = run(UNNAMED + "---\n" + NAMED + "---\n" + UNNAMED, "validate", "a.yaml");
        assertEquals(3, portfolio.err().lines().count(), portfolio.err());
        assertTrue(portfolio.err().startsWith("a.yaml (document 1): 30 questions unanswered: "), portfolio.err());
        assertTrue(portfolio.err().contains("\na.yaml (document 2): Half Known AG leaves 30 questions unanswered: "),
                portfolio.err());
        assertTrue(portfolio.err().contains("\na.yaml (document 3): 30 questions unanswered: "), portfolio.err());
        assertFalse(portfolio.err().contains("client 1"), portfolio.err());
        // A broken document after it still makes the first one part of a portfolio.
        CliRunner.Result broken = run(UNNAMED + "---\nanswers: [\n", "validate", "a.yaml");
        assertTrue(broken.err().startsWith("a.yaml (document 1): 30 questions unanswered: "), broken.err());
    }

    @Test
    void aBatchErrorNamesTheClient() throws IOException {
        CliRunner.Result missing = run(NAMED, "--answers", "a.yaml", "--no-history");
        assertEquals(2, missing.code(), missing::toString);
        assertTrue(missing.err().startsWith("should-i-fire-client: a.yaml: 30 questions about Half Known AG have no answer: "),
                missing.err());
        CliRunner.Result german = run(NAMED, "--answers", "a.yaml", "--no-history", "--lang", "de");
        assertTrue(german.err().startsWith("should-i-fire-client: a.yaml: 30 Fragen zu Half Known AG ohne Antwort: "),
                german.err());
        // --client names it too, as it names the report.
        CliRunner.Result renamed = run(UNNAMED, "--answers", "a.yaml", "--no-history", "--client", "ACME");
        assertTrue(renamed.err().startsWith("should-i-fire-client: a.yaml: 30 questions about ACME have no answer: "),
                renamed.err());
        CliRunner.Result unnamed = run(UNNAMED, "--answers", "a.yaml", "--no-history");
        assertTrue(unnamed.err().startsWith("should-i-fire-client: a.yaml: 30 questions have no answer: "), unnamed.err());
        // In a portfolio: the document, and the name.
        CliRunner.Result second = run(UNNAMED.replace("yes", "skip") + "---\n" + NAMED, "--answers", "a.yaml", "--no-history",
                "--allow-missing", "--format", "json");
        assertEquals(0, second.code(), second::toString);
        CliRunner.Result invalid = run(UNNAMED + "---\n" + NAMED.replace("yes", "perhaps"), "--answers", "a.yaml",
                "--no-history", "--allow-missing", "--format", "json");
        assertEquals(2, invalid.code(), invalid::toString);
        assertTrue(invalid.err().contains(" (document 2, Half Known AG)\n"), invalid.err());
        CliRunner.Result invalidDe = run(UNNAMED + "---\n" + NAMED.replace("yes", "perhaps"), "--answers", "a.yaml",
                "--no-history", "--allow-missing", "--format", "json", "--lang", "de");
        assertTrue(invalidDe.err().contains(" (Dokument 2, Half Known AG)\n"), invalidDe.err());
        CliRunner.Result portfolioMissing = run(UNNAMED + "---\n" + NAMED, "--answers", "a.yaml", "--no-history");
        assertTrue(portfolioMissing.err().startsWith("should-i-fire-client: a.yaml (document 1): 30 questions have no answer: "),
                portfolioMissing.err());
    }

    @Test
    void aSingleUnnamedReportHasThePlainTitle() throws IOException {
        CliRunner.Result text = run(UNNAMED, "--answers", "a.yaml", "--no-history", "--allow-missing");
        assertEquals("Should I fire this client?", firstLine(text.out()));
        CliRunner.Result german = run(UNNAMED, "--answers", "a.yaml", "--no-history", "--allow-missing", "--lang", "de");
        assertEquals("Sollte ich diesen Kunden gehen lassen?", firstLine(german.out()));
        CliRunner.Result markdown = run(UNNAMED, "--answers", "a.yaml", "--no-history", "--allow-missing", "--format", "markdown");
        assertEquals("# Should I fire this client?", firstLine(markdown.out()));
        CliRunner.Result named = run(NAMED, "--answers", "a.yaml", "--no-history", "--allow-missing");
        assertEquals("Should I fire this client? · Half Known AG", firstLine(named.out()));
    }

    @Test
    void anInterviewWithoutANameReportsUnderThePlainTitle() {
        // The first option for every question; the end of the input confirms.
        CliRunner.Result r = new CliRunner().env("XDG_STATE_HOME", dir.toString()).stdin("1\n".repeat(31))
                .run("--plain", "--no-history");
        assertEquals(0, r.code(), r::toString);
        assertEquals("Should I fire this client?", firstLine(r.out()));
        CliRunner.Result named = new CliRunner().env("XDG_STATE_HOME", dir.toString()).stdin("1\n".repeat(31))
                .run("--plain", "--no-history", "--client", "Pipe Co");
        assertEquals("Should I fire this client? · Pipe Co", firstLine(named.out()));
    }

    @Test
    void aPortfolioNamesEachClientByNameOrItsNumber() throws IOException {
        CliRunner.Result r = run(UNNAMED + "---\n" + NAMED + "---\n" + UNNAMED, "--answers", "a.yaml", "--no-history",
                "--allow-missing");
        assertEquals(0, r.code(), r::toString);
        assertEquals("Should I fire this client? · client 1", firstLine(r.out()));
        assertTrue(r.out().contains("\nShould I fire this client? · Half Known AG\n"), r.out());
        assertTrue(r.out().contains("\nShould I fire this client? · client 3\n"), r.out());
        String table = r.out().substring(r.out().indexOf("Portfolio: 3 clients"));
        assertTrue(table.contains("  Half Known AG  "), table);
        assertFalse(table.contains("client 2"), table);
        assertTrue(table.contains("  client 1  ") && table.contains("  client 3  "), table);
        CliRunner.Result markdown = run(UNNAMED + "---\n" + NAMED, "--answers", "a.yaml", "--no-history", "--allow-missing",
                "--format", "markdown");
        assertEquals("# Should I fire this client? · client 1", firstLine(markdown.out()));
        assertTrue(markdown.out().contains("\n# Should I fire this client? · Half Known AG\n"), markdown.out());
    }
}
