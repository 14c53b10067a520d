package dev.sifc.core;

import java.util.Objects;

/**
 * A verdict rule. Rules are tried in order and the first whose conditions all hold decides. A null
 * condition is not checked; a rule without conditions always applies.
 *
 * @param dealbreaker when true, applies if any answer is a dealbreaker option
 * @param seriousSigns applies if at least this many signs are serious
 * @param concerningSigns applies if at least this many signs are mild or serious
 * @param score applies if the overall score is at least this
 * @param reason the explanation, with placeholders {count}, {signs}, {score}, {threshold}, {answers}
 */
public record Rule(String id, String verdict, Boolean dealbreaker, Integer seriousSigns, Integer concerningSigns,
        Integer score, LocalText reason) {
    public Rule {
        Ids.requireKebab(id);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        ModelException.check(dealbreaker == null || dealbreaker, "model.rule.dealbreaker", id);
        ModelException.check(seriousSigns == null || seriousSigns >= 1, "model.rule.count", id, "serious-signs");
        ModelException.check(concerningSigns == null || concerningSigns >= 1, "model.rule.count", id, "concerning-signs");
        ModelException.check(score == null || (score >= 0 && score <= 100), "model.score.range", score);
    }

    public boolean unconditional() {
        return dealbreaker == null && seriousSigns == null && concerningSigns == null && score == null;
    }
}
