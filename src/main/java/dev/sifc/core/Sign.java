package dev.sifc.core;

import java.util.List;
import java.util.Objects;

/** One of the warning signs: what it is, the questions that detect it, and what to do about it. */
public record Sign(String id, int number, LocalText title, LocalText explanation, LocalText advice,
        List<Question> questions) {
    public Sign {
        Ids.requireKebab(id);
        ModelException.check(!id.equals("context"), "model.sign.reserved", id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(advice, "advice");
        questions = List.copyOf(questions);
        ModelException.check(questions.size() >= 1 && questions.size() <= 10, "model.sign.questions", id);
        ModelException.check(questions.stream().allMatch(Question::scored), "model.sign.unscored", id);
    }
}
