package dev.sifc.core;

import java.util.Objects;

/**
 * One of the verdicts a questionnaire can reach, in order from best to worst.
 *
 * @param recheckDays after how many days to assess the client again, or null for no suggestion
 */
public record Verdict(String id, LocalText title, Integer recheckDays) {
    public Verdict {
        Ids.requireKebab(id);
        Objects.requireNonNull(title, "title");
        ModelException.check(recheckDays == null || (recheckDays >= 1 && recheckDays <= 3660), "model.verdict.recheck", id,
                recheckDays);
    }

    public Verdict(String id, LocalText title) {
        this(id, title, null);
    }
}
