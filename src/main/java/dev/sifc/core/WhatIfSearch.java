package dev.sifc.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the smallest changes of answers that would move a verdict to a better one.
 *
 * <p>Only answers that were given are changed, and only towards a lower score: "if they paid after
 * one reminder", never "if you had answered a question you skipped". Single changes come first; when
 * no single answer is enough, the cheapest pair is searched. "Cheapest" is the total score given up;
 * ties go to the heavier question, then to questionnaire order.
 *
 * <p>Every candidate is tried with an incremental tally (one sign's sums move per change), so a
 * client costs a few microseconds even in a portfolio; the changes reported are then confirmed with
 * the scorer's own decision, so the list never promises what the scorer would not do.
 */
final class WhatIfSearch {
    /** At most this many single changes are reported. */
    static final int MAX_SINGLES = 2;

    private final Questionnaire questionnaire;
    private final Scorer scorer;

    WhatIfSearch(Questionnaire questionnaire, Scorer scorer) {
        this.questionnaire = questionnaire;
        this.scorer = scorer;
    }

    /** A candidate new answer for one question, and what it does to its sign's sums. */
    private record Candidate(int order, int sign, Question question, String from, String to, double weightedDelta,
            int scoreDrop, int dealbreakerDelta) {}

    List<WhatIf> find(Answers answers, Scorer.Decision now) {
        int current = severity(now.rule());
        if (current == 0) {
            return List.of();
        }
        Tally tally = new Tally(answers);
        List<Candidate> candidates = candidates(answers);

        List<Candidate> singles = new ArrayList<>();
        int lastQuestion = -1;
        for (Candidate c : candidates) { // closest first within a question: keep the first that works
            if (c.order() != lastQuestion && tally.severityWith(c, null) < current) {
                singles.add(c);
                lastQuestion = c.order();
            }
        }
        singles.sort(CHEAPEST);
        List<WhatIf> found = new ArrayList<>();
        for (Candidate c : singles) {
            confirm(answers, List.of(c), current).ifPresent(found::add);
            if (found.size() == MAX_SINGLES) {
                return found;
            }
        }
        if (!found.isEmpty()) {
            return found;
        }

        Candidate[] best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate b = candidates.get(j);
                int cost = a.scoreDrop() + b.scoreDrop();
                if (a.order() == b.order() || cost >= bestCost || tally.severityWith(a, b) >= current) {
                    continue;
                }
                if (confirm(answers, List.of(a, b), current).isPresent()) {
                    best = new Candidate[] {a, b};
                    bestCost = cost;
                }
            }
        }
        return best == null ? List.of() : List.of(confirm(answers, List.of(best), current).orElseThrow());
    }

    private static final Comparator<Candidate> CHEAPEST = Comparator.comparingInt(Candidate::scoreDrop)
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.question().weight()).reversed())
            .thenComparingInt(Candidate::order);

    /** Rescores with the changes applied, the scorer's full way; empty if the verdict does not improve. */
    private java.util.Optional<WhatIf> confirm(Answers answers, List<Candidate> changes, int current) {
        Answers changed = answers;
        for (Candidate c : changes) {
            changed = changed.with(c.question().id(), c.to());
        }
        Rule rule = scorer.decide(changed).rule();
        if (severity(rule) >= current) {
            return java.util.Optional.empty();
        }
        List<WhatIf.Change> list = changes.stream().sorted(Comparator.comparingInt(Candidate::order))
                .map(c -> new WhatIf.Change(c.question(), c.from(), c.to())).toList();
        return java.util.Optional.of(new WhatIf(list, questionnaire.verdict(rule.verdict())));
    }

    /** Every better answer of every answered, scored question; within a question, closest first. */
    private List<Candidate> candidates(Answers answers) {
        List<Candidate> out = new ArrayList<>();
        int order = 0;
        for (int s = 0; s < questionnaire.signs().size(); s++) {
            for (Question q : questionnaire.signs().get(s).questions()) {
                order++;
                String from = answers.values().get(q.id());
                if (from == null || Answers.SKIP.equals(from) || !q.scored()) {
                    continue;
                }
                int was = q.score(from).orElseThrow();
                int wasDealbreaker = q.option(from).map(Option::dealbreaker).orElse(false) ? 1 : 0;
                List<Candidate> mine = new ArrayList<>();
                for (String to : betterValues(q, from)) {
                    int score = q.score(to).orElseThrow();
                    if (score >= was) {
                        continue;
                    }
                    int db = q.option(to).map(Option::dealbreaker).orElse(false) ? 1 : 0;
                    mine.add(new Candidate(order, s, q, from, to, q.weight() * (score - was), was - score, db - wasDealbreaker));
                }
                mine.sort(Comparator.comparingInt(Candidate::scoreDrop));
                out.addAll(mine);
            }
        }
        return out;
    }

    /** The values worth trying: every option, or for numbers the highest value of each closed band in range. */
    private static List<String> betterValues(Question q, String from) {
        if (q.type() != QuestionType.NUMBER) {
            return q.options().stream().map(Option::value).filter(v -> !v.equals(from)).toList();
        }
        List<String> values = new ArrayList<>();
        BigDecimal given = new BigDecimal(from);
        for (Band b : q.bands()) {
            if (!b.isOpenEnded() && b.upTo().compareTo(q.min()) >= 0 && b.upTo().compareTo(q.max()) <= 0
                    && b.upTo().compareTo(given) != 0) {
                values.add(Answers.plain(b.upTo()));
            }
        }
        return values;
    }

    private int severity(Rule rule) {
        return Questionnaire.VERDICT_IDS.indexOf(rule.verdict());
    }

    /** The sums behind each sign's score, so that a changed answer costs one subtraction. */
    private final class Tally {
        private final double[] weighted;
        private final double[] weights;
        private final boolean[] known;
        private final int dealbreakers;

        Tally(Answers answers) {
            List<Sign> signs = questionnaire.signs();
            weighted = new double[signs.size()];
            weights = new double[signs.size()];
            known = new boolean[signs.size()];
            int db = 0;
            for (int s = 0; s < signs.size(); s++) {
                int answered = 0;
                for (Question q : signs.get(s).questions()) {
                    String v = answers.values().get(q.id());
                    java.util.Optional<Integer> score = v == null ? java.util.Optional.empty() : q.score(v);
                    if (score.isPresent()) {
                        weighted[s] += q.weight() * score.get();
                        weights[s] += q.weight();
                        answered++;
                        if (q.option(v).map(Option::dealbreaker).orElse(false)) {
                            db++;
                        }
                    }
                }
                int needed = Math.min(questionnaire.scoring().minAnswered(), signs.get(s).questions().size());
                known[s] = answered >= needed && weights[s] > 0;
            }
            dealbreakers = db;
        }

        int severityWith(Candidate a, Candidate b) {
            Scoring scoring = questionnaire.scoring();
            int serious = 0;
            int concerning = 0;
            int sum = 0;
            int counted = 0;
            for (int s = 0; s < weighted.length; s++) {
                if (!known[s]) {
                    continue;
                }
                double w = weighted[s];
                if (a != null && a.sign() == s) {
                    w += a.weightedDelta();
                }
                if (b != null && b.sign() == s) {
                    w += b.weightedDelta();
                }
                int score = (int) Math.round(w / weights[s]);
                Level level = scoring.level(score);
                serious += level == Level.SERIOUS ? 1 : 0;
                concerning += level.concerning() ? 1 : 0;
                sum += score;
                counted++;
            }
            int overall = counted == 0 ? 0 : (int) Math.round((double) sum / counted);
            int db = dealbreakers + (a == null ? 0 : a.dealbreakerDelta()) + (b == null ? 0 : b.dealbreakerDelta());
            return severity(scorer.firstRule(db > 0, serious, concerning, overall));
        }
    }
}
