package dev.sifc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Truncation, the one copy that the reports and the prompts share. */
class TextTest {
    @Test
    void truncateKeepsWhatFitsAndEndsACutWithAnEllipsis() {
        assertEquals("ACME", Text.truncate("ACME", 4));
        assertEquals("AC…", Text.truncate("ACME", 3));
        assertEquals("Ä…", Text.truncate("Ä😀Ö😀", 3), "the emoji takes two columns: it does not fit beside the ellipsis");
        assertEquals("Ä😀…", Text.truncate("Ä😀Ö😀", 4), "never half a surrogate pair");
    }

    @Test
    void lengthCountsDisplayColumnsAsTheTerminalDoes() {
        assertEquals(14, Text.length("Café 🎨 Studio"), "the emoji is two columns wide");
        assertEquals(20, Text.length("東京デザイン株式会社"), "ten wide characters");
        assertEquals(4, Text.length("Cafe\u0301"), "a combining accent takes no column");
        assertEquals(4, Text.length("\uFEFFACME"), "a byte order mark takes no column");
        assertEquals(0, Text.length(""));
    }

    @Test
    void padAndPadLeftFillToDisplayColumns() {
        assertEquals("東京  ", Text.pad("東京", 6));
        assertEquals("  東京", Text.padLeft("東京", 6));
        assertEquals("Cafe\u0301 ", Text.pad("Cafe\u0301", 5));
    }

    @Test
    void truncateNeverSplitsAWideCharacterOrALetterFromItsMark() {
        assertEquals("東京…", Text.truncate("東京デザイン株式会社", 6), "five columns of room: two wide characters and the ellipsis");
        assertEquals("東京デ…", Text.truncate("東京デザイン株式会社", 7), "six columns of room: three wide characters");
        assertEquals("Cafe\u0301…", Text.truncate("Cafe\u0301 Noir", 5), "the accent stays with its e");
        assertEquals("Caf…", Text.truncate("Cafe\u0301 Noir", 4));
    }

    @Test
    void wrapFillsLinesByDisplayColumns() {
        assertEquals(List.of("東京 東京", "東京"), Text.wrap("東京 東京 東京", 9));
        assertEquals(List.of("They don't", "respond"), Text.wrap("They don't respond", 10), "words are never split");
    }

    @Test
    void aWidthTooSmallForAnyTextLeavesTheEllipsis() {
        assertEquals("…", Text.truncate("ACME", 1));
        assertEquals("…", Text.truncate("ACME", 0));
    }
}
