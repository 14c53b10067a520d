package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where to start: the first option is highlighted, arrows and digits move, Enter picks. */
class StartScreenTest {
    private static final Prompter.StartView VIEW = new Prompter.StartView("Title", List.of("Re-check of ACME GmbH."),
            List.of("Continue your draft", "Start from last time's answers", "Start afresh"));

    @Test
    void theFirstOptionIsHighlightedAndEnterPicksIt() {
        StartScreen screen = new StartScreen(VIEW, "keys", Frames.EN);
        String shown = Frames.text(screen, Frames.WIDE);
        assertTrue(shown.contains("Re-check of ACME GmbH.\n\n ❯ 1  Continue your draft\n   2  Start from last time's answers\n"), shown);
        assertEquals(Optional.of(0), screen.key(Key.ENTER, "\r"));
    }

    @Test
    void arrowsWrapAndDigitsJump() {
        StartScreen screen = new StartScreen(VIEW, "keys", Frames.EN);
        screen.key(Key.UP, "k");
        assertTrue(Frames.text(screen, Frames.WIDE).contains(" ❯ 3  Start afresh"));
        screen.key(Key.CHAR, "2");
        screen.key(Key.CHAR, "9"); // no such option: stays
        assertEquals(Optional.of(1), screen.key(Key.ENTER, "\r"));
    }
}
