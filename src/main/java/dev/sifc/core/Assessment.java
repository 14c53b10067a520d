package dev.sifc.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one client: a view model that every renderer reads and none changes.
 *
 * @param score the overall score 0-100, the mean of the known signs' scores
 * @param reasons why the verdict was reached: the rule that fired first, then the answers behind it
 * @param advice the signs at mild or worse, most severe first
 * @param caveats context-dependent qualifications of the advice
 * @param whatIf the smallest changes of answers that would give a better verdict; empty for the best
 */
public record Assessment(
        Questionnaire questionnaire,
        Answers answers,
        Verdict verdict,
        Rule rule,
        int score,
        List<SignResult> signs,
        List<LocalText> reasons,
        List<SignResult> advice,
        List<AppliedCaveat> caveats,
        List<WhatIf> whatIf) {

    public Assessment {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        signs = List.copyOf(signs);
        reasons = List.copyOf(reasons);
        advice = List.copyOf(advice);
        caveats = List.copyOf(caveats);
        whatIf = List.copyOf(whatIf);
    }

    public Optional<String> client() {
        return Optional.ofNullable(answers.client());
    }

    /** Position of the verdict from best (0, keep) to worst. */
    public int severity() {
        return Questionnaire.VERDICT_IDS.indexOf(verdict.id());
    }

    /** How one sign came out. {@code score} is null when the sign is {@link Level#UNKNOWN}. */
    public record SignResult(Sign sign, Integer score, Level level, int answered) {
        public SignResult {
            Objects.requireNonNull(sign, "sign");
            Objects.requireNonNull(level, "level");
            if ((score == null) != (level == Level.UNKNOWN)) {
                throw new IllegalArgumentException("score is null exactly when the level is unknown");
            }
        }
    }

    /** A caveat that applies, with its text filled in. */
    public record AppliedCaveat(String id, LocalText text) {}
}
