package dev.sifc.core;

import java.util.List;
import java.util.Objects;

/**
 * A change of one or two answers that would give a better verdict, found by the scorer.
 *
 * @param changes the answers to change, in questionnaire order
 * @param verdict the verdict the changed answers would reach
 */
public record WhatIf(List<Change> changes, Verdict verdict) {
    public WhatIf {
        changes = List.copyOf(changes);
        Objects.requireNonNull(verdict, "verdict");
        if (changes.isEmpty() || changes.size() > 2) {
            throw new IllegalArgumentException("a what-if changes one or two answers");
        }
    }

    /** One answer, from what was given to what would help; both are canonical values. */
    public record Change(Question question, String from, String to) {
        public Change {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
