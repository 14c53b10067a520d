package dev.sifc.core;

import java.util.Objects;

/** The article a questionnaire is based on, credited in every report. */
public record Source(String title, String publisher, LocalText note) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(note, "note");
    }
}
