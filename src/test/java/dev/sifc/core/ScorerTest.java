package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stage and verdict rules, checked against the bundled questionnaire with hand-counted points. */
class ScorerTest {
    static final Questionnaire QUESTIONNAIRE = Fixtures.BUNDLED;
    static final Scorer SCORER = new Scorer(QUESTIONNAIRE);

    private static Assessment assess(Map<String, String> given) {
        return SCORER.assess(Fixtures.answers(QUESTIONNAIRE, given));
    }

    private static Assessment.SignResult sign(Assessment a, String id) {
        return a.signs().stream().filter(s -> s.sign().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void calmAnswersKeepTheClientWithAScoreOfZero() {
        Assessment a = assess(Map.of());
        assertEquals(Verdict.Kind.KEEP, a.verdict().kind());
        assertEquals(Assessment.Ground.CALM, a.ground());
        assertEquals(0, a.score());
        assertTrue(a.advice().isEmpty());
        assertEquals(List.of(new Reason.Calm(6)), a.reasons());
    }

    @Test
    void oneClearSymptomIsNotDilutedByCalmAnswers() {
        // Rudeness "repeatedly" counts 6 points, lack-of-respect moves on at 6; the other answers count 0.
        Assessment a = assess(Map.of("lack-of-respect.rudeness", "repeatedly"));
        Assessment.SignResult s = sign(a, "lack-of-respect");
        assertEquals(6, s.points());
        assertEquals(Stage.MOVE_ON, s.stage());
        assertEquals(100, s.score());
        assertEquals(Verdict.Kind.FIRE, a.verdict().kind());
        assertEquals(Assessment.Ground.MOVE_ON, a.ground());
    }

    @Test
    void pointsDecideTheStageAndTheScoreShowsHowCloseTheMoveOnPointIs() {
        // slow-to-pay: showing at 2, move on at 5. "most" late (2) shows; 2 reminders (1) more: 3 of 5 = 60.
        Assessment a = assess(Map.of("slow-to-pay.late-invoices", "most", "slow-to-pay.reminders", "2"));
        Assessment.SignResult s = sign(a, "slow-to-pay");
        assertEquals(3, s.points());
        assertEquals(Stage.SHOWING, s.stage());
        assertEquals(60, s.score());
        assertEquals(Verdict.Kind.RECALIBRATE, a.verdict().kind());
        assertEquals(60, a.score(), "one sign: the overall score is that sign's");
        // One reminder is normal and counts nothing; "some" late alone stays below the threshold.
        assertEquals(Stage.NONE, sign(assess(Map.of("slow-to-pay.late-invoices", "some", "slow-to-pay.reminders", "1")),
                "slow-to-pay").stage());
    }

    @Test
    void theOverallScoreCombinesSignsWithoutAveragingThemDown() {
        // Two signs at 60 and 50 combine to 1 - 0.4 * 0.5 = 80, more than either.
        Assessment a = assess(Map.of("slow-to-pay.late-invoices", "most", "slow-to-pay.reminders", "2",
                "lack-of-respect.missed-meetings", "always"));
        assertEquals(60, sign(a, "slow-to-pay").score());
        assertEquals(50, sign(a, "lack-of-respect").score());
        assertEquals(80, a.score());
        // A calm sign neither dilutes nor inflates it: with only slow-to-pay showing, the score is its own.
        Assessment one = assess(Map.of("slow-to-pay.late-invoices", "most", "slow-to-pay.reminders", "2",
                "unreasonable-demands.like-employee", "sometimes"));
        assertEquals(Stage.NONE, sign(one, "unreasonable-demands").stage());
        assertEquals(13, sign(one, "unreasonable-demands").score());
        assertEquals(60, one.score());
    }

    @Test
    void aSignThatShowsAfterItsFirstStepWasTakenMovesOn() {
        Map<String, String> given = new LinkedHashMap<>(Map.of("lack-of-respect.missed-meetings", "often",
                "lack-of-respect.reschedules", "often"));
        assertEquals(Verdict.Kind.RECALIBRATE, assess(given).verdict().kind());
        given.put("lack-of-respect.bills-cancellations", "yes");
        Assessment a = assess(given);
        Assessment.SignResult s = sign(a, "lack-of-respect");
        assertEquals(Stage.MOVE_ON, s.stage());
        assertTrue(s.afterFirstStep());
        assertEquals(Verdict.Kind.FIRE, a.verdict().kind());
        // The first step taken where the sign does not show changes nothing.
        assertEquals(Verdict.Kind.KEEP, assess(Map.of("lack-of-respect.bills-cancellations", "yes")).verdict().kind());
    }

    /**
     * The first step moves a sign on only when the symptoms it addresses persist: hours told and
     * respected, scope stated and barely argued, cancellations billed while the client never cancels.
     */
    @Test
    void aFirstStepThatWorkedDoesNotMoveTheSignOn() {
        Assessment hours = assess(Map.of("unreasonable-demands.told-hours", "yes", "unreasonable-demands.boundaries", "respects",
                "unreasonable-demands.after-hours", "often", "unreasonable-demands.like-employee", "sometimes",
                "unreasonable-demands.last-minute", "often"));
        assertEquals(Stage.SHOWING, sign(hours, "unreasonable-demands").stage());
        assertEquals(Verdict.Kind.RECALIBRATE, hours.verdict().kind());
        Assessment ignored = SCORER.assess(hours.answers().with("unreasonable-demands.boundaries", "ignores"));
        assertEquals(Stage.MOVE_ON, sign(ignored, "unreasonable-demands").stage());

        Assessment haggler = assess(Map.of("everything-for-nothing.price-pressure", "yes",
                "everything-for-nothing.invoice-grumbling", "sometimes", "everything-for-nothing.scope-stated", "yes"));
        assertEquals(Verdict.Kind.RECALIBRATE, haggler.verdict().kind(), "haggling is normal; it is no reason to let go");

        Assessment rudeOnce = assess(Map.of("lack-of-respect.rudeness", "once", "lack-of-respect.bills-cancellations", "yes"));
        assertEquals(Verdict.Kind.KEEP, rudeOnce.verdict().kind(), "billing cancellations says nothing about one rude moment");
        Assessment cancels = assess(Map.of("lack-of-respect.missed-meetings", "often", "lack-of-respect.bills-cancellations", "yes"));
        assertEquals(Stage.MOVE_ON, sign(cancels, "lack-of-respect").stage(), "billed, and still cancelling");
    }

    @Test
    void germanDecimalCommasAreNumbers() {
        Question hours = QUESTIONNAIRE.question("slow-to-pay.chasing-hours").orElseThrow();
        assertEquals("1.5", Answers.parse(hours, "1,5"));
        assertEquals("1.5", Answers.parse(hours, "1.5"));
    }

    @Test
    void aSignWithTooFewAnswersIsUnknownUnlessWhatIsAnsweredShowsIt() {
        Map<String, String> values = new LinkedHashMap<>(Fixtures.answers(QUESTIONNAIRE, Map.of()).values());
        QUESTIONNAIRE.signs().get(4).questions().forEach(question -> values.put(question.id(), Answers.SKIP));
        values.put("dont-respond.missing-input", "never");
        Assessment a = SCORER.assess(new Answers("x", values));
        assertEquals(Stage.UNKNOWN, sign(a, "dont-respond").stage());
        assertNull(sign(a, "dont-respond").score());
        assertEquals(Verdict.Kind.KEEP, a.verdict().kind(), "five judged signs are enough");
        assertTrue(a.reasons().contains(new Reason.Unjudged(List.of(QUESTIONNAIRE.signs().get(4)), 5, 4, 2)), a.reasons().toString());
        values.put("dont-respond.missing-input", "often"); // 2 points: shows on one answer
        Assessment shows = SCORER.assess(new Answers("x", values));
        assertEquals(Stage.SHOWING, sign(shows, "dont-respond").stage());
        assertEquals(Verdict.Kind.RECALIBRATE, shows.verdict().kind());
    }

    @Test
    void severalSignsShowingAtOnceAreLetGo() {
        Map<String, String> two = Map.of("slow-to-pay.late-invoices", "most", "lack-of-respect.missed-meetings", "often");
        assertEquals(Verdict.Kind.RECALIBRATE, assess(two).verdict().kind());
        Map<String, String> three = new LinkedHashMap<>(two);
        three.put("dont-respond.missing-input", "often");
        Assessment a = assess(three);
        assertEquals(Assessment.Ground.LOAD, a.ground());
        assertEquals(new Reason.Load(List.of(QUESTIONNAIRE.signs().get(2), QUESTIONNAIRE.signs().get(4), QUESTIONNAIRE.signs().get(5)), null, null),
                a.reasons().get(0));
    }

    @Test
    void theStrainOnYouAddsToTheLoadOfTheSigns() {
        Map<String, String> two = new LinkedHashMap<>(Map.of("slow-to-pay.late-invoices", "most",
                "lack-of-respect.missed-meetings", "often"));
        two.put("context.strain", "noticeable");
        assertEquals(Verdict.Kind.RECALIBRATE, assess(two).verdict().kind());
        two.put("context.strain", "heavy");
        Assessment a = assess(two);
        assertEquals(Assessment.Ground.LOAD, a.ground());
        Reason.Load load = (Reason.Load) a.reasons().get(0);
        assertEquals("heavy", load.strainValue());
        // Strain alone, with no sign showing, decides nothing.
        assertEquals(Verdict.Kind.KEEP, assess(Map.of("context.strain", "harmful")).verdict().kind());
        // One sign and a strain that harms your other work: let go.
        assertEquals(Verdict.Kind.FIRE, assess(Map.of("slow-to-pay.late-invoices", "most", "context.strain", "harmful"))
                .verdict().kind());
    }

    @Test
    void anUnfilledTemplateIsNotEnoughToJudge() {
        Map<String, String> skipped = new LinkedHashMap<>();
        QUESTIONNAIRE.questions().forEach(question -> skipped.put(question.id(), Answers.SKIP));
        Assessment a = SCORER.assess(new Answers("Empty", skipped));
        assertEquals(Verdict.Kind.INSUFFICIENT, a.verdict().kind());
        assertEquals(new Reason.Unjudged(QUESTIONNAIRE.signs(), 0, 4, 2), a.reasons().get(0));
        assertTrue(a.advice().isEmpty());
        assertTrue(a.whatIf().isEmpty());
    }

    @Test
    void evidenceNamesTheAnswersWithTheMostPointsBehindTheSignsThatShow() {
        Assessment a = assess(Map.of("slow-to-pay.late-invoices", "all", "slow-to-pay.payment-worry", "yes",
                "slow-to-pay.reminders", "2", "unreasonable-demands.after-hours", "often"));
        List<Reason> evidence = a.reasons().stream().filter(r -> r instanceof Reason.Evidence).toList();
        assertEquals(List.of("slow-to-pay.late-invoices", "slow-to-pay.reminders", "slow-to-pay.payment-worry"),
                evidence.stream().map(r -> ((Reason.Evidence) r).question().id()).toList());
    }

    @Test
    void caveatsDependOnTheVerdictAndTheContext() {
        Assessment fire = assess(Map.of("lack-of-respect.rudeness", "repeatedly", "context.income-share", "40",
                "context.reserve-months", "4"));
        assertEquals(List.of("plan-exit"), fire.caveats().stream().map(Assessment.AppliedCaveat::id).toList());
        assertTrue(fire.caveats().get(0).text(Lang.EN).contains("40%"));
        Assessment keep = assess(Map.of("context.income-share", "50", "context.reserve-months", "1"));
        assertEquals(List.of("dependent"), keep.caveats().stream().map(Assessment.AppliedCaveat::id).toList());
    }

    @Test
    void aCaveatIsFilledInTheLanguageAskedForWithItsNumbersAsThatLanguageWritesThem() {
        Assessment fire = assess(Map.of("lack-of-respect.rudeness", "repeatedly", "context.income-share", "42.5",
                "context.reserve-months", "4"));
        Assessment.AppliedCaveat c = fire.caveats().get(0);
        assertTrue(c.text(Lang.EN).startsWith("This client is 42.5% of your income. Your reserves (4 months)"), c.text(Lang.EN));
        assertTrue(c.text(Lang.DE).startsWith("Dieser Kunde bringt 42,5 % deines Einkommens. Deine Rücklagen (4 Monate)"),
                c.text(Lang.DE));
        assertEquals(new LocalText(c.text(Lang.EN), c.text(Lang.DE)), c.text());
    }
}
