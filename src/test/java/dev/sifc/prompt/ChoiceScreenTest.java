package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Answers;
import dev.sifc.core.Choice;
import dev.sifc.core.Lang;
import dev.sifc.core.LocalText;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The list of options, driven key by key on a clock the test sets: no terminal, no waiting. */
class ChoiceScreenTest {
    private long now;

    /** A choice question with 15 options, o1 to o15, shown as "Option 1" to "Option 15". */
    private ChoiceScreen fifteen() {
        return fifteen(null);
    }

    /** A question of fifteen options whose answer so far is {@code current} (an option's id, a skip, or null). */
    private ChoiceScreen fifteen(String current) {
        List<Choice> options = IntStream.rangeClosed(1, 15)
                .mapToObj(i -> new Choice("o" + i, new LocalText("Option " + i, "Option " + i), 0, false)).toList();
        Question q = new Question("sign.many", QuestionType.CHOICE, new LocalText("Which?", "Welche?"),
                new LocalText("", ""), Question.Role.SYMPTOM, false, options, null, null, null, List.of());
        QuestionView view = new QuestionView(q, null, "Sign 1 of 1: Many", "Question 1 of 1", 1, 1, "Which?", "",
                options.stream().map(o -> o.label().en()).toList(), null, current, true);
        return new ChoiceScreen(view, Frames.EN, () -> now);
    }

    private Optional<Response> type(ChoiceScreen screen, String digit, long at) {
        now = at;
        return screen.key(Key.CHAR, digit);
    }

    @Test
    void twoDigitsTypedQuicklyPickOneNumber() {
        ChoiceScreen screen = fifteen();
        type(screen, "1", 1_000);
        assertEquals(0, screen.highlight(), "the first digit picks its option at once");
        type(screen, "2", 1_000 + ChoiceScreen.DIGIT_WINDOW_MS - 1);
        assertEquals(11, screen.highlight(), "1 then 2 is 12");
        assertEquals(Optional.of(new Response.Answered("o12")), screen.key(Key.ENTER, "\r"));
    }

    @Test
    void twoDigitsTypedSlowlyAreTwoPicks() {
        ChoiceScreen screen = fifteen();
        type(screen, "1", 1_000);
        type(screen, "2", 1_000 + ChoiceScreen.DIGIT_WINDOW_MS);
        assertEquals(1, screen.highlight(), "the window is over: 2 alone");
    }

    @Test
    void aNumberPastTheListIsTheSecondDigitAlone() {
        ChoiceScreen screen = fifteen();
        type(screen, "1", 0);
        type(screen, "6", 10);
        assertEquals(5, screen.highlight(), "16 > 15: option 6");
        type(screen, "1", 20);
        assertEquals(0, screen.highlight(), "6 then 1 is 61, past the list: option 1");
        type(screen, "1", 30);
        assertEquals(10, screen.highlight(), "a third digit starts anew with the second: 11");
    }

    @Test
    void aDigitWithNoOptionIsNotedUntilTheNextKey() {
        ChoiceScreen screen = fifteen();
        type(screen, "0", 0);
        assertTrue(Frames.text(screen, Frames.WIDE).contains("not an answer: \"0\""));
        screen.key(Key.DOWN, "j");
        assertFalse(Frames.text(screen, Frames.WIDE).contains("not an answer"));
        assertEquals(1, screen.highlight());
    }

    @Test
    void theHighlightWrapsAroundAndALongListPages() {
        ChoiceScreen screen = fifteen();
        screen.key(Key.UP, "k");
        assertEquals(14, screen.highlight());
        String bottom = Frames.text(screen, new Layout(16, 60, false));
        assertTrue(bottom.contains(" ❯ 15  Option 15"), bottom);
        assertTrue(bottom.contains("   ↑"), bottom);
        assertFalse(bottom.contains("Option 1\n"), bottom);
        screen.key(Key.DOWN, "j");
        String top = Frames.text(screen, new Layout(16, 60, false));
        assertTrue(top.contains(" ❯  1  Option 1\n"), top);
        assertTrue(top.contains("   ↓"), top);
    }

    @Test
    void helpTogglesAndTheFirstQuestionCannotGoBack() {
        QuestionView view = Frames.view("unreasonable-demands.after-hours", null, true);
        ChoiceScreen screen = new ChoiceScreen(view, Frames.EN, () -> 0);
        screen.key(Key.HELP, "?");
        assertTrue(Frames.text(screen, Frames.WIDE).contains("Help: Think of the 11 pm call"));
        assertEquals(Optional.empty(), screen.key(Key.BACK, "b"));
        String shown = Frames.text(screen, Frames.WIDE);
        assertTrue(shown.contains("This is the first question; there is nothing to go back to."), shown);
        screen.key(Key.HELP, "?");
        assertFalse(Frames.text(screen, Frames.WIDE).contains("Help:"));
        assertEquals(Optional.of(new Response.Skipped()), screen.key(Key.SKIP, "s"));
    }

    @Test
    void yesAndNoLettersAnswerAYesNoQuestionAtOnce() {
        QuestionView view = Frames.view("everything-for-nothing.price-pressure", null, false);
        ChoiceScreen screen = new ChoiceScreen(view, Frames.EN, () -> 0);
        assertEquals(KeyMaps.Kind.YES_NO, screen.keys(), "j is \"ja\" here, so j/k are not bound to moving");
        assertEquals(Optional.of(new Response.Answered("yes")), screen.key(Key.YES, "j"));
        assertEquals(Optional.of(new Response.Answered("no")), screen.key(Key.NO, "n"));
        assertTrue(Frames.text(screen, Frames.WIDE).contains("y yes · n no · ↑/↓ move"), Frames.text(screen, Frames.WIDE));
        screen.key(Key.HELP, "?");
        assertTrue(Frames.text(screen, Frames.WIDE).contains("On yes-no questions j and k do not move."), Frames.text(screen, Frames.WIDE));
        ChoiceScreen german = new ChoiceScreen(view, new Messages(Lang.DE), () -> 0);
        assertTrue(Frames.text(german, Frames.WIDE).contains("j ja · n nein · ↑/↓ bewegen"), Frames.text(german, Frames.WIDE));
        ChoiceScreen list = new ChoiceScreen(Frames.view("unreasonable-demands.after-hours", null, false), Frames.EN, () -> 0);
        assertEquals(KeyMaps.Kind.LIST, list.keys());
        assertEquals(Optional.empty(), list.key(Key.YES, "y"), "a letter for yes answers no other question");
    }

    /** Every question of questions.yaml, in both languages: a quick Enter records a calmest answer, never the harshest. */
    @Test
    void noQuestionStartsOnItsHarshestAnswer() throws IOException {
        Questionnaire questionnaire = QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
        int checked = 0;
        for (Question q : questionnaire.questions()) {
            if (q.type() == QuestionType.NUMBER) {
                NumberScreen number = new NumberScreen(Frames.view(q.id(), null, false), Frames.EN);
                assertEquals(Optional.of(new Response.Skipped()), number.key(Key.ENTER, "\r"), q.id() + ": Enter on nothing typed skips");
                continue;
            }
            ChoiceScreen screen = new ChoiceScreen(Frames.view(q.id(), null, false), Frames.EN, () -> 0);
            String value = ((Response.Answered) screen.key(Key.ENTER, "\r").orElseThrow()).value();
            assertEquals(q.calmest(), value, q.id());
            int most = q.options().stream().mapToInt(Choice::points).max().orElseThrow();
            int least = q.options().stream().mapToInt(Choice::points).min().orElseThrow();
            if (most > least) {
                assertEquals(least, q.points(value), q.id() + " starts on a calmest answer");
            }
            if (q.type() == QuestionType.YES_NO) {
                assertEquals(q.role() == Question.Role.FIRST_STEP || q.points("no") <= q.points("yes") ? "no" : "yes", value, q.id());
            }
            checked++;
        }
        assertTrue(checked > 15, "the questionnaire has its choice and yes-no questions: " + checked);
        QuestionView answered = Frames.view("everything-for-nothing.price-pressure", "yes", false);
        assertEquals(0, new ChoiceScreen(answered, Frames.EN, () -> 0).highlight(), "the current answer comes first, even a harsh one");
    }

    @Test
    void aDigitPastTheListSaysTheRange() {
        ChoiceScreen screen = new ChoiceScreen(Frames.view("unreasonable-demands.after-hours", null, false), Frames.EN, () -> 0);
        screen.key(Key.CHAR, "9");
        assertTrue(Frames.text(screen, Frames.WIDE).contains("not an answer: \"9\" (1-5)"), Frames.text(screen, Frames.WIDE));
    }

    @Test
    void aSkippedQuestionSaysSoWhenComeBackTo() {
        ChoiceScreen choice = new ChoiceScreen(Frames.view("unreasonable-demands.after-hours", Answers.SKIP, false), Frames.EN, () -> 0);
        assertTrue(Frames.text(choice, Frames.WIDE).contains(" ❯     skipped  (current answer)\n    1  Never\n"),
                Frames.text(choice, Frames.WIDE));
        NumberScreen number = new NumberScreen(Frames.view("slow-to-pay.reminders", Answers.SKIP, false), Frames.EN);
        assertTrue(Frames.text(number, Frames.WIDE).contains("0 to 50 reminders  (skipped)"), Frames.text(number, Frames.WIDE));
        ChoiceScreen fresh = new ChoiceScreen(Frames.view("unreasonable-demands.after-hours", null, false), Frames.EN, () -> 0);
        assertFalse(Frames.text(fresh, Frames.WIDE).contains("skipped"));
        assertTrue(Frames.text(fresh, Frames.WIDE).contains(" ❯  1  Never\n"), Frames.text(fresh, Frames.WIDE));
    }

    /** Enter keeps the current answer, a skip too: the skip is not turned into the first option. */
    @Test
    void enterOnAQuestionSkippedBeforeKeepsTheSkip() {
        for (String id : List.of("unreasonable-demands.after-hours", "everything-for-nothing.price-pressure")) {
            ChoiceScreen screen = new ChoiceScreen(Frames.view(id, Answers.SKIP, false), Frames.EN, () -> 0);
            assertEquals(ChoiceScreen.SKIPPED_ROW, screen.highlight(), id);
            assertEquals(Optional.of(new Response.Skipped()), screen.key(Key.ENTER, "\r"), id);
        }
        ChoiceScreen screen = new ChoiceScreen(Frames.view("unreasonable-demands.after-hours", Answers.SKIP, false), Frames.EN, () -> 0);
        screen.key(Key.DOWN, "j");
        String moved = Frames.text(screen, Frames.WIDE);
        assertTrue(moved.contains("       skipped  (current answer)\n ❯  1  Never\n"), moved);
        screen.key(Key.UP, "k");
        assertEquals(ChoiceScreen.SKIPPED_ROW, screen.highlight(), "back up onto the skip");
        screen.key(Key.UP, "k");
        assertEquals(4, screen.highlight(), "up from the skip wraps to the last option");
        screen.key(Key.DOWN, "j");
        assertEquals(ChoiceScreen.SKIPPED_ROW, screen.highlight(), "down from the last option wraps to the skip");
        screen.key(Key.END, "");
        screen.key(Key.HOME, "");
        assertEquals(ChoiceScreen.SKIPPED_ROW, screen.highlight(), "Home goes to the first row, the skip");
        screen.key(Key.CHAR, "2");
        assertEquals(Optional.of(new Response.Answered("rarely")), screen.key(Key.ENTER, "\r"), "a digit still picks its option");
        ChoiceScreen yesNo = new ChoiceScreen(Frames.view("everything-for-nothing.price-pressure", Answers.SKIP, false), Frames.EN, () -> 0);
        assertEquals(Optional.of(new Response.Answered("yes")), yesNo.key(Key.YES, "y"), "y still answers yes at once");
        ChoiceScreen german = new ChoiceScreen(Frames.view("unreasonable-demands.after-hours", Answers.SKIP, false,
                new Messages(Lang.DE)), new Messages(Lang.DE), () -> 0);
        assertTrue(Frames.text(german, Frames.WIDE).contains(" ❯     übersprungen  (bisherige Antwort)\n"), Frames.text(german, Frames.WIDE));
    }

    /** A skipped question with a long list on a small screen: the skip row stays in view above the paged options. */
    @Test
    void theSkipRowStaysAboveAPagedList() {
        ChoiceScreen screen = fifteen(Answers.SKIP);
        String top = Frames.text(screen, new Layout(16, 60, false));
        assertTrue(top.contains(" ❯     skipped  (current answer)\n"), top);
        assertTrue(top.contains("    1  Option 1\n"), top);
        assertTrue(top.contains("   ↓"), top);
        screen.key(Key.END, "");
        String bottom = Frames.text(screen, new Layout(16, 60, false));
        assertTrue(bottom.contains("       skipped  (current answer)\n"), bottom);
        assertTrue(bottom.contains(" ❯ 15  Option 15"), bottom);
        assertEquals(Optional.of(new Response.Answered("o15")), screen.key(Key.ENTER, "\r"));
    }

    @Test
    void theProgressBarIsFullOnlyAfterTheLastQuestion() throws IOException {
        assertEquals("▱▱▱▱▱▱▱▱▱▱", Layout.progressBar(0, 24), "question 1: nothing done yet");
        assertEquals("▰▰▰▰▰▰▰▰▰▱", Layout.progressBar(23, 24), "question 24 of 24: 23 done");
        assertEquals("▰▰▰▰▰▰▰▰▰▰", Layout.progressBar(24, 24));
        List<Question> all = QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml"))).questions();
        QuestionView last = Frames.view(all.get(all.size() - 1).id(), null, false);
        String shown = Frames.text(QuestionScreen.of(last, Frames.EN, () -> 0), Frames.WIDE);
        assertTrue(shown.contains("Question " + all.size() + " of " + all.size()), shown);
        assertFalse(shown.contains("▰▰▰▰▰▰▰▰▰▰"), shown);
    }
}
