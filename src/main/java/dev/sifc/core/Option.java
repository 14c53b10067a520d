package dev.sifc.core;

import java.util.Objects;

/** One answer a choice or yes-no question offers. */
public record Option(String value, LocalText label, int score, boolean dealbreaker) {
    public Option {
        Ids.requireKebab(value);
        Objects.requireNonNull(label, "label");
        ModelException.check(score >= 0 && score <= 100, "model.score.range", score);
        ModelException.check(!Answers.SKIP.equals(value), "model.option.reserved", value);
    }
}
