package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers and days as each language writes them in running text. */
class LangTest {
    @Test
    void germanWritesADecimalCommaAndGroupsThousandsWithDots() {
        assertEquals("35,5", Lang.DE.number(new BigDecimal("35.5")));
        assertEquals("35", Lang.DE.number(new BigDecimal("35.0")));
        assertEquals("1.234", Lang.DE.number(1234));
        assertEquals("1.234,25", Lang.DE.number(new BigDecimal("1234.25")));
        assertEquals("0,125", Lang.DE.number(new BigDecimal("0.125")), "exact: no rounding to three digits or fewer");
    }

    @Test
    void englishWritesADecimalPointAndGroupsThousandsWithCommas() {
        assertEquals("35.5", Lang.EN.number(new BigDecimal("35.5")));
        assertEquals("10", Lang.EN.number(new BigDecimal("1E+1")));
        assertEquals("1,234", Lang.EN.number(1234));
        assertEquals("1,234.25", Lang.EN.number(new BigDecimal("1234.25")));
    }

    @Test
    void numbersReadExactlyAsTheLocaleFormatWritesThem() {
        for (Lang lang : Lang.values()) {
            for (String v : new String[] {"0", "-3", "7.25", "999.999", "100", "0.5", "42.10", "1E+2", "-999", "1000", "12345.5"}) {
                BigDecimal n = new BigDecimal(v);
                NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
                format.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
                assertEquals(format.format(n), lang.number(n), lang + " " + v);
            }
            for (long n = -1200; n <= 1200; n += 7) {
                assertEquals(NumberFormat.getIntegerInstance(lang.locale()).format(n), lang.number(n), lang + " " + n);
            }
        }
    }

    @Test
    void germanDaysAreDayMonthYearAndEnglishOnesNameTheMonth() {
        assertEquals("28.12.2026", Lang.DE.date(LocalDate.of(2026, 12, 28)));
        assertEquals("01.04.2026", Lang.DE.date(LocalDate.of(2026, 4, 1)));
        assertEquals("Dec 28, 2026", Lang.EN.date(LocalDate.of(2026, 12, 28)));
        assertEquals("Apr 1, 2026", Lang.EN.date(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void daysReadExactlyAsTheLocaleFormatWritesThem() {
        DateTimeFormatter german = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN);
        DateTimeFormatter english = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(3)) {
            assertEquals(german.format(day), Lang.DE.date(day), day.toString());
            assertEquals(english.format(day), Lang.EN.date(day), day.toString());
            for (Lang lang : Lang.values()) {
                assertTrue(lang.date(day).length() <= lang.dateWidth(), lang.date(day));
            }
        }
    }
}
