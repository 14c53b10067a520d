package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the verdict on a few thousand seeded random clients: what a user may rely on
 * whatever their answers.
 */
class VerdictPropertiesTest {
    static final int CLIENTS = 3000;
    static final Questionnaire QUESTIONNAIRE = Fixtures.BUNDLED;
    static final Scorer SCORER = new Scorer(QUESTIONNAIRE);

    /** Random clients; each answer is skipped with probability {@code skip} in eight. */
    static List<Answers> clients(long seed, int skip) {
        Random random = new Random(seed);
        List<Answers> out = new ArrayList<>();
        for (int n = 0; n < CLIENTS; n++) {
            Map<String, String> values = new LinkedHashMap<>();
            // Mostly calm clients with a few problems, like real ones, and some entirely random.
            boolean wild = random.nextInt(4) == 0;
            for (Question question : QUESTIONNAIRE.questions()) {
                List<String> options = Fixtures.values(question);
                String v;
                if (random.nextInt(8) < skip) {
                    v = Answers.SKIP;
                } else if (wild || random.nextInt(4) == 0) {
                    v = options.get(random.nextInt(options.size()));
                } else {
                    v = question.calmest();
                }
                values.put(question.id(), v);
            }
            out.add(new Answers("R" + n, values));
        }
        return out;
    }

    private static Verdict verdict(Answers a) {
        return SCORER.assess(a).verdict();
    }

    private static List<Question> about(Question.Role role) {
        return QUESTIONNAIRE.questions().stream().filter(question -> question.role() == role).toList();
    }

    @Test
    void aSingleWorseAnswerNeverGivesAMilderVerdict() {
        int compared = 0;
        for (Answers a : clients(1, 1)) {
            Verdict before = verdict(a);
            for (Question question : QUESTIONNAIRE.questions()) {
                String was = a.values().get(question.id());
                if (Answers.SKIP.equals(was) || question.role() == Question.Role.CONTEXT) {
                    continue;
                }
                for (String worse : Fixtures.values(question)) {
                    boolean isWorse = question.role() == Question.Role.FIRST_STEP
                            ? "yes".equals(worse) && "no".equals(was)
                            : question.points(worse) > question.points(was) || (question.dealbreaker(worse) && !question.dealbreaker(was));
                    if (!isWorse) {
                        continue;
                    }
                    Verdict after = verdict(a.with(question.id(), worse));
                    compared++;
                    if (before.judged()) {
                        assertTrue(after.judged() && after.severity() >= before.severity(),
                                () -> question.id() + " " + was + " -> " + worse + ": " + before.id() + " -> " + after.id());
                    } else {
                        assertNotEquals(Verdict.Kind.KEEP, after.kind(), () -> question.id() + " -> " + worse + " on " + a.values());
                    }
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void skippingNeverGivesAHarsherVerdictThanTheCalmestAnswer() {
        int compared = 0;
        for (Answers a : clients(2, 2)) {
            for (Question question : QUESTIONNAIRE.questions()) {
                if (Answers.SKIP.equals(a.values().get(question.id()))) {
                    Verdict skipped = verdict(a);
                    Verdict calm = verdict(a.with(question.id(), question.calmest()));
                    if (skipped.judged() && calm.judged()) {
                        compared++;
                        assertTrue(skipped.severity() <= calm.severity(),
                                () -> question.id() + ": skipped " + skipped.id() + ", calmest " + calm.id() + " on " + a.values());
                    }
                    if (skipped.kind() == Verdict.Kind.FIRE) {
                        assertEquals(Verdict.Kind.FIRE, calm.kind(), "decisive evidence stands on its own");
                    }
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void aDealbreakerAlwaysGivesLetGoAndNoWhatIf() {
        Question rudeness = QUESTIONNAIRE.question("lack-of-respect.rudeness").orElseThrow();
        for (Answers a : clients(3, 3)) {
            Assessment x = SCORER.assess(a.with(rudeness.id(), "abusive"));
            assertEquals(Verdict.Kind.FIRE, x.verdict().kind());
            assertEquals(Assessment.Ground.DEALBREAKER, x.ground());
            assertTrue(x.whatIf().isEmpty(), "no what-if after a dealbreaker");
        }
    }

    @Test
    void theAdviceFitsTheVerdict() {
        int[] seen = new int[4];
        List<Answers> all = new ArrayList<>(clients(4, 1));
        all.addAll(clients(6, 5)); // many skipped: "not enough to judge" too
        for (Answers a : all) {
            Assessment x = SCORER.assess(a);
            seen[x.severity() + 1]++;
            switch (x.verdict().kind()) {
                case KEEP -> {
                    assertTrue(x.advice().isEmpty(), "a keep advises nothing, least of all moving on");
                    assertTrue(x.signs().stream().noneMatch(s -> s.stage().shows()));
                    assertTrue(x.whatIf().isEmpty());
                }
                case RECALIBRATE -> assertTrue(x.signs().stream().noneMatch(s -> s.stage() == Stage.MOVE_ON),
                        "a recalibrate has no sign at its move-on point");
                case FIRE -> assertTrue(x.verdict().advice() != null);
                default -> assertTrue(x.whatIf().isEmpty());
            }
            for (Assessment.SignAdvice s : x.advice()) {
                assertTrue(s.stage().shows());
                // Only a let go ends the relationship; until then, every sign's advice is its first step.
                assertEquals(x.kind() == Verdict.Kind.FIRE, s.part() != Sign.Advice.Part.FIRST_STEP,
                        () -> x.ground() + ": " + s.sign().id() + " " + s.part());
            }
        }
        for (int i = 0; i < seen.length; i++) {
            assertTrue(seen[i] > 30, "every verdict occurs among the random clients: " + Arrays.toString(seen));
        }
    }

    @Test
    void afterADealbreakerNoAdviceOpensTheDoor() {
        // Insults or threats, or the feeling of not being respected (lack of respect closes the door):
        // the article lets such a client go without an open door, so no other sign may invite them
        // back, and none may suggest working on the relationship.
        Map<String, String> closing = Map.of("lack-of-respect.rudeness", "abusive", "lack-of-respect.feels-respected", "no");
        int others = 0;
        for (Answers random : clients(7, 1)) {
            for (Map.Entry<String, String> answer : closing.entrySet()) {
                Assessment x = SCORER.assess(random.with(answer.getKey(), answer.getValue()));
                assertEquals(Verdict.Kind.FIRE, x.kind());
                for (Assessment.SignAdvice s : x.advice()) {
                    boolean closes = s.sign().id().equals("lack-of-respect");
                    assertEquals(closes ? Sign.Advice.Part.MOVE_ON : Sign.Advice.Part.ENDING, s.part(),
                            () -> s.sign().id() + " after " + answer + ", " + x.ground());
                    if (!closes) {
                        others++;
                        assertTrue(QUESTIONNAIRE.signs().stream().noneMatch(sign -> sign.advice().firstStep().equals(s.text())
                                || sign.advice().moveOn().equals(s.text())), s.text().en());
                    }
                }
            }
        }
        assertTrue(others > 1000, "the random clients show other signs beside the dealbreaker: " + others);
    }

    @Test
    void aLetGoGivesTheOtherSignsOnlyWhatHelpsWhileEnding() {
        int ending = 0;
        for (Answers a : clients(8, 1)) {
            Assessment x = SCORER.assess(a);
            if (x.kind() != Verdict.Kind.FIRE || x.ground() == Assessment.Ground.DEALBREAKER) {
                continue;
            }
            // Lack of respect showing at all closes the door, as "How to end it" and the ending letter say.
            assertEquals(x.signs().stream().anyMatch(s -> s.stage().shows() && s.sign().closesDoor()), !x.door().open(),
                    () -> x.ground() + " " + x.door());
            boolean closed = x.signs().stream().anyMatch(s -> s.stage() == Stage.MOVE_ON && s.sign().closesDoor());
            for (Assessment.SignAdvice s : x.advice()) {
                // A sign at move on is a reason to part and says so in the article's words; any other
                // showing sign says what still helps while ending, never its first step. No advice invites
                // the client back: the door is "How to end it"'s to open.
                Sign.Advice.Part expected = s.stage() == Stage.MOVE_ON && (!closed || s.sign().closesDoor())
                        ? Sign.Advice.Part.MOVE_ON : Sign.Advice.Part.ENDING;
                assertEquals(expected, s.part(), () -> x.ground() + ": " + s.sign().id());
                assertFalse(s.text().en().contains("get in touch"), s.text().en());
                ending += s.part() == Sign.Advice.Part.ENDING ? 1 : 0;
            }
            // The bundled signs all have an ending: every sign that shows gets advice.
            assertEquals(x.signs().stream().filter(s -> s.stage().shows()).count(), x.advice().size());
        }
        assertTrue(ending > 100, "let-gos with other signs showing occur: " + ending);
    }

    @Test
    void everyWhatIfAppliedGivesTheVerdictItNamesAndOnlyEverAsksForLess() {
        int checked = 0;
        for (Answers a : clients(5, 1)) {
            Assessment x = SCORER.assess(a);
            for (WhatIf w : x.whatIf()) {
                Answers changed = a;
                for (WhatIf.Change c : w.changes()) {
                    assertTrue(c.question().role() == Question.Role.SYMPTOM || c.question().role() == Question.Role.STRAIN,
                            "only answers about the client change: " + c.question().id());
                    assertEquals(a.values().get(c.question().id()), c.from());
                    assertTrue(c.question().points(c.to()) < c.question().points(c.from()), "never proposes worse: " + c);
                    changed = changed.with(c.question().id(), c.to());
                }
                Verdict after = verdict(changed);
                assertEquals(w.verdict(), after, () -> "what-if " + w + " on " + a.values());
                assertTrue(after.judged() && after.severity() < x.severity());
                checked++;
            }
        }
        assertTrue(checked > 500, "what-ifs checked: " + checked);
        assertTrue(about(Question.Role.FIRST_STEP).size() == 5, "the five signs with a first step");
    }
}
