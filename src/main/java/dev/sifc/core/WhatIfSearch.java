package dev.sifc.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the smallest changes of answers that would move a verdict to a better one.
 *
 * <p>Only answers about the client are changed, only those that were given, and only towards fewer
 * points: "if they paid after one reminder", never "if you had answered a question you skipped", nor
 * "if you had not told them your hours". After a dealbreaker nothing is offered: no other answer
 * makes it acceptable. Single changes come first; when no single answer is enough, the cheapest pair
 * is searched. "Cheapest" is the fewest points given up; ties go to questionnaire order. A change that
 * would leave too little to judge is not a better verdict.
 *
 * <p>Candidates are tried on the scorer's {@link Scorer.Facts} (one sign's points move per change),
 * with the scorer's own stage and verdict rules; the changes reported are then confirmed by scoring
 * the changed answers, so the list never promises what the scorer would not do.
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

    /** A candidate new answer for one question; {@code sign} is -1 for the strain question. */
    private record Candidate(int order, int sign, Question question, String from, String to, int drop) {}

    private static final Comparator<Candidate> CHEAPEST = Comparator.comparingInt(Candidate::drop)
            .thenComparingInt(Candidate::order);

    List<WhatIf> find(Answers answers, Scorer.Facts facts, Verdict now) {
        Verdict.Kind current = now.kind();
        if (current.severity() <= 0 || facts.anyDealbreaker()) {
            return List.of();
        }
        // Each change moves one sign's points (or the strain), so with more signs at their move-on
        // point than changes, no change can help: a client with five such signs costs nothing.
        int movedOn = 0;
        for (int s = 0; s < facts.points.length; s++) {
            movedOn += scorer.stage(s, facts.points[s], facts.checked[s], facts.answered[s], facts.firstStep[s], false)
                    == Stage.MOVE_ON ? 1 : 0;
        }
        if (movedOn > 2) {
            return List.of();
        }
        List<Candidate> candidates = candidates(answers);
        List<Candidate> singles = new ArrayList<>();
        int lastQuestion = -1;
        for (Candidate c : candidates) { // closest first within a question: keep the first that works
            if (movedOn <= 1 && c.order() != lastQuestion && better(facts, c, null, current)) {
                singles.add(c);
                lastQuestion = c.order();
            }
        }
        singles.sort(CHEAPEST);
        List<WhatIf> found = new ArrayList<>();
        for (Candidate c : singles) {
            confirm(answers, List.of(c), current).ifPresent(found::add);
            if (found.size() == MAX_SINGLES) {
                break;
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        // Pairs, cheapest first: with the candidates sorted by cost, once two changes cost more than
        // the best pair found, no later pair can be cheaper.
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(CHEAPEST);
        WhatIf best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Candidate a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                Candidate b = sorted.get(j);
                int cost = a.drop() + b.drop();
                if (cost >= bestCost) {
                    break;
                }
                if (a.order() != b.order() && better(facts, a, b, current)) {
                    Optional<WhatIf> confirmed = confirm(answers, List.of(a, b), current);
                    if (confirmed.isPresent()) {
                        best = confirmed.get();
                        bestCost = cost;
                        break;
                    }
                }
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** Whether the facts with one or two changes give a judged verdict better than {@code current}. */
    private boolean better(Scorer.Facts f, Candidate a, Candidate b, Verdict.Kind current) {
        apply(f, a, -1);
        apply(f, b, -1);
        Verdict.Kind changed = scorer.ground(f).verdict();
        apply(f, a, +1);
        apply(f, b, +1);
        return changed.betterThan(current);
    }

    /** Takes a candidate's points off ({@code sign} -1) or puts them back (+1). */
    private static void apply(Scorer.Facts f, Candidate c, int direction) {
        if (c != null) {
            f.count(c.sign(), c.question(), direction * c.drop());
        }
    }

    /** Rescores with the changes applied, the scorer's full way; empty if the verdict does not improve. */
    private Optional<WhatIf> confirm(Answers answers, List<Candidate> changes, Verdict.Kind current) {
        Answers changed = answers;
        for (Candidate c : changes) {
            changed = changed.with(c.question().id(), c.to());
        }
        Verdict.Kind verdict = scorer.ground(scorer.facts(changed)).verdict();
        if (!verdict.betterThan(current)) {
            return Optional.empty();
        }
        List<WhatIf.Change> list = changes.stream().sorted(Comparator.comparingInt(Candidate::order))
                .map(c -> new WhatIf.Change(c.question(), c.from(), c.to())).toList();
        return Optional.of(new WhatIf(list, questionnaire.verdict(verdict)));
    }

    /** Every answer with fewer points for every answered symptom or strain question; closest first. */
    private List<Candidate> candidates(Answers answers) {
        List<Candidate> out = new ArrayList<>();
        int order = 0;
        for (int s = 0; s < questionnaire.signs().size(); s++) {
            for (Question q : questionnaire.signs().get(s).questions()) {
                order++;
                if (q.role() == Question.Role.SYMPTOM) {
                    add(q, answers, order, s, out);
                }
            }
        }
        int strainOrder = order + 1;
        questionnaire.strain().ifPresent(q -> add(q, answers, strainOrder, -1, out));
        return out;
    }

    private static void add(Question q, Answers answers, int order, int sign, List<Candidate> out) {
        String from = answers.values().get(q.id());
        if (from == null || Answers.SKIP.equals(from)) {
            return;
        }
        int was = q.points(from);
        int first = out.size();
        if (q.type() == QuestionType.NUMBER) {
            // The highest value of each band with fewer points, within the question's range.
            for (Band b : q.bands()) {
                if (!b.isOpenEnded() && b.points() < was && b.upTo().compareTo(q.min()) >= 0
                        && b.upTo().compareTo(q.max()) <= 0) {
                    out.add(new Candidate(order, sign, q, from, Answers.plain(b.upTo()), was - b.points()));
                }
            }
        } else {
            // Among options with the same points, the one nearest the given answer comes first:
            // "sometimes" rather than "never" for "often".
            // By position, not List.indexOf: a record's equals compares every field, labels and all.
            List<Choice> options = q.options();
            int at = 0;
            while (!options.get(at).value().equals(from)) {
                at++;
            }
            for (int distance = 1; distance < options.size(); distance++) {
                if (at - distance >= 0) {
                    addIfFewer(options.get(at - distance), was, order, sign, q, from, out);
                }
                if (at + distance < options.size()) {
                    addIfFewer(options.get(at + distance), was, order, sign, q, from, out);
                }
            }
        }
        out.subList(first, out.size()).sort(Comparator.comparingInt(Candidate::drop)); // stable: nearest first
    }

    private static void addIfFewer(Choice to, int was, int order, int sign, Question q, String from, List<Candidate> out) {
        if (to.points() < was) {
            out.add(new Candidate(order, sign, q, from, to.value(), was - to.points()));
        }
    }
}
