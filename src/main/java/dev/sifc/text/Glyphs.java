package dev.sifc.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output for terminals whose charset is not UTF-8 (a Latin-1 terminal, say). The reports, prompts
 * and messages are written in Unicode, with bars, sparklines, arrows, quotes and check marks; a
 * terminal that cannot show them gets mojibake. So a terminal's writer encodes through
 * {@link #withFallbacks}: every character its charset has is encoded as it is (umlauts stay
 * umlauts), and every other one is replaced by its ASCII stand-in from one table ({@code █} is
 * {@code #}, {@code →} is {@code ->}, {@code “} is {@code "}), or by {@code ?}. This is one
 * mechanism, at the encoder, so no renderer needs to know which terminal it writes to. Pipes and
 * files are always UTF-8 and never pass through here.
 */
public final class Glyphs {
    private Glyphs() {}

    /** The ASCII stand-ins. Most are one column wide, like the glyph, so columns stay aligned. */
    private static final Map<Integer, String> FALLBACKS = Map.ofEntries(
            // bars, progress, sparklines (eight levels, low to high) and rules
            Map.entry(0x2588, "#"), Map.entry(0x2591, "."), Map.entry(0x2592, ":"), Map.entry(0x2593, "#"),
            Map.entry(0x25B0, "#"), Map.entry(0x25B1, "-"), Map.entry(0x258F, "|"),
            Map.entry(0x2581, "_"), Map.entry(0x2582, "."), Map.entry(0x2583, "-"), Map.entry(0x2584, ":"),
            Map.entry(0x2585, "="), Map.entry(0x2586, "+"), Map.entry(0x2587, "*"),
            Map.entry(0x2500, "-"), Map.entry(0x2501, "-"), Map.entry(0x2502, "|"),
            // arrows and pointers
            Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2191, "^"), Map.entry(0x2193, "v"),
            Map.entry(0x21D2, "=>"), Map.entry(0x276F, ">"), Map.entry(0x25B6, ">"), Map.entry(0x25B8, ">"),
            Map.entry(0x203A, ">"), Map.entry(0x2039, "<"), Map.entry(0x00BB, ">"), Map.entry(0x00AB, "<"),
            // punctuation: ellipsis, quotes, dashes, bullets, signs
            Map.entry(0x2026, "..."), Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""),
            Map.entry(0x201F, "\""), Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"),
            Map.entry(0x201B, "'"), Map.entry(0x2013, "-"), Map.entry(0x2014, "-"), Map.entry(0x2212, "-"),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2022, "*"), Map.entry(0x00B7, "-"),
            Map.entry(0x2219, "-"), Map.entry(0x00B1, "+-"), Map.entry(0x00D7, "x"), Map.entry(0x2264, "<="),
            Map.entry(0x2265, ">="), Map.entry(0x2260, "!="), Map.entry(0x00A0, " "), Map.entry(0x2009, " "),
            Map.entry(0x202F, " "), Map.entry(0x2007, " "),
            // check marks and crosses
            Map.entry(0x2714, "*"), Map.entry(0x2713, "*"), Map.entry(0x2716, "x"), Map.entry(0x2717, "x"),
            Map.entry(0x2718, "x"),
            // letters Latin-1 lacks but ASCII can spell
            Map.entry(0x00E4, "ae"), Map.entry(0x00F6, "oe"), Map.entry(0x00FC, "ue"), Map.entry(0x00C4, "Ae"),
            Map.entry(0x00D6, "Oe"), Map.entry(0x00DC, "Ue"), Map.entry(0x00DF, "ss"));

    /** The ASCII stand-in for a character the terminal cannot show, or {@code "?"}. */
    public static String fallback(int codePoint) {
        return FALLBACKS.getOrDefault(codePoint, "?");
    }

    /** True for the charsets that hold every character: nothing ever needs a stand-in. */
    public static boolean unicode(Charset charset) {
        String name = charset.name();
        return name.startsWith("UTF-") || name.equals("GB18030");
    }

    /** {@code charset} itself when it can encode everything, else the same charset with the stand-ins. */
    public static Charset withFallbacks(Charset charset) {
        return unicode(charset) || charset instanceof FallbackCharset ? charset : new FallbackCharset(charset);
    }

    private static final Pattern ISO_8859 = Pattern.compile("iso8859(\\d{1,2})");
    private static final Pattern WINDOWS = Pattern.compile("(?:cp|windows)(\\d{3,4})");

    /**
     * The charset of a locale's codeset as the C library names it ({@code ISO-8859-1}, {@code iso88591},
     * {@code ISO8859-15}, {@code KOI8-R}, {@code eucJP}, {@code ANSI_X3.4-1968}, ...). A name Java does
     * not know is taken as ASCII, which nearly every terminal shows correctly.
     */
    public static Charset forCodeset(String codeset) {
        if (codeset == null || codeset.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String key = codeset.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        Matcher iso = ISO_8859.matcher(key);
        Matcher windows = WINDOWS.matcher(key);
        String name;
        if (key.equals("utf8")) {
            name = "UTF-8";
        } else if (key.equals("ansix341968") || key.equals("ascii") || key.equals("usascii") || key.equals("646")) {
            name = "US-ASCII";
        } else if (iso.matches()) {
            name = "ISO-8859-" + iso.group(1);
        } else if (windows.matches()) {
            name = "windows-" + windows.group(1);
        } else if (key.startsWith("koi8")) {
            name = "KOI8-" + key.substring(4).toUpperCase(Locale.ROOT);
        } else if (key.startsWith("euc")) {
            name = "EUC-" + key.substring(3).toUpperCase(Locale.ROOT);
        } else {
            name = codeset.strip();
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.US_ASCII;
        }
    }

    /** A charset that encodes with its base where it can, and with {@link #fallback} elsewhere. */
    public static final class FallbackCharset extends Charset {
        private final Charset base;
        private final Map<Integer, byte[]> encoded = new ConcurrentHashMap<>();

        FallbackCharset(Charset base) {
            super("x-sifc-fallback-" + base.name().replaceAll("[^A-Za-z0-9.:_+-]", "_"), null);
            this.base = base;
        }

        Charset base() {
            return base;
        }

        @Override
        public boolean contains(Charset cs) {
            return base.contains(cs);
        }

        @Override
        public CharsetDecoder newDecoder() {
            return base.newDecoder();
        }

        @Override
        public CharsetEncoder newEncoder() {
            return new Encoder(this, base.newEncoder());
        }

        /** The stand-in for {@code codePoint}, encoded in the base charset ("?" if even that fails). */
        byte[] standIn(int codePoint) {
            return encoded.computeIfAbsent(codePoint, cp -> {
                try {
                    ByteBuffer b = base.newEncoder().encode(CharBuffer.wrap(fallback(cp)));
                    byte[] bytes = new byte[b.remaining()];
                    b.get(bytes);
                    return bytes;
                } catch (CharacterCodingException e) {
                    return new byte[] {'?'};
                }
            });
        }
    }

    private static final class Encoder extends CharsetEncoder {
        private final FallbackCharset charset;
        private final CharsetEncoder base;

        Encoder(FallbackCharset charset, CharsetEncoder base) {
            // Room for the longest stand-in ("...") in the widest encoding of ASCII.
            super(charset, base.averageBytesPerChar(), 3 * base.maxBytesPerChar(), base.replacement());
            this.charset = charset;
            this.base = base.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (true) {
                CoderResult r = base.encode(in, out, false);
                if (!r.isUnmappable() && !r.isMalformed()) {
                    return r; // underflow (all done, or half a surrogate pair to wait for) or overflow
                }
                int codePoint = r.length() == 2 ? Character.toCodePoint(in.get(in.position()), in.get(in.position() + 1))
                        : in.get(in.position());
                byte[] standIn = charset.standIn(r.isMalformed() ? '?' : codePoint);
                if (out.remaining() < standIn.length) {
                    return CoderResult.OVERFLOW;
                }
                out.put(standIn);
                in.position(in.position() + r.length());
            }
        }

        @Override
        protected CoderResult implFlush(ByteBuffer out) {
            // The base has only seen input that was not the end; a stateful one (ISO-2022) ends its shift here.
            CoderResult r = base.encode(CharBuffer.allocate(0), out, true);
            return r.isOverflow() ? r : base.flush(out);
        }

        @Override
        protected void implReset() {
            base.reset();
        }

        @Override
        public boolean canEncode(char c) {
            return true;
        }

        @Override
        public boolean canEncode(CharSequence cs) {
            return true;
        }
    }
}
