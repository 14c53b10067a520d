package dev.sifc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Truncation, the one copy that the reports and the prompts share. */
class TextTest {
    @Test
    void truncateKeepsWhatFitsAndEndsACutWithAnEllipsis() {
        assertEquals("ACME", Text.truncate("ACME", 4));
        assertEquals("AC…", Text.truncate("ACME", 3));
        assertEquals("Ä😀…", Text.truncate("Ä😀Ö😀", 3), "code points, never half a character");
    }

    @Test
    void aWidthTooSmallForAnyTextLeavesTheEllipsis() {
        assertEquals("…", Text.truncate("ACME", 1));
        assertEquals("…", Text.truncate("ACME", 0));
    }
}
