package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The what-ifs are checked the way a user would check them: apply the suggested change to the
 * answers, score again, and see the promised verdict.
 */
class WhatIfTest {
    static Questionnaire q;
    static Scorer scorer;

    @BeforeAll
    static void load() throws IOException {
        q = Fixtures.bundled();
        scorer = new Scorer(q);
    }

    private static Answers answers(Map<String, String> given) {
        return Fixtures.answers(q, given);
    }

    private static Answers apply(Answers answers, WhatIf w) {
        Answers changed = answers;
        for (WhatIf.Change c : w.changes()) {
            assertEquals(answers.values().get(c.question().id()), c.from(), "from is what was answered");
            changed = changed.with(c.question().id(), c.to());
        }
        return changed;
    }

    /** Applying each what-if gives exactly the verdict it names, and that verdict is better. */
    private static void assertHonest(Assessment a) {
        for (WhatIf w : a.whatIf()) {
            Assessment after = scorer.assess(apply(a.answers(), w));
            assertEquals(w.verdict(), after.verdict(), () -> "what-if " + w + " on " + a.answers().values());
            assertTrue(after.severity() < a.severity(), "the verdict improves");
        }
    }

    @Test
    void oneSlowPayingSignNamesTheSingleAnswerThatWouldRecalibrateIt() {
        // Slow to pay is serious (late invoices "all", 5 reminders, worried): one serious sign.
        Assessment a = scorer.assess(answers(Map.of("slow-to-pay.late-invoices", "all", "slow-to-pay.reminders", "5",
                "slow-to-pay.payment-worry", "yes")));
        assertEquals("recalibrate", a.verdict().id());
        assertFalse(a.whatIf().isEmpty());
        assertTrue(a.whatIf().size() <= 2);
        for (WhatIf w : a.whatIf()) {
            assertEquals(1, w.changes().size(), "one answer is enough here: " + w);
            assertEquals("slow-to-pay", q.signOf(w.changes().get(0).question()).orElseThrow().id());
        }
        assertHonest(a);
    }

    @Test
    void numberAnswersAreMovedToTheTopOfABetterBand() {
        // Only the reminders push slow-to-pay over the line; fewer reminders is the what-if.
        Assessment a = scorer.assess(answers(Map.of("slow-to-pay.late-invoices", "most", "slow-to-pay.reminders", "9",
                "slow-to-pay.chasing-hours", "3")));
        assertEquals("recalibrate", a.verdict().id(), a.reasons().toString());
        List<String> changes = a.whatIf().stream().flatMap(w -> w.changes().stream())
                .map(c -> c.question().id() + ":" + c.from() + "->" + c.to()).toList();
        assertTrue(changes.stream().anyMatch(c -> c.startsWith("slow-to-pay.reminders:9->")), changes.toString());
        String to = changes.stream().filter(c -> c.startsWith("slow-to-pay.reminders")).findFirst().orElseThrow().split("->")[1];
        assertTrue(List.of("0", "1", "2").contains(to), "a band's upper bound, not an arbitrary number: " + to);
        assertHonest(a);
    }

    @Test
    void aDealbreakerIsTheAnswerToChange() {
        Assessment a = scorer.assess(answers(Map.of("lack-of-respect.rudeness", "abusive")));
        assertEquals("fire", a.verdict().id());
        assertEquals(1, a.whatIf().size(), a.whatIf().toString());
        WhatIf.Change c = a.whatIf().get(0).changes().get(0);
        assertEquals("lack-of-respect.rudeness", c.question().id());
        assertFalse(c.question().option(c.to()).orElseThrow().dealbreaker());
        assertHonest(a);
    }

    @Test
    void whenNoSingleAnswerIsEnoughAPairIsNamed() {
        // Two serious signs: fire. Any one answer leaves at least one sign serious (still recalibrate at best),
        // unless it undoes a whole sign, which one answer cannot.
        Map<String, String> given = new LinkedHashMap<>(Map.of("slow-to-pay.late-invoices", "all", "slow-to-pay.reminders", "5",
                "slow-to-pay.payment-worry", "yes", "slow-to-pay.chasing-hours", "9"));
        given.put("dont-listen.ignores-advice", "always");
        given.put("dont-listen.knows-better", "always");
        given.put("dont-listen.blame-fix", "yes");
        given.put("dont-listen.reworks", "always");
        Assessment a = scorer.assess(answers(given));
        assertEquals("fire", a.verdict().id());
        assertHonest(a);
        boolean singleWorks = false;
        for (Question question : q.questions()) {
            for (String v : candidates(question)) {
                if (scorer.assess(a.answers().with(question.id(), v)).severity() < a.severity()) {
                    singleWorks = true;
                }
            }
        }
        assertFalse(singleWorks, "the test needs answers where no single change helps");
        assertEquals(1, a.whatIf().size());
        assertEquals(2, a.whatIf().get(0).changes().size());
    }

    @Test
    void keepHasNothingToImprove() {
        assertTrue(scorer.assess(answers(Map.of())).whatIf().isEmpty());
    }

    /** Random clients: every what-if keeps its promise, and a pair is only offered when no single answer would do. */
    @Test
    void randomClientsGetHonestAndMinimalWhatIfs() {
        checkRandomClients(q, 20261127);
    }

    /**
     * Rules where a lower score can give a worse verdict (a "recalibrate at 50 or more" rule before
     * the dealbreaker and serious-sign rules): the search cannot prune by question pairs, and must
     * still find what exists and promise nothing false.
     */
    @Test
    void rulesThatAreNotMonotoneAreSearchedInFull() throws IOException {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("questions.yaml")).replace("""
                rules:
                  - id: dealbreaker""", """
                rules:
                  - id: odd-first
                    verdict: recalibrate
                    when: {score: 50}
                    reason: {en: "odd", de: "seltsam"}
                  - id: dealbreaker""");
        Questionnaire odd = QuestionnaireLoader.load("odd.yaml", yaml);
        assertEquals("odd-first", odd.rules().get(0).id());
        checkRandomClients(odd, 7);
    }

    private static void checkRandomClients(Questionnaire questionnaire, long seed) {
        Scorer s = new Scorer(questionnaire);
        Random random = new Random(seed);
        int checked = 0;
        int exhausted = 0;
        for (int n = 0; n < 300; n++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Question question : questionnaire.questions()) {
                List<String> options = candidates(question);
                values.put(question.id(), random.nextInt(8) == 0 ? Answers.SKIP : options.get(random.nextInt(options.size())));
            }
            Assessment a = s.assess(new Answers("R" + n, values));
            for (WhatIf w : a.whatIf()) {
                Assessment after = s.assess(apply(a.answers(), w));
                assertEquals(w.verdict(), after.verdict(), () -> "what-if " + w + " on " + values);
                assertTrue(after.severity() < a.severity(), "the verdict improves");
            }
            List<String[]> better = betterAnswers(questionnaire, values);
            boolean pairOffered = a.whatIf().size() == 1 && a.whatIf().get(0).changes().size() == 2;
            if (pairOffered || (a.whatIf().isEmpty() && a.severity() > 0)) {
                for (String[] one : better) {
                    assertTrue(severity(s, a.answers().with(one[0], one[1])) >= a.severity(),
                            "a single change would have done: " + one[0] + "=" + one[1]);
                }
            }
            if (a.whatIf().isEmpty() && a.severity() > 0 && exhausted < 40) {
                exhausted++;
                for (int x = 0; x < better.size(); x++) {
                    for (int y = x + 1; y < better.size(); y++) {
                        if (better.get(x)[0].equals(better.get(y)[0])) {
                            continue;
                        }
                        Answers two = a.answers().with(better.get(x)[0], better.get(x)[1]).with(better.get(y)[0], better.get(y)[1]);
                        assertTrue(severity(s, two) >= a.severity(), "a pair would have done: "
                                + String.join("=", better.get(x)) + ", " + String.join("=", better.get(y)));
                    }
                }
            }
            checked += a.whatIf().size();
        }
        assertTrue(checked > 50, "the random clients exercised the search: " + checked);
        assertTrue(exhausted > 5, "clients without a what-if were checked exhaustively: " + exhausted);
    }

    private static int severity(Scorer s, Answers answers) {
        return Questionnaire.VERDICT_IDS.indexOf(s.decide(answers).rule().verdict());
    }

    /** Every (question id, value) that scores lower than what was answered. */
    private static List<String[]> betterAnswers(Questionnaire questionnaire, Map<String, String> values) {
        List<String[]> out = new ArrayList<>();
        for (Sign sign : questionnaire.signs()) {
            for (Question question : sign.questions()) {
                String was = values.get(question.id());
                if (Answers.SKIP.equals(was) || !question.scored()) {
                    continue;
                }
                for (String v : candidates(question)) {
                    if (question.score(v).orElseThrow() < question.score(was).orElseThrow()) {
                        out.add(new String[] {question.id(), v});
                    }
                }
            }
        }
        return out;
    }

    private static List<String> candidates(Question question) {
        if (question.type() != QuestionType.NUMBER) {
            return question.options().stream().map(Option::value).toList();
        }
        List<String> values = new ArrayList<>();
        for (int i = question.min().intValue(); i <= Math.min(question.max().intValue(), 12); i++) {
            values.add(Integer.toString(i));
        }
        return values;
    }
}
