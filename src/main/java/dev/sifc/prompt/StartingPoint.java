package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.Verdict;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Something a named client's interview can start from instead of empty answers: a draft of an
 * interview that was stopped, or the answers of the client's last recorded assessment.
 *
 * @param answers what it holds (for {@link Kind#LAST}, only values today's questionnaire still takes)
 * @param when when the draft was saved, or the assessment made, in the user's time zone
 * @param verdict the verdict the last answers reached; null for a draft
 * @param ref what the caller needs to know which one was picked (a draft's file); may be null
 */
public record StartingPoint(Kind kind, Answers answers, LocalDateTime when, Verdict.Kind verdict, String ref) {
    public StartingPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(when, "when");
        if ((kind == Kind.LAST) != (verdict != null)) {
            throw new IllegalArgumentException("the last answers, and only they, have a verdict");
        }
    }

    /** Which kind of starting point. */
    public enum Kind {
        /** An unfinished interview: the walk goes on at its first unanswered question. */
        DRAFT,
        /** The last assessment's answers: the walk goes through every question, each answer kept by Enter. */
        LAST
    }
}
