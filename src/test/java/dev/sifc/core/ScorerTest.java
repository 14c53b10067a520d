package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scoring rules, checked against the bundled questionnaire with hand-computed numbers. */
class ScorerTest {
    static Questionnaire q;

    @BeforeAll
    static void load() throws IOException {
        q = Fixtures.bundled();
    }

    private static Answers answers(Map<String, String> given) {
        return Fixtures.answers(q, given);
    }

    private static Assessment.SignResult sign(Assessment a, String id) {
        return a.signs().stream().filter(s -> s.sign().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void allLowestAnswersKeepTheClient() {
        Assessment a = new Scorer(q).assess(answers(Map.of()));
        assertEquals("keep", a.verdict().id());
        assertEquals("healthy", a.rule().id());
        assertEquals(0, a.score());
        assertTrue(a.advice().isEmpty());
    }

    @Test
    void signScoreIsTheWeightedMeanOfItsAnswers() {
        // after-hours always (100, w2), like-employee never (0, w2), last-minute never (0, w1.5),
        // boundaries ignores (100, w2): (200 + 200) / 7.5 = 53.3 -> 53, mild.
        Assessment a = new Scorer(q).assess(answers(Map.of(
                "unreasonable-demands.after-hours", "always",
                "unreasonable-demands.boundaries", "ignores")));
        Assessment.SignResult s = sign(a, "unreasonable-demands");
        assertEquals(53, s.score());
        assertEquals(Level.MILD, s.level());
        assertEquals(List.of("unreasonable-demands"), a.advice().stream().map(r -> r.sign().id()).toList());
    }

    @Test
    void numberAnswersScoreByBand() {
        Question reminders = q.question("slow-to-pay.reminders").orElseThrow();
        assertEquals(0, reminders.score("0").orElseThrow());
        assertEquals(40, reminders.score("1").orElseThrow());
        assertEquals(70, reminders.score("2").orElseThrow());
        assertEquals(100, reminders.score("3").orElseThrow());
        assertEquals(100, reminders.score("50").orElseThrow());
        Question hours = q.question("slow-to-pay.chasing-hours").orElseThrow();
        assertEquals(30, hours.score("0.5").orElseThrow());
        assertEquals(70, hours.score("4").orElseThrow());
        assertEquals(100, hours.score("4.5").orElseThrow());
    }

    @Test
    void aSignWithTooFewAnswersIsUnknownNotGuessed() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("dont-respond.disappears", "skip");
        given.put("dont-respond.missing-input", "skip");
        given.put("dont-respond.hurry-wait", "always");
        Assessment a = new Scorer(q).assess(answers(given));
        Assessment.SignResult s = sign(a, "dont-respond");
        assertEquals(Level.UNKNOWN, s.level());
        assertNull(s.score());
        assertEquals(1, s.answered());
        assertEquals("Too few answers to judge: They don't respond to you.", a.reasons().get(a.reasons().size() - 1).en());
        assertEquals("Zu wenige Antworten für ein Urteil: Sie reagieren nicht.", a.reasons().get(a.reasons().size() - 1).de());
    }

    @Test
    void aDealbreakerForcesTheWorstVerdict() {
        Assessment a = new Scorer(q).assess(answers(Map.of("lack-of-respect.rudeness", "abusive")));
        assertEquals("fire", a.verdict().id());
        assertEquals("dealbreaker", a.rule().id());
        assertEquals("A dealbreaker answer decides the verdict on its own: “Has the client been rude to you or to anyone "
                + "who works for you?” → Yes, insulting or abusive.", a.reasons().get(0).en());
    }

    @Test
    void oneSeriousSignMeansRecalibrateTwoMeanFire() {
        Map<String, String> one = Map.of("slow-to-pay.late-invoices", "all", "slow-to-pay.reminders", "5",
                "slow-to-pay.payment-worry", "yes");
        Assessment a = new Scorer(q).assess(answers(one));
        assertEquals(Level.SERIOUS, sign(a, "slow-to-pay").level());
        assertEquals("one-serious-sign", a.rule().id());
        assertEquals("recalibrate", a.verdict().id());

        Map<String, String> two = new LinkedHashMap<>(one);
        two.put("dont-listen.ignores-advice", "always");
        two.put("dont-listen.knows-better", "always");
        two.put("dont-listen.blame-fix", "yes");
        Assessment b = new Scorer(q).assess(answers(two));
        assertEquals("several-serious-signs", b.rule().id());
        assertEquals("fire", b.verdict().id());
        assertTrue(b.reasons().get(0).en().startsWith("2 warning signs are serious: Always slow to pay ("), b.reasons().get(0).en());
    }

    @Test
    void adviceIsOrderedMostSevereFirst() throws IOException {
        Assessment a = new Scorer(q).assess(new AnswersLoader(q).readOne("fire.yaml",
                Files.newBufferedReader(Path.of("examples/fire.yaml"))));
        List<String> order = a.advice().stream().map(s -> s.sign().id()).toList();
        assertEquals(List.of("everything-for-nothing", "slow-to-pay", "unreasonable-demands", "dont-listen", "lack-of-respect"), order);
    }

    @Test
    void caveatsDependOnContextAndVerdict() {
        Map<String, String> fire = new LinkedHashMap<>(Map.of("lack-of-respect.rudeness", "abusive"));
        fire.put("context.income-share", "40");
        fire.put("context.reserve-months", "1");
        Assessment a = new Scorer(q).assess(answers(fire));
        assertEquals(List.of("plan-exit-carefully"), a.caveats().stream().map(Assessment.AppliedCaveat::id).toList());
        assertTrue(a.caveats().get(0).text().en().startsWith("Let them go, but plan the exit: this client is 40% of your income"));

        fire.put("context.reserve-months", "skip");
        assertTrue(new Scorer(q).assess(answers(fire)).caveats().isEmpty(), "a skipped context answer satisfies no condition");
    }

    @Test
    void answersMayBeWrittenAsIdsLabelsInEitherLanguageOrNumbers() {
        Question q2 = q.question("unreasonable-demands.after-hours").orElseThrow();
        for (String written : new String[] {"often", "Often", "OFT", "oft", "4", " often "}) {
            assertEquals("often", Answers.parse(q2, written), written);
        }
        Question yesNo = q.question("slow-to-pay.payment-worry").orElseThrow();
        for (String written : new String[] {"yes", "Ja", "y", "1", "true"}) {
            assertEquals("yes", Answers.parse(yesNo, written), written);
        }
        assertEquals("skip", Answers.parse(q2, "SKIP"));
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class, () -> Answers.parse(q2, "6"));
        assertEquals("answer.invalid.choice", e.at(null).key());
    }

    @Test
    void scoringIsDeterministic() throws IOException {
        Answers answers = new AnswersLoader(q).readOne("fire.yaml", Files.newBufferedReader(Path.of("examples/fire.yaml")));
        assertEquals(new Scorer(q).assess(answers), new Scorer(q).assess(answers));
    }
}
