package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Scorer;
import dev.sifc.load.AnswersLoader;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The offer after an interview's verdict: the letters the report points to, numbered; the one picked
 * is printed with the client's name. Driven as at a terminal, with the typed line on stdin.
 */
class LetterOfferTest {
    private record Run(String shown, String out, String err) {}

    private static Run offer(String scenario, String typed, boolean tty, Options.Format format, boolean noInput, Lang lang)
            throws IOException {
        CliRunner runner = new CliRunner().stdin(typed).terminal(tty, tty);
        RunContext context = new RunContext(runner.env(), new Messages(lang));
        Questionnaire q = context.questionnaire(null);
        String text = Files.readString(Path.of("src/test/resources/scenarios/" + scenario + ".yaml"));
        Assessment a = new Scorer(q).assess(new AnswersLoader(q).readOne(scenario, new StringReader(text)));
        AssessmentRequest request = new AssessmentRequest(null, format, null, false, null, noInput, false, null, false, true,
                null, Options.ColorMode.never);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String shown = new LetterOffer(context, request, new PrintWriter(out, true), new PrintWriter(err, true)).offer(a);
        return new Run(shown, out.toString(), err.toString());
    }

    @Test
    void theLetGoClientIsOfferedTheEndingFirstAndGetsTheOnePicked() throws IOException {
        Run r = offer("05-chronic-late-payer", "1\n", true, Options.Format.text, false, Lang.EN);
        assertEquals("ending", r.shown());
        assertTrue(r.out().startsWith("\nLetters for this client:\n"
                + "  1  ending          Let go: end politely, bill the balance, door left open.\n"
                + "  2  final-reminder  Reminders ignored: a last one with a firm date.\n"
                + "Show one? Its number (1-2), or Enter for none: \n"
                + "Subject: [project]: ending our work together\n\nDear Scenario 05,\n"), r.out());
        assertTrue(r.err().startsWith("should-i-fire-client: still blank: [project], [end]"), r.err());
    }

    @Test
    void enterOrAnEndOfInputShowNone() throws IOException {
        for (String typed : new String[] {"\n", ""}) {
            Run r = offer("05-chronic-late-payer", typed, true, Options.Format.text, false, Lang.DE);
            assertNull(r.shown(), typed);
            assertTrue(r.out().contains("Einen anzeigen? Seine Nummer (1-2) oder Enter für keinen: "), r.out());
            assertTrue(!r.out().contains("Betreff:"), r.out());
            assertEquals("", r.err());
        }
    }

    /** A wrong line is said to be wrong and asked again, as the interview does; the name of a letter shown works too. */
    @Test
    void aWrongLineIsExplainedAndAskedAgain() throws IOException {
        for (String wrong : new String[] {"3", "-1", "99999999999", "contact"}) {
            Run r = offer("05-chronic-late-payer", wrong + "\n2\n", true, Options.Format.text, false, Lang.EN);
            assertEquals("final-reminder", r.shown(), wrong);
            assertTrue(r.out().contains("Show one? Its number (1-2), or Enter for none: not a letter of the list: \"" + wrong
                    + "\" (type its number, 1-2, or its name; Enter for none)\nShow one? Its number (1-2), or Enter for none: "),
                    r.out());
        }
        Run byName = offer("05-chronic-late-payer", "Final-Reminder\n", true, Options.Format.text, false, Lang.DE);
        assertEquals("final-reminder", byName.shown());
    }

    /** On a narrow terminal each letter's text wraps under itself instead of being cut. */
    @Test
    void theListWrapsToTheTerminal() throws IOException {
        CliRunner runner = new CliRunner().stdin("\n").terminal(true, true).env("COLUMNS", "40");
        RunContext context = new RunContext(runner.env(), new Messages(Lang.EN));
        Questionnaire q = context.questionnaire(null);
        String text = Files.readString(Path.of("src/test/resources/scenarios/05-chronic-late-payer.yaml"));
        Assessment a = new Scorer(q).assess(new AnswersLoader(q).readOne("05", new StringReader(text)));
        AssessmentRequest request = new AssessmentRequest(null, Options.Format.text, null, false, null, false, false, null, false,
                true, null, Options.ColorMode.never);
        StringWriter out = new StringWriter();
        new LetterOffer(context, request, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).offer(a);
        assertTrue(out.toString().contains("  1  ending\n      Let go: end politely, bill the\n      balance, door left open.\n"),
                out.toString());
    }

    @Test
    void nothingIsAskedOffATerminalForJsonWithNoInputOrWithoutALetter() throws IOException {
        assertEquals(new Run(null, "", ""), offer("05-chronic-late-payer", "1\n", false, Options.Format.text, false, Lang.EN));
        assertEquals(new Run(null, "", ""), offer("05-chronic-late-payer", "1\n", true, Options.Format.json, false, Lang.EN));
        assertEquals(new Run(null, "", ""), offer("05-chronic-late-payer", "1\n", true, Options.Format.text, true, Lang.EN));
        assertEquals(new Run(null, "", ""), offer("01-healthy", "1\n", true, Options.Format.text, false, Lang.EN));
    }

    @Test
    void theAbusiveClientIsOfferedTheEndingWithoutTheOpenDoorInGerman() throws IOException {
        Run r = offer("09-abusive-dependent", "1\n", true, Options.Format.text, false, Lang.DE);
        assertEquals("ending-final", r.shown());
        assertTrue(r.out().contains("Betreff: [project]: Ende unserer Zusammenarbeit\n\nGuten Tag Scenario 09,\n"), r.out());
        assertTrue(!r.out().contains("melden Sie sich gern"), r.out());
    }
}
