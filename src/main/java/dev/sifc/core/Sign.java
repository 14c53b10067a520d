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
 * @param advice the first step, and what the article says once it is time to move on
 * @param reasons the sentences that name the sign's stage in a report
 */
public record Sign(String id, int number, LocalText title, LocalText explanation, Advice advice, StageTexts reasons,
        int showingAt, int moveOnAt, List<Question> questions) {
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

    /** The sign's advice in two parts: the first step, and moving on. */
    public record Advice(LocalText firstStep, LocalText moveOn) {
        public Advice {
            Objects.requireNonNull(firstStep, "firstStep");
            Objects.requireNonNull(moveOn, "moveOn");
        }

        /** The part that fits a stage: the first step while the sign shows, moving on after. */
        public LocalText forStage(Stage stage) {
            return stage == Stage.MOVE_ON ? moveOn : firstStep;
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
