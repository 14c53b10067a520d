package dev.sifc.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GlyphsTest {
    private static byte[] write(Charset charset, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, Glyphs.withFallbacks(charset))) {
            // in small pieces, so that a glyph or a surrogate pair falls on a buffer boundary
            for (int i = 0; i < text.length(); i += 3) {
                w.write(text, i, Math.min(3, text.length() - i));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void latin1KeepsWhatItHasAndStandsInForTheRest() throws Exception {
        String text = "Müller · „Grüße“ → ██░░ ▁▅█ ❯ ✔ … ±0 −5 😀";
        assertEquals("Müller · \"Grüße\" -> ##.. _=# > * ... ±0 -5 ?",
                new String(write(StandardCharsets.ISO_8859_1, text), StandardCharsets.ISO_8859_1));
    }

    @Test
    void asciiSpellsTheUmlautsAndTheSigns() throws Exception {
        assertEquals("Mueller - \"x\" +-0 ^/v", new String(write(StandardCharsets.US_ASCII, "Müller · “x” ±0 ↑/↓"),
                StandardCharsets.US_ASCII));
    }

    @Test
    void aUnicodeCharsetIsLeftAsItIs() throws Exception {
        assertSame(StandardCharsets.UTF_8, Glyphs.withFallbacks(StandardCharsets.UTF_8));
        String text = "Müller → ██░░ 😀";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), write(StandardCharsets.UTF_8, text));
    }

    @Test
    void codesetNamesAsTheCLibraryWritesThem() {
        assertEquals(StandardCharsets.ISO_8859_1, Glyphs.forCodeset("ISO-8859-1"));
        assertEquals(StandardCharsets.ISO_8859_1, Glyphs.forCodeset("iso88591"));
        assertEquals(Charset.forName("ISO-8859-15"), Glyphs.forCodeset("ISO8859-15"));
        assertEquals(Charset.forName("KOI8-R"), Glyphs.forCodeset("koi8r"));
        assertEquals(Charset.forName("EUC-JP"), Glyphs.forCodeset("eucJP"));
        assertEquals(Charset.forName("windows-1252"), Glyphs.forCodeset("CP1252"));
        assertEquals(StandardCharsets.US_ASCII, Glyphs.forCodeset("ANSI_X3.4-1968"));
        assertEquals(StandardCharsets.UTF_8, Glyphs.forCodeset("utf8"));
        assertEquals(StandardCharsets.US_ASCII, Glyphs.forCodeset("no-such-codeset"), "unknown: ASCII, which every terminal shows");
    }
}
