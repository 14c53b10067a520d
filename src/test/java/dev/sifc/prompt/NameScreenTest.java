package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Answers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The intro's name prompt, key by key. */
class NameScreenTest {
    private static final Prompter.IntroView ASK = new Prompter.IntroView("Title", List.of("Body"), true);

    @Test
    void aNameIsTypedPastedAndCappedAtWhatTheHistoryKeeps() {
        NameScreen screen = new NameScreen(ASK, Frames.EN);
        screen.key(Key.CHAR, "A");
        screen.key(Key.PASTE, "CME " + "x".repeat(Answers.MAX_CLIENT_LENGTH));
        screen.key(Key.CHAR, "y");
        assertEquals(Optional.of("ACME " + "x".repeat(Answers.MAX_CLIENT_LENGTH - 5)), screen.key(Key.ENTER, "\r"));
    }

    @Test
    void backspaceRemovesAWholeCharacter() {
        NameScreen screen = new NameScreen(ASK, Frames.EN);
        screen.key(Key.PASTE, "Ä😀");
        screen.key(Key.BACKSPACE, "\177");
        assertTrue(Frames.text(screen, Frames.WIDE).contains("Client's name (optional; kept in your history): Ä▏"));
        assertEquals(Optional.of("Ä"), screen.key(Key.ENTER, "\r"));
    }

    @Test
    void withoutTheQuestionTypingIsIgnored() {
        NameScreen screen = new NameScreen(new Prompter.IntroView("Title", List.of("Body"), false), Frames.EN);
        assertEquals(KeyMaps.Kind.LIST, screen.keys());
        screen.key(Key.CHAR, "1");
        assertEquals(Optional.of(""), screen.key(Key.ENTER, "\r"));
        assertTrue(Frames.text(screen, Frames.WIDE).endsWith(" Press Enter to start."));
    }

    /** Correcting the name (b at the first question, or the review's name row) goes on with Enter, it does not "start". */
    @Test
    void correctingTheNameSaysEnterGoesOn() {
        NameScreen screen = new NameScreen(Prompter.IntroView.rename("Title", List.of("Correct it"), "ACME"), Frames.EN);
        String frame = Frames.text(screen, Frames.WIDE);
        assertTrue(frame.endsWith(" Press Enter to go on."), frame);
        assertTrue(frame.contains("ACME▏"), frame);
        screen.key(Key.BACKSPACE, "\177");
        assertEquals(Optional.of("ACM"), screen.key(Key.ENTER, "\r"));
    }
}
