package dev.sifc.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns answers into an assessment. Pure and deterministic: the same questionnaire and answers give
 * the same assessment whatever the locale.
 *
 * <p>The model follows the article: each sign is at a stage (not showing; showing, so its first
 * step applies; or at the point where the article says to move on), decided by the points of its
 * answers, with a sign that still shows after its first step was taken moving on. The verdict follows
 * the worst stage; several signs showing at once, with how much the client weighs on the user, can
 * make it worse, never milder. With too few signs judged and nothing known that decides "let go", the
 * verdict is "not enough to judge yet".
 */
public final class Scorer {
    /** At most this many answers are named as evidence behind a verdict. */
    static final int MAX_EVIDENCE = 3;

    private final Questionnaire questionnaire;
    private final WhatIfSearch whatIfs;
    /** Per sign, the answers it needs to be judged: worked out once, as stage() runs per what-if candidate. */
    private final int[] needed;

    public Scorer(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.whatIfs = new WhatIfSearch(questionnaire, this);
        List<Sign> signs = questionnaire.signs();
        this.needed = new int[signs.size()];
        for (int s = 0; s < signs.size(); s++) {
            long symptoms = signs.get(s).questions().stream().filter(q -> q.role() == Question.Role.SYMPTOM).count();
            needed[s] = (int) Math.min(questionnaire.judging().minAnswered(), symptoms);
        }
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * The answers reduced to what decides the verdict: per sign the sum of its points, how many of its
     * symptom questions were answered, whether its first step was taken and whether an answer is a
     * dealbreaker; and the strain answer's points. The what-if search changes these in place of the
     * answers, so that the verdict is worked out by exactly the same rules.
     */
    static final class Facts {
        final int[] points;
        /** The points of the symptoms the sign's first step addresses. */
        final int[] checked;
        final int[] answered;
        final boolean[] firstStep;
        final boolean[] dealbreaker;
        int strain;

        Facts(int signs) {
            points = new int[signs];
            checked = new int[signs];
            answered = new int[signs];
            firstStep = new boolean[signs];
            dealbreaker = new boolean[signs];
        }

        /**
         * Counts the points of an answer to {@code q} (negative points take them off): towards sign
         * number {@code sign} (0-based), and towards the points its first step addresses when {@code q}
         * checks that step; or, for {@code sign} -1, towards the strain. The scorer and the what-if
         * search both count through here, so that a what-if is worked out exactly as a verdict.
         */
        void count(int sign, Question q, int points) {
            if (sign < 0) {
                strain += points;
                return;
            }
            this.points[sign] += points;
            if (q.checksFirstStep()) {
                checked[sign] += points;
            }
        }

        boolean anyDealbreaker() {
            for (boolean d : dealbreaker) {
                if (d) {
                    return true;
                }
            }
            return false;
        }
    }

    Facts facts(Answers answers) {
        List<Sign> signs = questionnaire.signs();
        Facts f = new Facts(signs.size());
        for (int s = 0; s < signs.size(); s++) {
            for (Question q : signs.get(s).questions()) {
                String v = answers.values().get(q.id());
                if (v == null || Answers.SKIP.equals(v)) {
                    continue;
                }
                if (q.role() == Question.Role.FIRST_STEP) {
                    f.firstStep[s] = "yes".equals(v);
                } else {
                    f.count(s, q, q.points(v));
                    f.answered[s]++;
                    f.dealbreaker[s] |= q.dealbreaker(v);
                }
            }
        }
        questionnaire.strain().ifPresent(q -> {
            String v = answers.values().get(q.id());
            if (v != null && !Answers.SKIP.equals(v)) {
                f.count(-1, q, q.points(v));
            }
        });
        return f;
    }

    /**
     * A sign's stage from its points, the points of the symptoms its first step addresses, the
     * answers it has and whether its first step was taken.
     */
    Stage stage(int sign, int points, int checked, int answered, boolean firstStep, boolean dealbreaker) {
        Sign s = questionnaire.signs().get(sign);
        if (dealbreaker || points >= s.moveOnAt() || (firstStep && checked >= s.showingAt())) {
            return Stage.MOVE_ON;
        }
        if (points >= s.showingAt()) {
            return Stage.SHOWING;
        }
        return answered >= needed[sign] ? Stage.NONE : Stage.UNKNOWN;
    }

    /** What decides the verdict, given every sign's stage. */
    Assessment.Ground ground(Stage[] stages, boolean dealbreaker, int strain) {
        if (dealbreaker) {
            return Assessment.Ground.DEALBREAKER;
        }
        int showing = 0;
        int judged = 0;
        for (Stage st : stages) {
            if (st == Stage.MOVE_ON) {
                return Assessment.Ground.MOVE_ON;
            }
            showing += st == Stage.SHOWING ? 1 : 0;
            judged += st == Stage.UNKNOWN ? 0 : 1;
        }
        Judging j = questionnaire.judging();
        if (showing > 0 && showing + strain >= j.letGoLoad()) {
            return Assessment.Ground.LOAD;
        }
        if (judged < j.minJudgedSigns()) {
            return Assessment.Ground.INSUFFICIENT;
        }
        return showing > 0 ? Assessment.Ground.SHOWING : Assessment.Ground.CALM;
    }

    /** The ground of the verdict for these facts, the way {@link #assess} decides it. */
    Assessment.Ground ground(Facts f) {
        Stage[] stages = new Stage[f.points.length];
        for (int s = 0; s < stages.length; s++) {
            stages[s] = stage(s, f.points[s], f.checked[s], f.answered[s], f.firstStep[s], f.dealbreaker[s]);
        }
        return ground(stages, f.anyDealbreaker(), f.strain);
    }

    public Assessment assess(Answers answers) {
        Facts f = facts(answers);
        List<Sign> signs = questionnaire.signs();
        List<Assessment.SignResult> results = new ArrayList<>();
        Stage[] stages = new Stage[signs.size()];
        for (int s = 0; s < signs.size(); s++) {
            stages[s] = stage(s, f.points[s], f.checked[s], f.answered[s], f.firstStep[s], f.dealbreaker[s]);
            results.add(new Assessment.SignResult(signs.get(s), stages[s], score(signs.get(s), stages[s], f.points[s]),
                    f.points[s], f.answered[s], f.firstStep[s]));
        }
        Assessment.Ground ground = ground(stages, f.anyDealbreaker(), f.strain);
        Verdict verdict = questionnaire.verdict(ground.verdict());

        List<Assessment.SignResult> showing = results.stream()
                .filter(r -> r.stage().shows())
                .sorted(Comparator.comparing((Assessment.SignResult r) -> r.stage() == Stage.MOVE_ON ? 0 : 1)
                        .thenComparing(Assessment.SignResult::points, Comparator.reverseOrder())
                        .thenComparing(r -> r.sign().number()))
                .toList();
        return new Assessment(questionnaire, answers, verdict, ground, overall(results), results,
                reasons(ground, results, showing, answers, f), advice(ground, showing, f),
                caveats(verdict, ground == Assessment.Ground.DEALBREAKER, answers),
                whatIfs.find(answers, f, verdict));
    }

    /**
     * The part of each showing sign's advice that fits the verdict. While the relationship goes on,
     * the first step. On a let go, the signs that are reasons to part give the article's advice on
     * moving on, and every other sign only what still helps while ending (its {@code ending}), or
     * nothing: the first step would mean working on a relationship that is ending. A dealbreaker, or
     * a sign that closes the door at move on (lack of respect), is then the only reason to part: the
     * other signs give their ending. No sign's advice speaks of the door: "How to end it" says whether
     * it stays open ({@link Assessment#door}), as the ending letter does.
     */
    private static List<Assessment.SignAdvice> advice(Assessment.Ground ground, List<Assessment.SignResult> showing,
            Facts f) {
        boolean fire = ground.verdict() == Verdict.Kind.FIRE;
        boolean closed = ground == Assessment.Ground.DEALBREAKER
                || showing.stream().anyMatch(r -> r.stage() == Stage.MOVE_ON && r.sign().closesDoor());
        List<Assessment.SignAdvice> advice = new ArrayList<>();
        for (Assessment.SignResult r : showing) {
            Sign.Advice.Part part;
            if (!fire) {
                part = Sign.Advice.Part.FIRST_STEP;
            } else if (r.stage() != Stage.MOVE_ON) {
                part = Sign.Advice.Part.ENDING;
            } else if (closed) {
                boolean parts = f.dealbreaker[r.sign().number() - 1] || r.sign().closesDoor();
                part = parts ? Sign.Advice.Part.MOVE_ON : Sign.Advice.Part.ENDING;
            } else {
                part = Sign.Advice.Part.MOVE_ON;
            }
            if (r.sign().advice().text(part).isPresent()) {
                advice.add(new Assessment.SignAdvice(r, part));
            }
        }
        return advice;
    }

    /** How far a sign is towards its move-on point: 100 at it, 99 at most before it. */
    private static Integer score(Sign sign, Stage stage, int points) {
        return switch (stage) {
            case UNKNOWN -> null;
            case MOVE_ON -> 100;
            default -> Math.min(99, (int) Math.round(100.0 * points / sign.moveOnAt()));
        };
    }

    /**
     * The judged signs together: the signs that show add up (reading each score as the chance that
     * it is "the" problem, the chance that at least one is), and a calm sign counts only as itself.
     * So a worse sign never lowers it, and calm signs neither dilute nor inflate it.
     */
    private static int overall(List<Assessment.SignResult> results) {
        double calm = 1;
        int highest = 0;
        for (Assessment.SignResult r : results) {
            if (r.score() != null) {
                highest = Math.max(highest, r.score());
                if (r.stage().shows()) {
                    calm *= 1 - r.score() / 100.0;
                }
            }
        }
        return Math.max(highest, (int) Math.round(100 * (1 - calm)));
    }

    private List<Reason> reasons(Assessment.Ground ground, List<Assessment.SignResult> results,
            List<Assessment.SignResult> showing, Answers answers, Facts f) {
        List<Reason> reasons = new ArrayList<>();
        List<Sign> unknown = results.stream().filter(r -> r.stage() == Stage.UNKNOWN).map(Assessment.SignResult::sign).toList();
        int judged = results.size() - unknown.size();
        Reason unjudged = new Reason.Unjudged(unknown, judged, questionnaire.judging().minJudgedSigns(),
                questionnaire.judging().minAnswered());
        switch (ground) {
            case DEALBREAKER -> {
                for (Assessment.SignResult r : results) {
                    for (Question q : r.sign().questions()) {
                        String v = answers.values().get(q.id());
                        if (v != null && q.dealbreaker(v)) {
                            reasons.add(new Reason.Dealbreaker(r.sign(), q, v));
                        }
                    }
                }
                showing.stream().filter(r -> !f.dealbreaker[r.sign().number() - 1])
                        .forEach(r -> reasons.add(new Reason.SignStage(r)));
            }
            case LOAD -> {
                Question strain = questionnaire.strain().filter(q -> f.strain > 0).orElse(null);
                reasons.add(new Reason.Load(showing.stream().map(Assessment.SignResult::sign).toList(), strain,
                        strain == null ? null : answers.values().get(strain.id())));
                showing.forEach(r -> reasons.add(new Reason.SignStage(r)));
            }
            case INSUFFICIENT -> {
                reasons.add(unjudged);
                showing.forEach(r -> reasons.add(new Reason.SignStage(r)));
            }
            case CALM -> reasons.add(new Reason.Calm(judged));
            default -> showing.forEach(r -> reasons.add(new Reason.SignStage(r)));
        }
        if (ground != Assessment.Ground.DEALBREAKER) {
            reasons.addAll(evidence(showing, answers));
        }
        if (!unknown.isEmpty() && ground != Assessment.Ground.INSUFFICIENT) {
            reasons.add(unjudged);
        }
        return reasons;
    }

    /** The answers that count most towards the signs that show: most points first, then in order. */
    private List<Reason> evidence(List<Assessment.SignResult> showing, Answers answers) {
        record Counted(Reason.Evidence evidence, int points, int order) {}
        List<Counted> counted = new ArrayList<>();
        for (Assessment.SignResult r : showing) {
            for (Question q : r.sign().questions()) {
                String v = answers.values().get(q.id());
                if (v == null || Answers.SKIP.equals(v) || q.role() != Question.Role.SYMPTOM || q.points(v) == 0) {
                    continue;
                }
                counted.add(new Counted(new Reason.Evidence(r.sign(), q, v), q.points(v), counted.size()));
            }
        }
        counted.sort(Comparator.comparingInt((Counted c) -> -c.points()).thenComparingInt(Counted::order));
        return counted.stream().limit(MAX_EVIDENCE).map(c -> (Reason) c.evidence()).toList();
    }

    /**
     * The caveats that hold, each with the answers its text names; the report fills the text in its
     * own language ({@link Assessment.AppliedCaveat#text(Lang)}).
     */
    private List<Assessment.AppliedCaveat> caveats(Verdict verdict, boolean dealbreaker, Answers answers) {
        List<Assessment.AppliedCaveat> applied = new ArrayList<>();
        Map<String, BigDecimal> context = null; // read only when a caveat may hold for this verdict
        for (Caveat c : questionnaire.caveats()) {
            if (!c.verdicts().contains(verdict.id()) || (c.dealbreaker() != null && c.dealbreaker() != dealbreaker)) {
                continue;
            }
            if (context == null) {
                context = context(answers);
            }
            boolean holds = true;
            for (Caveat.Condition cond : c.when()) {
                BigDecimal v = context.get(cond.questionId());
                if (v == null || !cond.test(v)) {
                    holds = false;
                    break;
                }
            }
            if (holds) {
                applied.add(new Assessment.AppliedCaveat(c, context));
            }
        }
        return applied;
    }

    /** The answered number questions of the context, by local id ("income-share"). */
    private Map<String, BigDecimal> context(Answers answers) {
        Map<String, BigDecimal> context = new HashMap<>();
        for (Question q : questionnaire.context()) {
            String v = q.type() == QuestionType.NUMBER ? answers.values().get(q.id()) : null;
            if (v != null && !Answers.SKIP.equals(v)) {
                context.put(q.localId(), new BigDecimal(v));
            }
        }
        return context;
    }
}
