package dev.sifc.core;

import java.util.Objects;

/** One of the verdicts a questionnaire can reach, in order from best to worst. */
public record Verdict(String id, LocalText title) {
    public Verdict {
        Ids.requireKebab(id);
        Objects.requireNonNull(title, "title");
    }
}
