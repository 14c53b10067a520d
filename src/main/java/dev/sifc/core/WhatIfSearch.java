package dev.sifc.core;

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
 * <p>Every candidate is tried with an incremental tally (one sign's sums move per change) and a table
 * of the rules' verdicts, so a client costs about 20 microseconds at worst in a portfolio; the
 * changes reported are then confirmed with the scorer's own decision, so the list never promises
 * what the scorer would not do.
 */
final class WhatIfSearch {
    /** At most this many single changes are reported. */
    static final int MAX_SINGLES = 2;

    private final Questionnaire questionnaire;
    private final Scorer scorer;
    /**
     * The verdict's severity for every (dealbreaker, serious signs, concerning signs, overall score),
     * so that trying a change costs a table lookup instead of walking the rules; and whether lower
     * answers can never give a worse verdict under these rules. Both worked out on first need.
     */
    private byte[] severities;
    private boolean monotone;

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

        // Pairs, cheapest first: with the candidates sorted by cost, the first pair that works for a
        // given first change is its cheapest, and once two changes cost more than the best pair
        // found, no later pair can be cheaper.
        boolean[][] possible = possiblePairs(candidates, tally, current);
        if (possible == null) {
            return List.of();
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(CHEAPEST);
        WhatIf best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Candidate a = sorted.get(i);
            if (a.scoreDrop() + sorted.get(i + 1).scoreDrop() >= bestCost) {
                break;
            }
            for (int j = i + 1; j < sorted.size(); j++) {
                Candidate b = sorted.get(j);
                int cost = a.scoreDrop() + b.scoreDrop();
                if (cost >= bestCost) {
                    break;
                }
                if (a.order() == b.order() || !possible[a.order()][b.order()] || tally.severityWith(a, b) >= current) {
                    continue;
                }
                java.util.Optional<WhatIf> confirmed = confirm(answers, List.of(a, b), current);
                if (confirmed.isPresent()) {
                    best = confirmed.get();
                    bestCost = cost;
                    break;
                }
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * Which pairs of questions could give a better verdict at all, or null if none can. When the
     * rules are monotone (see {@link #monotone()}), one test per pair of questions with each
     * question's strongest change decides for all its changes; otherwise every pair stays possible.
     */
    private boolean[][] possiblePairs(List<Candidate> candidates, Tally tally, int current) {
        int questions = candidates.isEmpty() ? 0 : candidates.get(candidates.size() - 1).order() + 1;
        boolean[][] possible = new boolean[questions][questions];
        if (!monotone()) {
            for (boolean[] row : possible) {
                java.util.Arrays.fill(row, true);
            }
            return possible;
        }
        // Per question: the largest drop and the smallest dealbreaker change any of its candidates has.
        List<Candidate> strongest = new ArrayList<>();
        for (Candidate c : candidates) {
            Candidate last = strongest.isEmpty() ? null : strongest.get(strongest.size() - 1);
            if (last == null || last.order() != c.order()) {
                strongest.add(c);
            } else {
                strongest.set(strongest.size() - 1, new Candidate(c.order(), c.sign(), c.question(), c.from(), c.to(),
                        Math.min(last.weightedDelta(), c.weightedDelta()), Math.max(last.scoreDrop(), c.scoreDrop()),
                        Math.min(last.dealbreakerDelta(), c.dealbreakerDelta())));
            }
        }
        boolean any = false;
        for (int i = 0; i < strongest.size(); i++) {
            for (int j = i + 1; j < strongest.size(); j++) {
                Candidate a = strongest.get(i);
                Candidate b = strongest.get(j);
                if (tally.severityWith(a, b) < current) {
                    possible[a.order()][b.order()] = true;
                    possible[b.order()][a.order()] = true;
                    any = true;
                }
            }
        }
        return any ? possible : null;
    }

    /**
     * Whether the verdict never gets worse when a count or the overall score goes down, or a
     * dealbreaker goes away. True for the bundled rules; a custom questionnaire may order its
     * rules so that it is not, and then the search simply tries every pair.
     */
    private boolean monotone() {
        table();
        return monotone;
    }

    private byte[] table() {
        if (severities == null) {
            int n = questionnaire.signs().size();
            byte[] t = new byte[2 * (n + 1) * (n + 1) * 101];
            for (int db = 0; db <= 1; db++) {
                for (int serious = 0; serious <= n; serious++) {
                    for (int concerning = 0; concerning <= n; concerning++) {
                        for (int overall = 0; overall <= 100; overall++) {
                            t[index(n, db, serious, concerning, overall)] =
                                    (byte) severity(scorer.firstRule(db == 1, serious, concerning, overall));
                        }
                    }
                }
            }
            boolean ok = true;
            for (int db = 0; db <= 1; db++) {
                for (int serious = 0; serious <= n; serious++) {
                    for (int concerning = serious; concerning <= n; concerning++) {
                        for (int overall = 0; overall <= 100; overall++) {
                            int here = t[index(n, db, serious, concerning, overall)];
                            ok &= (db == 0 || t[index(n, 0, serious, concerning, overall)] <= here)
                                    && (serious == 0 || t[index(n, db, serious - 1, concerning, overall)] <= here)
                                    && (concerning == serious || t[index(n, db, serious, concerning - 1, overall)] <= here)
                                    && (overall == 0 || t[index(n, db, serious, concerning, overall - 1)] <= here);
                        }
                    }
                }
            }
            monotone = ok;
            severities = t;
        }
        return severities;
    }

    private static int index(int signs, int db, int serious, int concerning, int overall) {
        return ((db * (signs + 1) + serious) * (signs + 1) + concerning) * 101 + overall;
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
                int first = out.size();
                if (q.type() == QuestionType.NUMBER) {
                    numberCandidates(q, from, order, s, out);
                } else {
                    Option was = q.option(from).orElseThrow();
                    for (Option to : q.options()) { // a loop over the options, not a lookup per option: this runs per client
                        if (to.score() < was.score()) {
                            out.add(new Candidate(order, s, q, from, to.value(), q.weight() * (to.score() - was.score()),
                                    was.score() - to.score(), (to.dealbreaker() ? 1 : 0) - (was.dealbreaker() ? 1 : 0)));
                        }
                    }
                }
                out.subList(first, out.size()).sort(Comparator.comparingInt(Candidate::scoreDrop));
            }
        }
        return out;
    }

    /** For numbers, the highest value of each better closed band within the question's range. */
    private static void numberCandidates(Question q, String from, int order, int sign, List<Candidate> out) {
        int was = q.score(from).orElseThrow();
        for (Band b : q.bands()) {
            if (b.isOpenEnded() || b.score() >= was || b.upTo().compareTo(q.min()) < 0 || b.upTo().compareTo(q.max()) > 0) {
                continue;
            }
            out.add(new Candidate(order, sign, q, from, Answers.plain(b.upTo()), q.weight() * (b.score() - was),
                    was - b.score(), 0));
        }
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
            return table()[index(weighted.length, db > 0 ? 1 : 0, serious, concerning, overall)];
        }
    }
}
