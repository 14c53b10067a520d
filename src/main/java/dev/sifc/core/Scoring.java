package dev.sifc.core;

import java.util.Objects;

/**
 * How sign scores turn into levels, and the phrases the scorer uses in reasons.
 *
 * @param minAnswered answered questions a sign needs; with fewer it is {@link Level#UNKNOWN}
 * @param unknownReason placeholder {signs}
 * @param answerReason placeholders {sign}, {question}, {answer}
 */
public record Scoring(int minAnswered, int mild, int serious, LocalText unknownReason, LocalText answerReason) {
    public Scoring {
        ModelException.check(minAnswered >= 1, "model.scoring.min-answered", minAnswered);
        ModelException.check(mild > 0 && mild < serious && serious <= 100, "model.scoring.levels", mild, serious);
        Objects.requireNonNull(unknownReason, "unknownReason");
        Objects.requireNonNull(answerReason, "answerReason");
    }

    public Level level(int score) {
        return score >= serious ? Level.SERIOUS : score >= mild ? Level.MILD : Level.NONE;
    }
}
