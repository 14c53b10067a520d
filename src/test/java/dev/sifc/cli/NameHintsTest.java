package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name or a word the tool cannot place gets a hint at what was meant, not only a refusal. */
class NameHintsTest {
    @Test
    void aClientTheHistoryKnowsByAFullerNameIsPointedToIt() {
        CliRunner runner = new CliRunner().on("2026-05-05");
        assertEquals(0, runner.run("--answers", "examples/keep.yaml", "--client", "ACME GmbH").code());
        CliRunner.Result acme = runner.on("2026-06-05").run("--answers", "examples/keep.yaml", "--client", "acme");
        assertEquals(0, acme.code(), acme::toString);
        assertEquals("should-i-fire-client: warning: no assessments of \"acme\" yet, but of \"ACME GmbH\": if that is the"
                + " same client, give that name (--client), so that the report shows the trend\n", acme.err());
        CliRunner.Result de = runner.run("--answers", "examples/keep.yaml", "--client", "ACME GmbX", "--lang", "de");
        assertEquals("should-i-fire-client: Warnung: noch keine Bewertungen von „ACME GmbX“, aber von „ACME GmbH“: Ist das"
                + " derselbe Kunde, gib diesen Namen an (--client), damit der Bericht die Entwicklung zeigt\n", de.err());
        // Once "acme" is recorded, it is a client of its own: no more hints; nor for the one that is known.
        assertEquals("", runner.run("--answers", "examples/keep.yaml", "--client", "acme").err());
        assertEquals("", runner.run("--answers", "examples/keep.yaml", "--client", "acme gmbh").err());
        assertEquals("", runner.run("--answers", "examples/keep.yaml", "--client", "Zeta Works").err(), "nothing like it");
        assertEquals("", runner.run("--answers", "examples/keep.yaml", "--client", "ACME Ltd", "--no-history").err(),
                "--no-history: nothing is compared or recorded");
    }

    @Test
    void aLetterAskedForWithoutItsKindSaysWhatIsMissing() {
        CliRunner.Result eml = new CliRunner().run("letter", "--format", "eml");
        assertEquals(2, eml.code(), eml::toString);
        assertEquals("", eml.out(), "no list where a script expects a draft");
        assertEquals("should-i-fire-client: --format eml needs a letter to print: give its KIND first, one of: hours, scope,"
                + " payment-reminder, final-reminder, recommendation, contact, cancellations, ending, ending-final\n", eml.err());
        CliRunner.Result set = new CliRunner().run("letter", "--set", "amount=3", "--lang", "de");
        assertEquals(2, set.code(), set::toString);
        assertTrue(set.err().startsWith("should-i-fire-client: --set braucht einen Brief zum Ausgeben: nenne zuerst seine Art"
                + " (KIND), eine von: hours, scope, "), set.err());
        CliRunner.Result client = new CliRunner().run("letter", "--client", "ACME GmbH");
        assertTrue(client.err().startsWith("should-i-fire-client: --client needs a letter to print"), client.err());
        CliRunner.Result list = new CliRunner().run("letter");
        assertEquals(0, list.code(), list::toString);
        assertTrue(list.out().startsWith("Letters to send, and when:\n"), list.out());
    }
}
