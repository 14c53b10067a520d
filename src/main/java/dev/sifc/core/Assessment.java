package dev.sifc.core;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one client: a view model that every renderer reads and none changes.
 *
 * @param ground what decided the verdict
 * @param score the overall score 0-100: how far the judged signs are, together, towards moving on
 * @param reasons why the verdict was reached, the deciding reason first
 * @param advice the signs that show and have advice for this verdict, the furthest along first, each
 *     with the part of its advice that fits: the first step while the relationship goes on; on a let
 *     go, the move-on advice for the signs that are reasons to part, and the ending advice for the rest
 *     (see {@link Scorer})
 * @param caveats context-dependent qualifications of the advice
 * @param whatIf the smallest changes of answers that would give a better verdict; empty when there is
 *     none to give (keep, not enough to judge, a dealbreaker)
 */
public record Assessment(
        Questionnaire questionnaire,
        Answers answers,
        Verdict verdict,
        Ground ground,
        int score,
        List<SignResult> signs,
        List<Reason> reasons,
        List<SignAdvice> advice,
        List<AppliedCaveat> caveats,
        List<WhatIf> whatIf) {

    public Assessment {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(ground, "ground");
        if (verdict.kind() != ground.verdict()) {
            throw new IllegalArgumentException("the verdict is not the ground's: " + verdict.id() + " on " + ground);
        }
        signs = List.copyOf(signs);
        reasons = List.copyOf(reasons);
        advice = List.copyOf(advice);
        caveats = List.copyOf(caveats);
        whatIf = List.copyOf(whatIf);
    }

    public Optional<String> client() {
        return Optional.ofNullable(answers.client());
    }

    /** Which verdict was reached: the ground's. */
    public Verdict.Kind kind() {
        return ground.verdict();
    }

    /** 0 keep, 1 recalibrate, 2 let go; -1 for "not enough to judge yet". */
    public int severity() {
        return kind().severity();
    }

    /** What decided a verdict, in the order the scorer tries them. */
    public enum Ground {
        /** A dealbreaker answer: let go. */
        DEALBREAKER(Verdict.Kind.FIRE),
        /** A sign at its move-on point: let go. */
        MOVE_ON(Verdict.Kind.FIRE),
        /** Several signs at once, with the strain: let go. */
        LOAD(Verdict.Kind.FIRE),
        /** Too few signs judged, and nothing known decides "let go". */
        INSUFFICIENT(Verdict.Kind.INSUFFICIENT),
        /** A sign shows: recalibrate, starting with its first step. */
        SHOWING(Verdict.Kind.RECALIBRATE),
        /** No sign shows: keep. */
        CALM(Verdict.Kind.KEEP);

        private final Verdict.Kind verdict;

        Ground(Verdict.Kind verdict) {
            this.verdict = verdict;
        }

        public Verdict.Kind verdict() {
            return verdict;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * How one sign came out.
     *
     * @param score 0-100, how far the sign is towards its move-on point (100 at it); null when unknown
     * @param points the sum of the points of its answers
     * @param answered how many of its symptom questions were answered
     * @param firstStepTaken whether the user said they already took the sign's first step
     */
    public record SignResult(Sign sign, Stage stage, Integer score, int points, int answered, boolean firstStepTaken) {
        public SignResult {
            Objects.requireNonNull(sign, "sign");
            Objects.requireNonNull(stage, "stage");
            if ((score == null) != (stage == Stage.UNKNOWN)) {
                throw new IllegalArgumentException("score is null exactly when the stage is unknown");
            }
        }

        /** At the move-on point because the first step was taken and did not help, not by the points alone. */
        public boolean afterFirstStep() {
            return stage == Stage.MOVE_ON && firstStepTaken && points < sign.moveOnAt();
        }
    }

    /**
     * Whether ending this client leaves the door open for later: the one rule that "How to end it"
     * and the suggested ending letter follow (no sign's advice speaks of the door).
     */
    public Door door() {
        return door(ground, signs);
    }

    /**
     * Whether a let go leaves the door open. The article's advice to invite a silent client back
     * holds only for a client who treated you with respect: after a dealbreaker, or while the sign of
     * lacking respect shows at all (the article: once you feel a client does not respect you, stop
     * investing in the relationship), the door closes. With that sign not judged, it is the user's to
     * say.
     */
    public enum Door {
        /** No dealbreaker, and the client's respect was judged and is not lacking: the door may stay open. */
        OPEN,
        /** No dealbreaker, but whether the client lacks respect was not judged: open only if they did not. */
        OPEN_IF_RESPECTED,
        /** A dealbreaker answer: no door open. */
        CLOSED_DEALBREAKER,
        /** A sign that closes the door (lack of respect) shows: no door open. */
        CLOSED_DISRESPECT;

        public boolean open() {
            return this == OPEN || this == OPEN_IF_RESPECTED;
        }

        /** "open", "open-if-respected", "closed-dealbreaker", "closed-disrespect". */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** {@link #door()} for the scorer, which decides the advice before the assessment exists. */
    static Door door(Ground ground, List<SignResult> signs) {
        if (ground == Ground.DEALBREAKER) {
            return Door.CLOSED_DEALBREAKER;
        }
        boolean unjudged = false;
        for (SignResult r : signs) {
            if (r.sign().closesDoor()) {
                if (r.stage().shows()) {
                    return Door.CLOSED_DISRESPECT;
                }
                unjudged |= r.stage() == Stage.UNKNOWN;
            }
        }
        return unjudged ? Door.OPEN_IF_RESPECTED : Door.OPEN;
    }

    /** The advice a report gives for one sign, if it has any for this verdict. */
    public Optional<SignAdvice> adviceFor(Sign sign) {
        // By id, not equals: a record's equals compares every field, all the sign's texts and
        // questions, and its first use spins method-handle classes at start-up (ObjectMethods).
        for (SignAdvice s : advice) {
            if (s.sign().id().equals(sign.id())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** One sign's advice in a report: the sign's result and the part of its advice that fits the verdict. */
    public record SignAdvice(SignResult result, Sign.Advice.Part part) {
        public SignAdvice {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(part, "part");
            if (result.sign().advice().text(part).isEmpty()) {
                throw new IllegalArgumentException("sign " + result.sign().id() + " has no " + part + " advice");
            }
        }

        /**
         * The report gives the sign's first step, which the user took already: the sign shows for
         * what that step does not address. The step is to be kept to, not taken again.
         */
        public boolean stepTakenAlready() {
            return part == Sign.Advice.Part.FIRST_STEP && result.firstStepTaken();
        }

        public Sign sign() {
            return result.sign();
        }

        public Stage stage() {
            return result.stage();
        }

        public LocalText text() {
            return result.sign().advice().text(part).orElseThrow();
        }
    }

    /**
     * A caveat that applies, with the answers its text names: the text is filled in the one language
     * a report prints ({@link #text(Lang)}), not in both for every client.
     *
     * @param values the context answers by their local id ("income-share"), for the placeholders
     */
    public record AppliedCaveat(Caveat caveat, Map<String, BigDecimal> values) {
        public AppliedCaveat {
            Objects.requireNonNull(caveat, "caveat");
            values = Collections.unmodifiableMap(values);
        }

        public String id() {
            return caveat.id();
        }

        /**
         * The caveat's text in {@code lang}, filled with the answers it names (numbers as the language
         * writes them, "35,5" in German; words in the number's singular or plural).
         */
        public String text(Lang lang) {
            return Placeholders.fill(caveat.text().get(lang), values, lang);
        }

        /** The text filled in both languages; a report needs only one: {@link #text(Lang)}. */
        public LocalText text() {
            return new LocalText(text(Lang.EN), text(Lang.DE));
        }
    }
}
