package dev.sifc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words a user may type, from both bundles at once. */
class WordsTest {
    @Test
    void everyLanguagesWordsAreUnderstoodInAnyCase() {
        for (String yes : new String[] {"y", "Yes", " ja ", "J"}) {
            assertTrue(Words.means(Words.Meaning.YES, yes), yes);
        }
        assertTrue(Words.means(Words.Meaning.HELP, "HILFE"));
        assertTrue(Words.means(Words.Meaning.HELP, "?"));
        assertTrue(Words.means(Words.Meaning.BACK, "Zurück"));
        assertTrue(Words.means(Words.Meaning.SKIP, "skip"));
    }

    @Test
    void nothingElseIsAWord() {
        for (String other : new String[] {"", "n", "no", "yess", "y y", "jaja"}) {
            assertFalse(Words.means(Words.Meaning.YES, other), other);
        }
        assertFalse(Words.means(Words.Meaning.SKIP, "b"));
    }

    @Test
    void theOneCharacterWordsAreTheKeys() {
        assertEquals(Set.of("?"), Words.keys(Words.Meaning.HELP));
        assertEquals(Set.of("s"), Words.keys(Words.Meaning.SKIP));
        assertEquals(Set.of("b"), Words.keys(Words.Meaning.BACK));
        assertEquals(Set.of("y", "j"), Words.keys(Words.Meaning.YES));
    }
}
