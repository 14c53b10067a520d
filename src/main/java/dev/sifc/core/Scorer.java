package dev.sifc.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns answers into an assessment. Pure and deterministic: the same questionnaire and answers give
 * the same assessment, byte for byte, whatever the locale.
 */
public final class Scorer {
    /** Answers scoring at least this are named as reasons behind a verdict. */
    static final int NOTABLE_ANSWER = 50;
    /** At most this many answers are named as reasons. */
    static final int MAX_ANSWER_REASONS = 3;

    private final Questionnaire questionnaire;
    private final WhatIfSearch whatIfs;

    public Scorer(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.whatIfs = new WhatIfSearch(questionnaire, this);
    }

    /** How the answers decide the verdict, before anything is explained. */
    record Decision(List<Assessment.SignResult> results, int overall, List<Question> dealbreakers, Rule rule) {}

    public Assessment assess(Answers answers) {
        Scoring scoring = questionnaire.scoring();
        Decision decision = decide(answers);
        List<Assessment.SignResult> results = decision.results();
        int overall = decision.overall();
        List<Question> dealbreakers = decision.dealbreakers();
        Rule rule = decision.rule();

        List<LocalText> reasons = new ArrayList<>();
        reasons.add(ruleReason(rule, results, overall, dealbreakers, answers));
        answerReasons(results, answers, dealbreakers).forEach(reasons::add);
        List<Assessment.SignResult> unknown = results.stream().filter(r -> r.level() == Level.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
            reasons.add(Template.fill(scoring.unknownReason(), perLang(lang -> Map.of("signs",
                    String.join(", ", unknown.stream().map(r -> r.sign().title().get(lang)).toList())))));
        }

        List<Assessment.SignResult> advice = results.stream()
                .filter(r -> r.level().concerning())
                .sorted(Comparator.comparing((Assessment.SignResult r) -> r.level() == Level.SERIOUS ? 0 : 1)
                        .thenComparing(Assessment.SignResult::score, Comparator.reverseOrder())
                        .thenComparing(r -> r.sign().number()))
                .toList();

        Verdict verdict = questionnaire.verdict(rule.verdict());
        return new Assessment(questionnaire, answers, verdict, rule, overall, results, reasons, advice,
                caveats(verdict, answers), whatIfs.find(answers, decision));
    }

    /** Scores the signs and picks the first rule that applies. */
    Decision decide(Answers answers) {
        Scoring scoring = questionnaire.scoring();
        List<Assessment.SignResult> results = new ArrayList<>();
        for (Sign sign : questionnaire.signs()) {
            results.add(scoreSign(sign, answers, scoring));
        }
        int overall = (int) Math.round(results.stream().filter(r -> r.score() != null)
                .mapToInt(Assessment.SignResult::score).average().orElse(0));
        List<Question> dealbreakers = questionnaire.questions().stream()
                .filter(q -> answers.get(q.id()).flatMap(q::option).map(Option::dealbreaker).orElse(false))
                .toList();
        Rule rule = firstRule(!dealbreakers.isEmpty(), count(results, lv -> lv == Level.SERIOUS),
                count(results, Level::concerning), overall);
        return new Decision(results, overall, dealbreakers, rule);
    }

    /** The first rule whose conditions hold; the last rule has none, so there always is one. */
    Rule firstRule(boolean dealbreaker, long serious, long concerning, int overall) {
        for (Rule r : questionnaire.rules()) {
            if ((r.dealbreaker() == null || dealbreaker)
                    && (r.seriousSigns() == null || serious >= r.seriousSigns())
                    && (r.concerningSigns() == null || concerning >= r.concerningSigns())
                    && (r.score() == null || overall >= r.score())) {
                return r;
            }
        }
        throw new IllegalStateException("the last rule is unconditional");
    }

    private Assessment.SignResult scoreSign(Sign sign, Answers answers, Scoring scoring) {
        double weighted = 0;
        double weights = 0;
        int answered = 0;
        for (Question q : sign.questions()) {
            Optional<Integer> score = answers.get(q.id()).flatMap(q::score);
            if (score.isPresent()) {
                weighted += q.weight() * score.get();
                weights += q.weight();
                answered++;
            }
        }
        int needed = Math.min(scoring.minAnswered(), sign.questions().size());
        if (answered < needed || weights == 0) {
            return new Assessment.SignResult(sign, null, Level.UNKNOWN, answered);
        }
        int score = (int) Math.round(weighted / weights);
        return new Assessment.SignResult(sign, score, scoring.level(score), answered);
    }

    private static long count(List<Assessment.SignResult> results, Predicate<Level> p) {
        return results.stream().filter(r -> p.test(r.level())).count();
    }

    private LocalText ruleReason(Rule rule, List<Assessment.SignResult> results, int overall,
            List<Question> dealbreakers, Answers answers) {
        Predicate<Level> relevant = rule.seriousSigns() != null ? lv -> lv == Level.SERIOUS : Level::concerning;
        List<Assessment.SignResult> named = results.stream().filter(r -> relevant.test(r.level())).toList();
        return Template.fill(rule.reason(), perLang(lang -> {
            Map<String, String> v = new HashMap<>();
            v.put("count", Integer.toString(named.size()));
            v.put("signs", String.join(", ", named.stream()
                    .map(r -> r.sign().title().get(lang) + " (" + r.score() + ")").toList()));
            v.put("score", Integer.toString(overall));
            v.put("threshold", rule.score() == null ? "" : rule.score().toString());
            v.put("answers", String.join("; ", dealbreakers.stream()
                    .map(q -> lang.quote(q.text().get(lang)) + " → " + q.display(answers.values().get(q.id()), lang))
                    .toList()));
            return v;
        }));
    }

    /** The most telling answers behind the verdict: notable scores in judged signs, heaviest first. */
    private List<LocalText> answerReasons(List<Assessment.SignResult> results, Answers answers, List<Question> shown) {
        record Scored(Sign sign, Question q, int score) {}
        List<Scored> notable = new ArrayList<>();
        for (Assessment.SignResult r : results) {
            if (r.level() == Level.UNKNOWN) {
                continue;
            }
            for (Question q : r.sign().questions()) {
                answers.get(q.id()).flatMap(q::score)
                        .filter(s -> s >= NOTABLE_ANSWER && !shown.contains(q))
                        .ifPresent(s -> notable.add(new Scored(r.sign(), q, s)));
            }
        }
        notable.sort(Comparator.comparingDouble((Scored s) -> -s.q().weight() * s.score()));
        return notable.stream().limit(MAX_ANSWER_REASONS)
                .map(s -> Template.fill(questionnaire.scoring().answerReason(), perLang(lang -> Map.of(
                        "sign", s.sign().title().get(lang),
                        "question", s.q().text().get(lang),
                        "answer", s.q().display(answers.values().get(s.q().id()), lang)))))
                .toList();
    }

    private List<Assessment.AppliedCaveat> caveats(Verdict verdict, Answers answers) {
        Map<String, BigDecimal> context = new HashMap<>();
        for (Question q : questionnaire.context()) {
            answers.get(q.id()).filter(v -> !Answers.SKIP.equals(v)).ifPresent(v -> context.put(q.localId(), new BigDecimal(v)));
        }
        List<Assessment.AppliedCaveat> applied = new ArrayList<>();
        for (Caveat c : questionnaire.caveats()) {
            boolean holds = c.verdicts().contains(verdict.id()) && c.when().stream()
                    .allMatch(cond -> context.containsKey(cond.questionId()) && cond.test(context.get(cond.questionId())));
            if (holds) {
                Map<String, String> values = new HashMap<>();
                context.forEach((k, v) -> values.put(k, Answers.plain(v)));
                applied.add(new Assessment.AppliedCaveat(c.id(), Template.fill(c.text(), perLang(lang -> values))));
            }
        }
        return applied;
    }


    private static Map<Lang, Map<String, String>> perLang(Function<Lang, Map<String, String>> f) {
        Map<Lang, Map<String, String>> m = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            m.put(lang, f.apply(lang));
        }
        return m;
    }
}
