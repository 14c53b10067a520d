package dev.sifc.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the warning signs: what it is, the questions that detect it, its two thresholds and what to
 * do at each stage.
 *
 * <p>A sign's answers add up to points. At {@code showingAt} the sign shows and its first step
 * applies; at {@code moveOnAt}, or when the symptoms the first step addresses still add up to
 * {@code showingAt} after it was taken, the article says to move on. Calm answers add nothing, so
 * they never dilute a clear symptom.
 *
 * @param advice the first step, what the article says once it is time to move on, and what still
 *     applies while the client is let go on other grounds
 * @param reasons the sentences that name the sign's stage in a report
 * @param closesDoor while this sign shows, a let go leaves no door open, as after a dealbreaker
 *     ({@link Assessment#door}); at move on it is the only reason to part, and the other signs give
 *     only their advice for ending (lack of respect, where the article says to stop investing in the
 *     relationship)
 */
public record Sign(String id, int number, LocalText title, LocalText explanation, Advice advice, StageTexts reasons,
        int showingAt, int moveOnAt, List<Question> questions, boolean closesDoor) {
    public Sign {
        Ids.requireKebab(id);
        ModelException.check(!id.equals("context"), "model.sign.reserved", id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(reasons, "reasons");
        questions = List.copyOf(questions);
        ModelException.check(questions.size() >= 1 && questions.size() <= 10, "model.sign.questions", id);
        ModelException.check(showingAt >= 1 && showingAt < moveOnAt, "model.sign.thresholds", id, showingAt, moveOnAt);
        long firstSteps = questions.stream().filter(q -> q.role() == Question.Role.FIRST_STEP).count();
        ModelException.check(firstSteps <= 1, "model.sign.first-steps", id);
        ModelException.check(questions.stream().allMatch(q -> q.role() == Question.Role.SYMPTOM
                || q.role() == Question.Role.FIRST_STEP), "model.sign.role", id);
        ModelException.check(firstSteps == 0 || reasons.afterFirstStep() != null, "model.sign.after-first-step", id);
        ModelException.check((firstSteps == 0) == questions.stream().noneMatch(Question::checksFirstStep),
                "model.sign.checks-first-step", id);
    }

    /** The question whether the sign's first step was taken, if the sign has one. */
    public Optional<Question> firstStep() {
        for (Question q : questions) {
            if (q.role() == Question.Role.FIRST_STEP) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * The sign's advice in three parts: the first step, moving on, and ending.
     *
     * @param ending what of the sign's advice still holds while the client is let go on other grounds
     *     (another sign at move on, the load, a dealbreaker), such as keeping it in writing; never an
     *     invitation back or work on the relationship. Null: nothing of it applies then
     */
    public record Advice(LocalText firstStep, LocalText moveOn, LocalText ending) {
        public Advice {
            Objects.requireNonNull(firstStep, "firstStep");
            Objects.requireNonNull(moveOn, "moveOn");
        }

        /** The text of one part; empty for an ending the sign does not have. */
        public Optional<LocalText> text(Part part) {
            return switch (part) {
                case FIRST_STEP -> Optional.of(firstStep);
                case MOVE_ON -> Optional.of(moveOn);
                case ENDING -> Optional.ofNullable(ending);
            };
        }

        /** Which part of a sign's advice a report gives. */
        public enum Part {
            /** The sign shows and the relationship goes on: try its first step. */
            FIRST_STEP,
            /** The sign is at move on and is a reason to part: the article's advice on moving on. */
            MOVE_ON,
            /** The client is let go on other grounds: what of the sign's advice helps while ending. */
            ENDING
        }
    }

    /**
     * How a report names the sign's stage.
     *
     * @param afterFirstStep the sign still shows although its first step was taken; null for a sign
     *     without a first-step question
     */
    public record StageTexts(LocalText showing, LocalText moveOn, LocalText afterFirstStep) {
        public StageTexts {
            Objects.requireNonNull(showing, "showing");
            Objects.requireNonNull(moveOn, "moveOn");
        }
    }
}
