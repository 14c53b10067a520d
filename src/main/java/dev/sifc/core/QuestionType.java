package dev.sifc.core;

import java.util.Optional;

/** The kinds of question. */
public enum QuestionType {
    CHOICE("choice"),
    YES_NO("yes-no"),
    NUMBER("number");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<QuestionType> parse(String id) {
        for (QuestionType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
