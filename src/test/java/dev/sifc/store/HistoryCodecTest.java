package dev.sifc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The history's times and dates are read by hand for speed; they must read exactly as java.time reads them. */
class HistoryCodecTest {
    @Test
    void timesAndDatesReadAsJavaTimeReadsThem() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong() % 9_000_000_000L + 2_000_000_000L);
            String text = t.toString();
            assertEquals(Instant.parse(text), HistoryCodec.instant(text), text);
            String day = text.substring(0, 10);
            assertEquals(LocalDate.parse(day), HistoryCodec.date(day), day);
        }
        for (String edge : List.of("2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z")) {
            assertEquals(Instant.parse(edge), HistoryCodec.instant(edge), edge);
        }
    }

    @Test
    void otherFormsAreLeftToJavaTime() {
        for (String other : List.of("2026-11-27T20:49:06.5Z", "2026-11-27T20:49:06+01:00", "+12026-11-27T20:49:06Z",
                "2026-01-01T24:00:00Z")) {
            assertEquals(Instant.parse(other), HistoryCodec.instant(other), other);
        }
    }

    @Test
    void impossibleTimesAndDatesAreRefusedAsJavaTimeRefusesThem() {
        for (String bad : List.of("2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-01T00:60:00Z",
                "20x6-01-01T00:00:00Z", "2026-01-01T0a:00:00Z", "2026-01-01 00:00:00Z")) {
            assertThrows(DateTimeException.class, () -> Instant.parse(bad), bad);
            assertThrows(DateTimeException.class, () -> HistoryCodec.instant(bad), bad);
        }
        for (String bad : List.of("2026-02-29", "2026-00-10", "2026-1x-10", "26-01-01")) {
            assertThrows(DateTimeException.class, () -> LocalDate.parse(bad), bad);
            assertThrows(DateTimeException.class, () -> HistoryCodec.date(bad), bad);
        }
    }
}
