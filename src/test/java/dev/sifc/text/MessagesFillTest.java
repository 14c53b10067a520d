package dev.sifc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sifc.core.Lang;
import org.junit.jupiter.api.Test;

/** The two ways a message takes its arguments: literally, and in the form that fits a number. */
class MessagesFillTest {
    private static final String DRAFTS = "Removed {0,choice,0#{0} drafts|1#1 draft|1<{0} drafts} of {1}.";

    @Test
    void aChoiceTakesTheSingularForOneAndThePluralOtherwise() {
        assertEquals("Removed 0 drafts of ACME.", Messages.fill(DRAFTS, 0, "ACME"));
        assertEquals("Removed 1 draft of ACME.", Messages.fill(DRAFTS, 1, "ACME"));
        assertEquals("Removed 2 drafts of ACME.", Messages.fill(DRAFTS, 2, "ACME"));
        assertEquals("Removed 12 drafts of ACME.", Messages.fill(DRAFTS, 12L, "ACME"));
    }

    @Test
    void aNumberGivenAsTextChoosesAsTheNumberDoes() {
        // Diagnostics carry their arguments as text, and the reports format numbers before they fill them in.
        assertEquals("Removed 1 draft of ACME.", Messages.fill(DRAFTS, "1", "ACME"));
        assertEquals("Removed 3 drafts of ACME.", Messages.fill(DRAFTS, "3", "ACME"));
        assertEquals("Removed many drafts of ACME.", Messages.fill(DRAFTS, "many", "ACME"), "not a number: the first (plural) form");
    }

    @Test
    void apostrophesAndBracesOutsideAPlaceholderStayAsWritten() {
        assertEquals("it's {x} and 5 of {3}", Messages.fill("it's {x} and {0} of {3}", 5));
        assertEquals("don't: 1 line", Messages.fill("don't: {0,choice,0#{0} lines|1#1 line|1<{0} lines}", 1));
    }

    @Test
    void aChoiceMayUseAnotherArgumentThanTheNumber() {
        String t = "{0,choice,0#{0} questions about {1} have|1#1 question about {1} has|1<{0} questions about {1} have} no answer";
        assertEquals("1 question about ACME has no answer", Messages.fill(t, 1, "ACME"));
        assertEquals("4 questions about ACME have no answer", Messages.fill(t, 4, "ACME"));
    }

    @Test
    void argumentsInsideAChoiceAreNeutralisedToo() {
        assertEquals("1 question about A?B has", Messages.fill("{0,choice,0#many|1#1 question about {1} has|1<many}", 1, "A\u001bB"));
    }

    @Test
    void aKeyWithoutTextFailsLoudlyInTheTests() {
        // Surefire runs with assertions on: a missing key is a bug the tests must see, not a key printed as text.
        AssertionError e = assertThrows(AssertionError.class, () -> new Messages(Lang.EN).get("no.such.key"));
        assertEquals("no text for message key no.such.key in EN", e.getMessage());
    }
}
