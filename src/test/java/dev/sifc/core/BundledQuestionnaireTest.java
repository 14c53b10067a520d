package dev.sifc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.load.QuestionnaireLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled questionnaire is complete, bilingual and covers every symptom the article names. */
class BundledQuestionnaireTest {
    static Questionnaire q;

    @BeforeAll
    static void load() throws IOException {
        q = QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
    }

    @Test
    void hasTheSixSignsOfTheArticleInOrder() {
        assertEquals(List.of("unreasonable-demands", "everything-for-nothing", "slow-to-pay", "dont-listen", "dont-respond",
                "lack-of-respect"), q.signs().stream().map(Sign::id).toList());
        for (Sign s : q.signs()) {
            assertTrue(s.questions().size() >= 3 && s.questions().size() <= 5, s.id() + " has 3-5 questions");
        }
        assertEquals(List.of("context.strain", "context.income-share", "context.reserve-months"),
                q.context().stream().map(Question::id).toList());
    }

    /** Symptom (from the article) to the question that asks about it. */
    @Test
    void everySymptomTheArticleNamesHasAQuestion() {
        Map<String, String> symptoms = Map.ofEntries(
                Map.entry("contact at unreasonable hours", "unreasonable-demands.after-hours"),
                Map.entry("treated like an employee", "unreasonable-demands.like-employee"),
                Map.entry("last-minute rescues", "unreasonable-demands.last-minute"),
                Map.entry("boundaries ignored", "unreasonable-demands.boundaries"),
                Map.entry("price pressure from the start", "everything-for-nothing.price-pressure"),
                Map.entry("grumbling about invoices", "everything-for-nothing.invoice-grumbling"),
                Map.entry("extra work outside the agreement", "everything-for-nothing.extra-work"),
                Map.entry("not valuing professional work", "everything-for-nothing.values-work"),
                Map.entry("late payments", "slow-to-pay.late-invoices"),
                Map.entry("many reminders", "slow-to-pay.reminders"),
                Map.entry("time chasing payments", "slow-to-pay.chasing-hours"),
                Map.entry("worry, distrust of promises", "slow-to-pay.payment-worry"),
                Map.entry("advice not followed", "dont-listen.ignores-advice"),
                Map.entry("thinks they know better", "dont-listen.knows-better"),
                Map.entry("reworks without acknowledgement", "dont-listen.reworks"),
                Map.entry("ignores advice then expects a fix", "dont-listen.blame-fix"),
                Map.entry("hires and disappears", "dont-respond.disappears"),
                Map.entry("missing information, approvals, input", "dont-respond.missing-input"),
                Map.entry("hurry up and wait", "dont-respond.hurry-wait"),
                Map.entry("missed or last-minute cancelled meetings", "lack-of-respect.missed-meetings"),
                Map.entry("frequent rescheduling", "lack-of-respect.reschedules"),
                Map.entry("rudeness to you or staff", "lack-of-respect.rudeness"));
        symptoms.forEach((symptom, id) -> assertTrue(q.question(id).isPresent(), symptom + ": " + id));
        assertTrue(q.question("lack-of-respect.rudeness").orElseThrow().option("abusive").orElseThrow().dealbreaker());
    }

    @Test
    void everyTextExistsInBothLanguagesAndIsTranslated() {
        List<LocalText> texts = new ArrayList<>(List.of(q.title(), q.contextTitle(), q.source().note()));
        for (Sign s : q.signs()) {
            texts.addAll(List.of(s.title(), s.explanation(), s.advice().firstStep(), s.advice().moveOn(),
                    s.advice().ending(), s.reasons().showing(), s.reasons().moveOn()));
            if (s.reasons().afterFirstStep() != null) {
                texts.add(s.reasons().afterFirstStep());
            }
        }
        for (Question question : q.questions()) {
            texts.addAll(List.of(question.text(), question.help()));
            question.options().forEach(o -> texts.add(o.label()));
        }
        q.caveats().forEach(c -> texts.add(c.text()));
        q.verdicts().forEach(v -> texts.add(v.title()));
        q.verdicts().stream().filter(v -> v.advice() != null).forEach(v -> texts.add(v.advice()));
        for (LocalText t : texts) {
            assertTrue(!t.en().isBlank() && !t.de().isBlank(), t.toString());
            if (t.en().length() > 4) {
                assertNotEquals(t.en(), t.de(), "translated: " + t.en());
            }
        }
    }

    /** The first steps the article names, one question each, and the feeling of respect it treats as decisive. */
    @Test
    void everyFirstStepTheArticleNamesHasAQuestion() {
        Map<String, String> firstSteps = Map.of(
                "unreasonable-demands", "unreasonable-demands.told-hours",
                "everything-for-nothing", "everything-for-nothing.scope-stated",
                "dont-listen", "dont-listen.said-view",
                "dont-respond", "dont-respond.asked-contact",
                "lack-of-respect", "lack-of-respect.bills-cancellations");
        for (Sign s : q.signs()) {
            assertEquals(firstSteps.get(s.id()), s.firstStep().map(Question::id).orElse(null), s.id());
        }
        Question respected = q.question("lack-of-respect.feels-respected").orElseThrow();
        assertEquals(q.signs().get(5).moveOnAt(), respected.points("no"), "not feeling respected is reason enough");
        assertEquals(Question.Role.STRAIN, q.question("context.strain").orElseThrow().role());
    }

    /**
     * What a sign says while the client is let go on other grounds, and what the sign that closes the
     * door says at move on, may never invite the client back: the article gives an abusive or
     * disrespectful client no open door.
     */
    @Test
    void noAdviceForEndingOpensTheDoor() {
        List<LocalText> closing = new ArrayList<>();
        for (Sign s : q.signs()) {
            assertNotNull(s.advice().ending(), s.id() + ": every bundled sign says what helps while ending");
            closing.add(s.advice().ending());
            if (s.closesDoor()) {
                closing.add(s.advice().moveOn());
            }
        }
        assertEquals(List.of("lack-of-respect"), q.signs().stream().filter(Sign::closesDoor).map(Sign::id).toList());
        for (LocalText t : closing) {
            for (String open : List.of("get in touch", "come back", "door", "ready", "invite")) {
                assertFalse(t.en().toLowerCase(Locale.ROOT).contains(open), open + " in: " + t.en());
            }
            for (String open : List.of("wieder", "Tür", "melden", "so weit", "einladen", "lade ")) {
                assertFalse(t.de().contains(open), open + " in: " + t.de());
            }
        }
        // Nor does any move-on advice: whether the door stays open is "How to end it"'s to say
        // (Assessment.door), by the rule the ending letter follows too.
        for (Sign s : q.signs()) {
            assertFalse(s.advice().moveOn().en().contains("get in touch"), s.advice().moveOn().en());
            assertFalse(s.advice().moveOn().de().contains("sich wieder zu melden,"), s.advice().moveOn().de());
        }
    }

    /** German sign titles share one form, and the tool's own German uses the agreed words. */
    @Test
    void germanTitlesShareOneFormAndAvoidTheReviewedMistakes() throws IOException {
        for (Sign s : q.signs()) {
            assertFalse(s.title().de().startsWith("Sie "), s.title().de());
        }
        String yaml = Files.readString(Path.of("questions.yaml"));
        for (String wrong : List.of("Mahnung", "Neujustier", "neu justier", "Beeil dich und warte", "Er testet sie",
                "auf deinen Preis gedrückt", "Cashflow", "kostet dein Geschäft", "Ja, beleidigend", "decken {reserve-months} der")) {
            assertFalse(yaml.contains(wrong), wrong);
        }
    }

    @Test
    void creditsTheSource() throws IOException {
        assertEquals("Mehr Probleme als sie wert sind? 6 gültige Gründe, einen Client auszulösen", q.source().title());
        assertEquals("HowToMintMoney.com", q.source().publisher());
        assertTrue(Files.readString(Path.of("questions.yaml")).startsWith("# should-i-fire-client: the bundled questionnaire."));
    }

    @Test
    void theJarBundlesTheSameFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/sifc/questions.yaml")) {
            assertEquals(Files.readString(Path.of("questions.yaml")), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
