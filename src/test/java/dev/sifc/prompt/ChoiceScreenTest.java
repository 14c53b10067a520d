package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Choice;
import dev.sifc.core.LocalText;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The list of options, driven key by key on a clock the test sets: no terminal, no waiting. */
class ChoiceScreenTest {
    private long now;

    /** A choice question with 15 options, o1 to o15, shown as "Option 1" to "Option 15". */
    private ChoiceScreen fifteen() {
        List<Choice> options = IntStream.rangeClosed(1, 15)
                .mapToObj(i -> new Choice("o" + i, new LocalText("Option " + i, "Option " + i), 0, false)).toList();
        Question q = new Question("sign.many", QuestionType.CHOICE, new LocalText("Which?", "Welche?"),
                new LocalText("", ""), Question.Role.SYMPTOM, false, options, null, null, null, List.of());
        QuestionView view = new QuestionView(q, null, "Sign 1 of 1: Many", "Question 1 of 1", 1, 1, "Which?", "",
                options.stream().map(o -> o.label().en()).toList(), null, null, true);
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
}
