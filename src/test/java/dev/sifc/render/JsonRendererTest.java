package dev.sifc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON line's short cut for numbers writes what BigDecimal would have written, or is not taken. */
class JsonRendererTest {
    @Test
    void aNumberIsWrittenAsItIsOnlyWhenBigDecimalWouldWriteTheSame() {
        for (String v : List.of("0", "15", "0.5", "-1", "-0.25", "50", "1.50", "120.125")) {
            assertEquals(true, JsonRenderer.plainNumber(v), v);
            assertEquals(new BigDecimal(v).toString(), v, v);
        }
        for (String v : List.of("", "-", "007", "-01", "1.", ".5", "1e3", "+1", "1.2.3", "1,5", " 1")) {
            assertEquals(false, JsonRenderer.plainNumber(v), v);
        }
    }
}
