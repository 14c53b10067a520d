package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number the report fills in takes the word in its own number: "1 reminder", "5 reminders", "1 Monat". */
class PluralsTest {
    /** The good client of examples/keep.yaml, but five reminders an invoice: one reminder would keep them. */
    private static String answers(String reminders, String reserveMonths) throws IOException {
        return Files.readString(Path.of("examples/keep.yaml"), StandardCharsets.UTF_8)
                .replaceAll("slow-to-pay.reminders: .*", "slow-to-pay.reminders: " + reminders)
                .replaceAll("slow-to-pay.late-invoices: .*", "slow-to-pay.late-invoices: some")
                .replaceAll("context.reserve-months: .*", "context.reserve-months: " + reserveMonths);
    }

    private static String report(String answers, String lang) {
        CliRunner.Result r = new CliRunner().on("2026-03-02").env("COLUMNS", "200").stdin(answers)
                .run("--answers", "-", "--lang", lang, "--no-history", "--color", "never");
        assertEquals(0, r.code(), r::toString);
        return r.out().replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "en; “1 reminder” (now “5 reminders”); 5 reminders",
        "de; „1 Zahlungserinnerung“ wäre (jetzt „5 Zahlungserinnerungen“); 5 Zahlungserinnerungen",
    })
    void aNumberAnswerTakesTheUnitInItsNumber(String lang, String whatIf, String evidence) throws IOException {
        String out = report(answers("5", "3"), lang);
        assertTrue(out.contains(whatIf), out);
        assertTrue(out.contains("→ " + evidence), out);
        assertFalse(out.matches(".*\\b1 (reminders|Zahlungserinnerungen)\\b.*"), out);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "en; 1; reserves last 1 month,",
        "en; 1.5; reserves last 1.5 months,",
        "en; 0; reserves last 0 months,",
        "de; 1; Rücklagen reichen für 1 Monat,",
        "de; 1.5; Rücklagen reichen für 1,5 Monate,",
    })
    void aCaveatTakesTheWordThatFitsTheNumber(String lang, String months, String expected) throws IOException {
        String out = report(answers("0", months), lang);
        assertTrue(out.contains(expected), out);
        assertFalse(out.contains("(s)") || out.contains("(e)") || out.contains("choice"), out);
    }
}
