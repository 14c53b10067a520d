package dev.sifc.core;

import java.util.Objects;

/**
 * Which questionnaire an assessment was made with, as the history keeps it.
 *
 * @param version the questionnaire's version as the record says it (a hand-edited history may say
 *     anything), or 0 when it does not say
 */
public record QuestionnaireRef(String id, int version) {
    public QuestionnaireRef {
        Objects.requireNonNull(id, "id");
    }

    public static QuestionnaireRef of(Questionnaire q) {
        return new QuestionnaireRef(q.id(), q.version());
    }
}
