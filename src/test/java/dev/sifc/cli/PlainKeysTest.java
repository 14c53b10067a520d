package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain mode (--plain, TERM=dumb, or answers typed into a pipe) describes the keys it has, not the
 * full-screen ones: no arrows, no j/k, no Esc. And each key it names works as described.
 */
class PlainKeysTest {
    @TempDir
    Path state;

    private static final String EN = "Type an answer and press Enter: the option's number, its name (such as often) or yes/no; "
            + "on a number question, the number. ? or help shows the question's help, s or skip skips it (so does an empty "
            + "line on a number question), b or back returns to the previous question, and Enter alone keeps the answer "
            + "marked as current. At the end, Enter confirms, or type an answer's number to change it. Ctrl-D or Ctrl-C "
            + "stops (your answers are kept as a draft).\n";
    private static final String DE = "Tippe eine Antwort und drück Enter: die Nummer der Option, ihren Namen (etwa oft) oder "
            + "ja/nein; bei einer Zahlenfrage die Zahl. ? oder hilfe zeigt die Hilfe zur Frage, s oder skip überspringt sie "
            + "(bei einer Zahlenfrage auch eine leere Zeile), b oder zurück geht zur vorigen Frage, und Enter allein behält "
            + "die als aktuell markierte Antwort. Am Ende bestätigt Enter, oder gib die Nummer einer Antwort ein, um sie zu "
            + "ändern. Strg-D oder Strg-C beendet (deine Antworten bleiben als Entwurf erhalten).\n";

    private CliRunner runner() {
        return new CliRunner().env("XDG_STATE_HOME", state.toString());
    }

    @Test
    void thePlainIntroNamesThePlainKeysInBothLanguages() {
        for (String[] args : new String[][] {{"--plain"}, {}}) {
            CliRunner.Result en = runner().stdin("1\n").run(args);
            assertTrue(en.err().contains("\n" + EN + "\n[Question 1 of 31]"), en.err());
            assertFalse(en.err().contains("↑"), en.err());
            assertFalse(en.err().contains("j/k"), en.err());
            CliRunner.Result de = runner().stdin("1\n").run(concat(args, "--lang", "de"));
            assertTrue(de.err().contains("\n" + DE + "\n["), de.err());
            assertFalse(de.err().contains("↑"), de.err());
        }
    }

    @Test
    void everyKeyThePlainIntroNamesDoesWhatItSays() {
        // A number; a name; "?" then "help" at question 3; "b" back to question 2 and "back" to 1;
        // Enter keeps each current answer; "skip" and "s"; an empty line skips the last (a number)
        // question; the review confirms on Enter.
        String lines = "4\nsometimes\n?\nhelp\nb\nback\n\n\nskip\n" + "s\n".repeat(27) + "\n\n";
        CliRunner.Result r = runner().stdin(lines).run("--format", "json", "--no-history", "--allow-missing");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("\"unreasonable-demands.after-hours\":\"often\""), r.out());
        assertTrue(r.out().contains("\"unreasonable-demands.like-employee\":\"sometimes\""), r.out());
        assertTrue(r.out().contains("\"unreasonable-demands.last-minute\":\"skip\""), r.out());
        assertEquals(2, r.err().split("Help: Count the urgent jobs", -1).length - 1, r.err());
        assertTrue(r.out().contains("\"context.reserve-months\":\"skip\""), r.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
