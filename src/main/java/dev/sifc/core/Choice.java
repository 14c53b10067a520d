package dev.sifc.core;

import java.util.Objects;

/**
 * One answer a choice or yes-no question offers.
 *
 * @param points how much this answer counts towards its sign's stages (0: no sign of trouble)
 * @param dealbreaker an answer no fee makes acceptable: it decides "let go" on its own
 */
public record Choice(String value, LocalText label, int points, boolean dealbreaker) {
    /** Points of one answer are at most this; a sign's thresholds are sums of them. */
    public static final int MAX_POINTS = 20;

    public Choice {
        Ids.requireKebab(value);
        Objects.requireNonNull(label, "label");
        ModelException.check(points >= 0 && points <= MAX_POINTS, "model.points.range", points, MAX_POINTS);
        ModelException.check(!Answers.SKIP.equals(value), "model.option.reserved", value);
    }
}
