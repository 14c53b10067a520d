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
        return offer(scenario, typed, tty, format, noInput, lang, null);
    }

    /** @param columns the terminal's width (COLUMNS), or null for one that does not say */
    private static Run offer(String scenario, String typed, boolean tty, Options.Format format, boolean noInput, Lang lang,
            String columns) throws IOException {
        CliRunner runner = new CliRunner().stdin(typed).terminal(tty, tty).env("COLUMNS", columns);
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
            Run r = offer("05-chronic-late-payer", wrong + "\n2\n", true, Options.Format.text, false, Lang.EN, "100"); // one line each
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

    /** One letter is offered as one: "1", not "(1-1)", in both languages. */
    @Test
    void aSingleLetterIsOfferedAsOne() throws IOException {
        Run en = offer("09-abusive-dependent", "2\n\n", true, Options.Format.text, false, Lang.EN);
        assertNull(en.shown());
        assertTrue(en.out().startsWith("\nA letter for this client:\n  1  ending-final  "), en.out());
        // Typed lines are not echoed here: at a terminal, what is said to a wrong one starts on a line of its own.
        assertTrue(en.out().endsWith("\nShow it? 1, or Enter for none: not a letter of the list: \"2\" (type its number, 1, or its"
                + " name; Enter for\n  none)\nShow it? 1, or Enter for none: "), en.out());
        Run de = offer("09-abusive-dependent", "\n", true, Options.Format.text, false, Lang.DE);
        assertTrue(de.out().startsWith("\nEin Brief für diesen Kunden:\n  1  ending-final  "), de.out());
        assertTrue(de.out().endsWith("\nIhn anzeigen? 1 oder Enter für keinen: "), de.out());
        assertTrue(!de.out().contains("1-1"), de.out());
    }

    /** The question and what it says to a wrong answer wrap to the terminal as the messages on stderr do. */
    @Test
    void theQuestionWrapsToTheTerminal() throws IOException {
        Run narrow = offer("05-chronic-late-payer", "3\n\n", true, Options.Format.text, false, Lang.EN, "40");
        // Typed lines are not echoed here: at a terminal, what is said to a wrong one starts on a line of its own.
        assertTrue(narrow.out().endsWith("\nShow one? Its number (1-2), or Enter for\n  none: not a letter of the list: \"3\" (type its\n"
                + "  number, 1-2, or its name; Enter for\n  none)\nShow one? Its number (1-2), or Enter for\n  none: "),
                narrow.out());
        Run de = offer("05-chronic-late-payer", "\n", true, Options.Format.text, false, Lang.DE, "40");
        assertTrue(de.out().endsWith("\nEinen anzeigen? Seine Nummer (1-2) oder\n  Enter für keinen: "), de.out());
        for (String lang : new String[] {"en", "de"}) {
            Run wide = offer("05-chronic-late-payer", "3\n\n", true, Options.Format.text, false, lang.equals("en") ? Lang.EN : Lang.DE, "80");
            assertTrue(wide.out().contains(lang.equals("en") ? "\nShow one? Its number (1-2), or Enter for none: not a"
                    : "\nEinen anzeigen? Seine Nummer (1-2) oder Enter für keinen: kein Brief"), wide.out());
        }
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
