package dev.sifc.core;

import java.math.BigDecimal;

/** A score band of a number question: values up to and including {@code upTo} score {@code score}. */
public record Band(BigDecimal upTo, int score) {
    public Band {
        ModelException.check(score >= 0 && score <= 100, "model.score.range", score);
    }

    /** The band for values above every bound. */
    public boolean isOpenEnded() {
        return upTo == null;
    }
}
