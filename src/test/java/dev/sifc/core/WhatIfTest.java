package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The what-ifs are checked the way a user would check them: apply the suggested change to the
 * answers, score again, and see the promised verdict; and nothing cheaper was left out.
 */
class WhatIfTest {
    static final Questionnaire QUESTIONNAIRE = Fixtures.BUNDLED;
    static final Scorer SCORER = new Scorer(QUESTIONNAIRE);

    private static Assessment assess(Map<String, String> given) {
        return SCORER.assess(Fixtures.answers(QUESTIONNAIRE, given));
    }

    private static String describe(WhatIf w) {
        return String.join(" & ", w.changes().stream().map(c -> c.question().id() + ":" + c.from() + "->" + c.to()).toList())
                + " => " + w.verdict().id();
    }

    @Test
    void aRecalibrateNamesTheNearestCalmerAnswers() {
        // after-hours often (2) + last-minute sometimes (1) = 3, the showing point of sign 1.
        Assessment a = assess(Map.of("unreasonable-demands.after-hours", "often", "unreasonable-demands.last-minute", "sometimes"));
        assertEquals(Verdict.Kind.RECALIBRATE, a.verdict().kind());
        // The cheapest first: the one that gives up a single point.
        assertEquals(List.of("unreasonable-demands.last-minute:sometimes->rarely => keep",
                "unreasonable-demands.after-hours:often->sometimes => keep"), a.whatIf().stream().map(WhatIfTest::describe).toList());
    }

    @Test
    void numberAnswersMoveToTheTopOfACalmerBand() {
        // late "some" (1) + 3 reminders (2) = 3: showing at 2. One reminder (0 points) is the top of the calm band.
        Assessment a = assess(Map.of("slow-to-pay.late-invoices", "some", "slow-to-pay.reminders", "3"));
        assertEquals(Verdict.Kind.RECALIBRATE, a.verdict().kind());
        assertTrue(a.whatIf().stream().map(WhatIfTest::describe).anyMatch(d -> d.equals("slow-to-pay.reminders:3->1 => keep")),
                a.whatIf().toString());
    }

    @Test
    void noWhatIfUndoesADealbreakerOrATakenFirstStep() {
        assertTrue(assess(Map.of("lack-of-respect.rudeness", "abusive")).whatIf().isEmpty());
        Assessment a = assess(Map.of("dont-respond.disappears", "yes", "dont-respond.missing-input", "often",
                "dont-respond.asked-contact", "yes"));
        assertEquals(Verdict.Kind.FIRE, a.verdict().kind());
        assertFalse(a.whatIf().isEmpty());
        for (WhatIf w : a.whatIf()) {
            assertTrue(w.changes().stream().noneMatch(c -> c.question().id().equals("dont-respond.asked-contact")), describe(w));
        }
    }

    @Test
    void whenNoSingleAnswerIsEnoughTheCheapestPairIsNamed() {
        // Two signs at their move-on points: no one answer brings both back.
        Assessment a = assess(Map.of("lack-of-respect.rudeness", "repeatedly", "slow-to-pay.late-invoices", "all",
                "slow-to-pay.reminders", "5"));
        assertEquals(Verdict.Kind.FIRE, a.verdict().kind());
        assertEquals(1, a.whatIf().size(), a.whatIf().toString());
        assertEquals(2, a.whatIf().get(0).changes().size());
        assertEquals(Verdict.Kind.RECALIBRATE, a.whatIf().get(0).verdict().kind());
        assertHonestAndMinimal(a);
    }

    @Test
    void aChangeThatWouldLeaveTooLittleToJudgeIsNotOffered() {
        // Only slow-to-pay answered, at "showing" on one answer: taking it back leaves nothing judged.
        Map<String, String> values = new LinkedHashMap<>();
        QUESTIONNAIRE.questions().forEach(question -> values.put(question.id(), Answers.SKIP));
        values.put("slow-to-pay.late-invoices", "all");
        values.put("slow-to-pay.reminders", "5");
        Assessment a = SCORER.assess(new Answers("x", values));
        assertEquals(Verdict.Kind.FIRE, a.verdict().kind());
        assertTrue(a.whatIf().isEmpty(), a.whatIf().toString());
    }

    @Test
    void randomClientsGetHonestAndMinimalWhatIfs() {
        int withPair = 0;
        int without = 0;
        for (Answers answers : VerdictPropertiesTest.clients(20261201, 1).subList(0, 600)) {
            Assessment a = SCORER.assess(answers);
            assertHonestAndMinimal(a);
            withPair += a.whatIf().size() == 1 && a.whatIf().get(0).changes().size() == 2 ? 1 : 0;
            without += a.whatIf().isEmpty() && a.severity() > 0 ? 1 : 0;
        }
        assertTrue(withPair > 5 && without > 5, "pairs " + withPair + ", none " + without);
    }

    /** Every what-if keeps its promise; a pair only when no single change helps; none only when no pair helps. */
    private static void assertHonestAndMinimal(Assessment a) {
        for (WhatIf w : a.whatIf()) {
            Answers changed = a.answers();
            for (WhatIf.Change c : w.changes()) {
                changed = changed.with(c.question().id(), c.to());
            }
            Verdict after = SCORER.assess(changed).verdict();
            assertEquals(w.verdict(), after, () -> describe(w) + " on " + a.answers().values());
            assertTrue(after.judged() && after.severity() < a.severity());
        }
        boolean pair = a.whatIf().size() == 1 && a.whatIf().get(0).changes().size() == 2;
        boolean none = a.whatIf().isEmpty() && a.severity() > 0 && a.ground() != Assessment.Ground.DEALBREAKER;
        if (!pair && !none) {
            return;
        }
        List<String[]> calmer = calmer(a.answers());
        for (String[] one : calmer) {
            Verdict v = SCORER.assess(a.answers().with(one[0], one[1])).verdict();
            assertFalse(v.judged() && v.severity() < a.severity(), "a single change would do: " + String.join("=", one));
        }
        if (none) {
            for (int x = 0; x < calmer.size(); x++) {
                for (int y = x + 1; y < calmer.size(); y++) {
                    if (calmer.get(x)[0].equals(calmer.get(y)[0])) {
                        continue;
                    }
                    Verdict v = SCORER.assess(a.answers().with(calmer.get(x)[0], calmer.get(x)[1])
                            .with(calmer.get(y)[0], calmer.get(y)[1])).verdict();
                    assertFalse(v.judged() && v.severity() < a.severity(), "a pair would do: "
                            + String.join("=", calmer.get(x)) + ", " + String.join("=", calmer.get(y)));
                }
            }
        }
    }

    /** Every (question id, value) about the client with fewer points than what was answered. */
    private static List<String[]> calmer(Answers answers) {
        List<String[]> out = new ArrayList<>();
        for (Question question : QUESTIONNAIRE.questions()) {
            String was = answers.values().get(question.id());
            if (Answers.SKIP.equals(was) || (question.role() != Question.Role.SYMPTOM && question.role() != Question.Role.STRAIN)) {
                continue;
            }
            for (String v : Fixtures.values(question)) {
                if (question.points(v) < question.points(was)) {
                    out.add(new String[] {question.id(), v});
                }
            }
        }
        return out;
    }
}
