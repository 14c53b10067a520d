package dev.sifc.core;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a client changed since their last assessment, and when to look at them again.
 *
 * @param previous the client's last recorded assessment, or null for the first one
 * @param previousOn the day of the previous assessment in the user's time zone; null without one
 * @param scoreDelta the overall score now minus then; null without a previous assessment
 * @param signDeltas by sign id, the score now minus then; null where either score is unknown. Empty
 *     without a previous assessment
 * @param recheckOn when to assess again, from the verdict's {@code recheck-days}; null if it has none
 */
public record Trend(Snapshot previous, LocalDate previousOn, Integer scoreDelta, Map<String, Integer> signDeltas, LocalDate recheckOn) {
    public Trend {
        signDeltas = Collections.unmodifiableMap(new LinkedHashMap<>(signDeltas));
    }

    public static Trend of(Snapshot previous, Assessment now, LocalDate today, ZoneId zone) {
        Integer days = now.verdict().recheckDays();
        LocalDate recheck = days == null ? null : today.plusDays(days);
        if (previous == null) {
            return new Trend(null, null, null, Map.of(), recheck);
        }
        Map<String, Integer> deltas = new LinkedHashMap<>();
        for (Assessment.SignResult r : now.signs()) {
            Integer then = previous.signs().get(r.sign().id());
            deltas.put(r.sign().id(), then == null || r.score() == null ? null : r.score() - then);
        }
        return new Trend(previous, LocalDate.ofInstant(previous.at(), zone), now.score() - previous.score(), deltas, recheck);
    }

    /** Whether the verdict is better (negative), the same (0) or worse (positive) than last time. */
    public int verdictChange(Assessment now) {
        return previous == null ? 0 : Integer.compare(now.severity(), previous.severity());
    }
}
