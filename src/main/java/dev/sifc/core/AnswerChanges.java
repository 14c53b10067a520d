package dev.sifc.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a client's answers differ from the answers of their last recorded assessment: a re-check's
 * report lists them, as the trend lists the scores.
 *
 * @param since the day of the last assessment, in the user's time zone
 * @param changes every question whose answer differs, in questionnaire order; empty when none does
 */
public record AnswerChanges(LocalDate since, List<Change> changes) {
    public AnswerChanges {
        Objects.requireNonNull(since, "since");
        changes = List.copyOf(changes);
    }

    /**
     * One changed answer.
     *
     * @param from the canonical value last time ({@link Answers#SKIP} for skipped), or null when unanswered then
     * @param to the canonical value now, or null when unanswered now
     */
    public record Change(Question question, String from, String to) {
        public Change {
            Objects.requireNonNull(question, "question");
            if (Objects.equals(from, to)) {
                throw new IllegalArgumentException("not a change: " + question.id() + " stays " + from);
            }
        }
    }

    /**
     * Compares {@code now} with {@code then} (values by question id) over the questions of {@code q};
     * ids that {@code q} no longer has are left out.
     */
    public static AnswerChanges between(Questionnaire q, Map<String, String> then, Map<String, String> now, LocalDate since) {
        List<Change> changes = new ArrayList<>();
        for (Question question : q.questions()) {
            String from = then.get(question.id());
            String to = now.get(question.id());
            if (!Objects.equals(from, to)) {
                changes.add(new Change(question, from, to));
            }
        }
        return new AnswerChanges(since, changes);
    }
}
