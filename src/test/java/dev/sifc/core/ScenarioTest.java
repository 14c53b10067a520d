package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The twenty typical clients, each an answers file with the verdict a careful reader of the article
 * would reach, and the details of the reports that matter to them.
 */
class ScenarioTest {
    static final Questionnaire QUESTIONNAIRE = Fixtures.BUNDLED;
    static final Scorer SCORER = new Scorer(QUESTIONNAIRE);

    static List<Fixtures.Scenario> scenarios() throws IOException {
        return Fixtures.scenarios(QUESTIONNAIRE);
    }

    private static Assessment assess(String prefix) throws IOException {
        return SCORER.assess(scenarios().stream().filter(s -> s.name().startsWith(prefix)).findFirst().orElseThrow().answers());
    }

    private static Map<String, Stage> stages(Assessment a) {
        return a.signs().stream().collect(Collectors.toMap(s -> s.sign().id(), Assessment.SignResult::stage));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachScenarioGetsTheArticlesVerdict(Fixtures.Scenario s) {
        Assessment a = SCORER.assess(s.answers());
        assertEquals(s.expected(), a.verdict().id(), () -> s.name() + ": " + a.ground() + " " + stages(a));
        // The advice never contradicts the verdict: keep advises nothing, recalibrate never moving on.
        switch (a.verdict().kind()) {
            case KEEP -> assertTrue(a.advice().isEmpty(), s.name());
            case RECALIBRATE -> assertTrue(a.advice().stream().allMatch(r -> r.stage() == Stage.SHOWING), s.name());
            case FIRE -> assertTrue(a.advice().stream().anyMatch(r -> r.stage() == Stage.MOVE_ON)
                    || a.ground() == Assessment.Ground.LOAD, s.name());
            default -> assertTrue(a.whatIf().isEmpty(), s.name());
        }
    }

    @Test
    void theScenariosCoverEveryVerdictAndAreTwenty() throws IOException {
        List<Fixtures.Scenario> all = scenarios();
        assertEquals(23, all.size());
        assertEquals(Arrays.stream(Verdict.Kind.values()).map(Verdict.Kind::id).sorted().toList(),
                all.stream().map(Fixtures.Scenario::expected).distinct().sorted().toList());
    }

    @Test
    void ignoredHoursAfterTellingThemMovesOnBecauseTheFirstStepWasTaken() throws IOException {
        Assessment a = assess("03");
        Assessment.SignResult s = a.signs().get(0);
        assertEquals(Stage.MOVE_ON, s.stage());
        assertTrue(s.afterFirstStep(), "moved on because the step was taken, not by points alone");
        assertEquals(new Reason.SignStage(s), a.reasons().get(0));
        // The same client without the first step: recalibrate, and the advice is the first step.
        Assessment before = SCORER.assess(a.answers().with("unreasonable-demands.told-hours", "no"));
        assertEquals(Verdict.Kind.RECALIBRATE, before.verdict().kind());
        assertEquals(before.signs().get(0).sign().advice().firstStep(), before.advice().get(0).text());
    }

    @Test
    void aChronicLatePayerIsLetGoWhetherTheRestIsCalmOrSkipped() throws IOException {
        Assessment all = assess("05");
        Assessment only = assess("14");
        assertEquals(Verdict.Kind.FIRE, all.verdict().kind());
        assertEquals(all.verdict(), only.verdict());
        assertEquals(Stage.MOVE_ON, only.signs().get(2).stage());
        assertEquals(5, only.signs().stream().filter(r -> r.stage() == Stage.UNKNOWN).count());
    }

    @Test
    void anAbusiveClientIsLetGoWithTheExitPlannedAndNoWhatIf() throws IOException {
        Assessment a = assess("09");
        assertEquals(Assessment.Ground.DEALBREAKER, a.ground());
        assertTrue(a.reasons().get(0) instanceof Reason.Dealbreaker);
        assertTrue(a.whatIf().isEmpty(), "no answer makes insults acceptable");
        // Not "build that cushion before you give notice": no fee makes abuse acceptable.
        assertEquals(List.of("end-it-anyway"), a.caveats().stream().map(Assessment.AppliedCaveat::id).toList());
        assertTrue(a.caveats().get(0).text(Lang.EN).contains("End it all the same"));
        Assessment rude = SCORER.assess(a.answers().with("lack-of-respect.rudeness", "repeatedly"));
        assertEquals(List.of("plan-exit-carefully"), rude.caveats().stream().map(Assessment.AppliedCaveat::id).toList());
        assertTrue(a.verdict().advice() != null, "a let go says how to end it");
    }

    @Test
    void aClientWhoDoesNotListenIsLetGoAfterTheCurrentWorkIsFinished() throws IOException {
        Assessment a = assess("13");
        Assessment.SignAdvice s = a.advice().get(0);
        assertEquals("dont-listen", s.sign().id());
        assertEquals(Stage.MOVE_ON, s.stage());
        assertTrue(s.text().en().contains("Finish the current work"));
    }

    @Test
    void oneCalmSignIsNotEnoughToJudgeAndNamesWhatIsMissing() throws IOException {
        Assessment a = assess("15");
        assertEquals(Verdict.Kind.INSUFFICIENT, a.verdict().kind());
        assertEquals(-1, a.severity());
        Reason.Unjudged u = (Reason.Unjudged) a.reasons().get(0);
        assertEquals(1, u.judged());
        assertEquals(4, u.needed());
        assertEquals(5, u.signs().size());
        assertFalse(u.signs().stream().anyMatch(sg -> sg.id().equals("slow-to-pay")));
    }

    @Test
    void sixSignsOftenPresentAreLetGoThoughNoneIsAtItsWorst() throws IOException {
        Assessment a = assess("16");
        assertEquals(Verdict.Kind.FIRE, a.verdict().kind());
        assertTrue(a.signs().stream().allMatch(r -> r.stage().shows()), stages(a).toString());
        // With sign 6 calmer, the load of the signs that show still decides.
        Map<String, String> calmer = new LinkedHashMap<>(a.answers().values());
        calmer.put("lack-of-respect.rudeness", "never");
        calmer.put("lack-of-respect.feels-respected", "yes");
        Assessment load = SCORER.assess(new Answers("x", calmer));
        assertEquals(Assessment.Ground.LOAD, load.ground(), stages(load).toString());
        assertTrue(load.reasons().get(0) instanceof Reason.Load);
    }

    /** Each sign's advice in the report, as sign id and part, in the report's order. */
    private static List<String> advice(Assessment a) {
        return a.advice().stream().map(s -> s.sign().id() + " " + s.part()).toList();
    }

    private static String adviceText(Assessment a, String sign) {
        return a.advice().stream().filter(s -> s.sign().id().equals(sign)).findFirst().orElseThrow().text().en();
    }

    @Test
    void anAbusiveClientWhoWentSilentIsNotInvitedBack() throws IOException {
        Assessment a = assess("17");
        assertEquals(Assessment.Ground.DEALBREAKER, a.ground());
        assertEquals(Stage.MOVE_ON, stages(a).get("dont-respond"), "silent enough to move on by itself");
        // The silence alone would say "invite them back when ready"; after threats, only the ending holds.
        assertEquals(List.of("dont-respond ENDING", "lack-of-respect MOVE_ON"), advice(a));
        String ending = adviceText(a, "dont-respond");
        assertTrue(ending.contains("invoice the balance") && !ending.contains("get in touch"), ending);
        // Nor does "Why": it says why, and leaves what to do to the advice.
        assertFalse(a.signs().get(4).sign().reasons().moveOn().en().contains("come back"));
        // Without the threats, the same silence is its own reason to part, and the door stays open.
        Assessment silent = SCORER.assess(a.answers().with("lack-of-respect.rudeness", "never"));
        assertEquals(List.of("dont-respond MOVE_ON"), advice(silent));
        assertTrue(adviceText(silent, "dont-respond").contains("invoice for the balance"));
        assertEquals(Assessment.Door.OPEN, silent.door(), "How to end it and the letter invite the client back");
    }

    @Test
    void anAbusiveSlowPayerGetsOnlyTheFinalInvoiceNotSlack() throws IOException {
        Assessment a = assess("18");
        assertEquals(Assessment.Ground.DEALBREAKER, a.ground());
        assertEquals(List.of("lack-of-respect MOVE_ON", "slow-to-pay ENDING"), advice(a));
        String ending = adviceText(a, "slow-to-pay");
        assertTrue(ending.startsWith("Send the final invoice"), ending);
        assertFalse(ending.contains("slack"), "no room for a client who insults you");
        // Without the insults the slow payments are a first step again: recalibrate.
        Assessment polite = SCORER.assess(a.answers().with("lack-of-respect.rudeness", "never"));
        assertEquals(List.of("slow-to-pay FIRST_STEP"), advice(polite));
    }

    @Test
    void notFeelingRespectedClosesTheDoorAsADealbreakerDoes() throws IOException {
        Assessment a = assess("19");
        assertEquals(Assessment.Ground.MOVE_ON, a.ground());
        assertEquals(List.of("lack-of-respect MOVE_ON", "dont-respond ENDING"), advice(a));
        // Had the silence reached move on too, it would still not invite the client back.
        Assessment both = SCORER.assess(a.answers().with("dont-respond.hurry-wait", "always").with("dont-respond.missing-input", "always"));
        assertEquals(Stage.MOVE_ON, stages(both).get("dont-respond"));
        assertEquals(List.of("dont-respond ENDING", "lack-of-respect MOVE_ON"), advice(both));
    }

    @Test
    void aSilentClientWhoAlsoLacksRespectIsNotInvitedBack() throws IOException {
        Assessment a = assess("23");
        assertEquals(Assessment.Ground.MOVE_ON, a.ground());
        assertEquals(Stage.SHOWING, stages(a).get("lack-of-respect"));
        assertEquals(Assessment.Door.CLOSED_DISRESPECT, a.door());
        // The silence is the reason to part, and respect is lacking: no advice invites them back.
        assertEquals(List.of("dont-respond MOVE_ON", "lack-of-respect ENDING"), advice(a));
        assertFalse(adviceText(a, "dont-respond").contains("get in touch"));
        // The same silence with respect not lacking (scenario 12): its own move-on, the door open.
        Assessment respected = assess("12");
        assertEquals(Assessment.Door.OPEN, respected.door());
        assertEquals(List.of("dont-respond MOVE_ON"), advice(respected));
        assertEquals(Assessment.Door.CLOSED_DEALBREAKER, assess("17").door());
    }

    @Test
    void aLetGoOnOneSignGivesTheOthersWhatHelpsWhileWindingDown() throws IOException {
        Assessment a = assess("20");
        assertEquals(Assessment.Ground.MOVE_ON, a.ground());
        assertEquals(List.of("slow-to-pay MOVE_ON", "unreasonable-demands ENDING"), advice(a));
        assertTrue(adviceText(a, "unreasonable-demands").startsWith("Until the work is done"));
        // The load decides with no sign at move on: every sign gives its ending, none its first step.
        Assessment load = SCORER.assess(assess("16").answers()
                .with("lack-of-respect.rudeness", "never").with("lack-of-respect.feels-respected", "yes"));
        assertEquals(Assessment.Ground.LOAD, load.ground());
        assertTrue(load.advice().stream().allMatch(s -> s.part() == Sign.Advice.Part.ENDING), advice(load).toString());
    }
}
