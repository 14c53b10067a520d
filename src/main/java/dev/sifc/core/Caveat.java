package dev.sifc.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A qualification of the advice that depends on the context answers, for example "plan the exit: this
 * client is 40% of your income". It applies when the verdict is one of {@code verdicts} and every
 * condition holds; a skipped context question never satisfies a condition.
 *
 * @param dealbreaker when not null, the caveat applies only if a dealbreaker decided the verdict
 *     (true) or only if none did (false): advice to keep working while you build reserves does not
 *     fit a client who insults you
 */
public record Caveat(String id, Set<String> verdicts, List<Condition> when, Boolean dealbreaker, LocalText text) {
    public Caveat {
        Ids.requireKebab(id);
        verdicts = Set.copyOf(verdicts);
        when = List.copyOf(when);
        Objects.requireNonNull(text, "text");
        ModelException.check(!verdicts.isEmpty(), "model.caveat.verdicts", id);
        ModelException.check(!when.isEmpty(), "model.caveat.when", id);
    }

    /** {@code questionId}'s answer is at least {@code atLeast} and below {@code below} (either may be null). */
    public record Condition(String questionId, BigDecimal atLeast, BigDecimal below) {
        public Condition {
            Objects.requireNonNull(questionId, "questionId");
            ModelException.check(atLeast != null || below != null, "model.condition.empty", questionId);
        }

        public boolean test(BigDecimal value) {
            return (atLeast == null || value.compareTo(atLeast) >= 0) && (below == null || value.compareTo(below) < 0);
        }
    }
}
