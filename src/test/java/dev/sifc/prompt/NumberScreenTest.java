package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Answers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The number prompt, key by key. */
class NumberScreenTest {
    private static Optional<Response> type(NumberScreen screen, String text) {
        Optional<Response> last = Optional.empty();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            last = screen.key(c == '\r' ? Key.ENTER : c == '\177' ? Key.BACKSPACE : Key.CHAR, String.valueOf(c));
        }
        return last;
    }

    @Test
    void anAnswerOutOfRangeIsShownAndAskedAgain() {
        NumberScreen screen = new NumberScreen(Frames.view("slow-to-pay.reminders", null, false), Frames.EN);
        assertEquals(Optional.empty(), type(screen, "77\r"));
        String shown = Frames.text(screen, Frames.WIDE);
        assertTrue(shown.contains(" ❯ 77▏  0 to 50 reminders"), shown);
        assertTrue(shown.contains("expected a number from 0 to 50"), shown);
        assertEquals(Optional.of(new Response.Answered("12")), type(screen, "\177\17712\r"));
    }

    @Test
    void thePreviousAnswerIsTheStartAndEmptySkips() {
        NumberScreen screen = new NumberScreen(Frames.view("slow-to-pay.reminders", "3", false), Frames.EN);
        assertTrue(Frames.text(screen, Frames.WIDE).contains(" ❯ 3▏"));
        assertEquals(Optional.of(new Response.Skipped()), type(screen, "\177\r"));
    }

    /** A number skipped before shows the skip as its current answer: Enter keeps it, a typed number replaces it. */
    @Test
    void enterOnANumberSkippedBeforeKeepsTheSkip() {
        NumberScreen kept = new NumberScreen(Frames.view("slow-to-pay.reminders", Answers.SKIP, false), Frames.EN);
        assertTrue(Frames.text(kept, Frames.WIDE).contains(" ❯ ▏  0 to 50 reminders  (skipped)"), Frames.text(kept, Frames.WIDE));
        assertEquals(Optional.of(new Response.Skipped()), type(kept, "\r"));
        NumberScreen changed = new NumberScreen(Frames.view("slow-to-pay.reminders", Answers.SKIP, false), Frames.EN);
        assertEquals(Optional.of(new Response.Answered("4")), type(changed, "4\r"));
    }

    @Test
    void backLeavesAQuestionThatIsNotTheFirst() {
        NumberScreen screen = new NumberScreen(Frames.view("slow-to-pay.reminders", null, false), Frames.EN);
        assertEquals(Optional.of(new Response.Back()), screen.key(Key.BACK, "b"));
    }
}
