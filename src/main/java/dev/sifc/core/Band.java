package dev.sifc.core;

import java.math.BigDecimal;

/** A band of a number question: values up to and including {@code upTo} count {@code points}. */
public record Band(BigDecimal upTo, int points) {
    public Band {
        ModelException.check(points >= 0 && points <= Choice.MAX_POINTS, "model.points.range", points, Choice.MAX_POINTS);
    }

    /** The band for values above every bound. */
    public boolean isOpenEnded() {
        return upTo == null;
    }
}
