package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The review, key by key: what it ends with is a typed choice. */
class ReviewScreenTest {
    private static final List<Prompter.ReviewItem> ITEMS = List.of(new Prompter.ReviewItem("a.b", "First question?", "Often"),
            new Prompter.ReviewItem("a.c", "Second question?", "skipped"));

    @Test
    void enterOnTheFirstRowConfirms() {
        ReviewScreen screen = new ReviewScreen("ACME", ITEMS, new ReviewChoice.Confirm(), Frames.EN);
        assertTrue(Frames.text(screen, Frames.WIDE).contains(" ❯ ✔ Confirm and show the verdict"));
        assertEquals(Optional.of(new ReviewChoice.Confirm()), screen.key(Key.ENTER, "\r"));
    }

    @Test
    void theItemJustChangedIsHighlightedAndTheArrowsStopAtTheEnds() {
        ReviewScreen screen = new ReviewScreen("ACME", ITEMS, new ReviewChoice.Change(1), Frames.EN);
        String shown = Frames.text(screen, Frames.WIDE);
        assertTrue(shown.contains(" ❯  2  skipped  Second question?"), shown);
        assertTrue(shown.contains("    1  Often    First question?"), shown);
        screen.key(Key.DOWN, "j");
        assertEquals(Optional.of(new ReviewChoice.Change(1)), screen.key(Key.ENTER, "\r"), "Down from the last answer stays there");
        ReviewScreen again = new ReviewScreen("ACME", ITEMS, new ReviewChoice.Confirm(), Frames.EN);
        again.key(Key.UP, "k");
        assertEquals(Optional.of(new ReviewChoice.Confirm()), again.key(Key.ENTER, "\r"), "Up from confirm stays on confirm");
    }

    private long now;

    /** 30 answers, "Answer 1" to "Answer 30". */
    private ReviewScreen thirty() {
        List<Prompter.ReviewItem> items = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new Prompter.ReviewItem("a.q" + i, "Question " + i + "?", "Answer " + i)).toList();
        return new ReviewScreen("ACME", items, new ReviewChoice.Confirm(), Frames.EN, () -> now);
    }

    @Test
    void digitsGoToAnAnswerAndTwoTypedQuicklyAreOneNumber() {
        ReviewScreen screen = thirty();
        now = 1_000;
        screen.key(Key.CHAR, "7");
        assertTrue(Frames.text(screen, Frames.WIDE).contains(" ❯  7  Answer 7 "), Frames.text(screen, Frames.WIDE));
        now += Digits.WINDOW_MS + 1;
        screen.key(Key.CHAR, "2");
        now += 100;
        screen.key(Key.CHAR, "4");
        assertEquals(Optional.of(new ReviewChoice.Change(23)), screen.key(Key.ENTER, "\r"), "2 then 4 is answer 24");
        now += Digits.WINDOW_MS + 1;
        screen.key(Key.CHAR, "0");
        String shown = Frames.text(screen, Frames.WIDE);
        assertTrue(shown.contains("not an answer: \"0\" (1-30)"), shown);
        assertTrue(shown.contains(" ❯ 24  Answer 24"), "a digit with no answer leaves the highlight: " + shown);
    }

    @Test
    void homeEndAndPagesMoveAndMarksSayWhatIsHidden() {
        ReviewScreen screen = thirty();
        Layout small = new Layout(16, 80, false);
        String top = Frames.text(screen, small);
        assertFalse(top.contains("↑ "), top);
        assertTrue(top.matches("(?s).*↓ \\d+ more.*"), top);
        screen.key(Key.END, "");
        String bottom = Frames.text(screen, small);
        assertTrue(bottom.contains(" ❯ 30  Answer 30"), bottom);
        assertTrue(bottom.matches("(?s).*↑ \\d+ more.*"), bottom);
        assertFalse(bottom.matches("(?s).*↓ \\d+ more.*"), bottom);
        screen.key(Key.DOWN, "");
        assertEquals(Optional.of(new ReviewChoice.Change(29)), screen.key(Key.ENTER, "\r"), "Down from the last row stays");
        screen.key(Key.PAGE_UP, "");
        String paged = Frames.text(screen, small);
        assertFalse(paged.contains("❯ 30"), paged);
        assertTrue(paged.matches("(?s).*↑ \\d+ more.*↓ \\d+ more.*"), "hidden rows above and below are both marked: " + paged);
        screen.key(Key.HOME, "");
        assertEquals(Optional.of(new ReviewChoice.Confirm()), screen.key(Key.ENTER, "\r"));
        screen.key(Key.PAGE_DOWN, "");
        assertTrue(Frames.text(screen, small).matches("(?s).*❯ +\\d+  Answer.*"), Frames.text(screen, small));
        assertTrue(Frames.text(screen, small).split("\n").length <= 16);
    }

    @Test
    void longAnswersAndQuestionsAreCutWithAnEllipsis() {
        List<Prompter.ReviewItem> items = List.of(new Prompter.ReviewItem("a.b", "Q".repeat(80), "A".repeat(40)));
        String shown = Frames.text(new ReviewScreen("ACME", items, new ReviewChoice.Change(0), Frames.EN), new Layout(24, 60, false));
        assertTrue(shown.contains(" ❯  1  " + "A".repeat(27) + "…  " + "Q".repeat(21) + "…"), shown);
    }

    /** The name is the review's first row after "confirm": Enter on it renames. */
    @Test
    void theClientsNameIsTheFirstRowAndCanBeChanged() {
        ReviewScreen screen = new ReviewScreen("ACME GmbH", ITEMS, new ReviewChoice.Confirm(), Frames.EN);
        String shown = Frames.text(screen, Frames.WIDE);
        assertTrue(shown.contains(" ❯ ✔ Confirm and show the verdict\n       ACME GmbH  Client's name\n    1  Often      First question?"), shown);
        screen.key(Key.DOWN, "j");
        assertTrue(Frames.text(screen, Frames.WIDE).contains(" ❯     ACME GmbH  Client's name"), Frames.text(screen, Frames.WIDE));
        assertEquals(Optional.of(new ReviewChoice.Rename()), screen.key(Key.ENTER, "\r"));
        ReviewScreen back = new ReviewScreen("ACME GmbH", ITEMS, new ReviewChoice.Rename(), Frames.EN);
        assertEquals(Optional.of(new ReviewChoice.Rename()), back.key(Key.ENTER, "\r"), "after a rename the name row is highlighted");
    }

    /** At 40 columns the answers give way, so that the questions keep 21 columns. */
    @Test
    void aNarrowWindowSharesTheWidthBetweenAnswerAndQuestion() {
        List<Prompter.ReviewItem> items = List.of(new Prompter.ReviewItem("a.b", "How often does the client call?",
                "They treat it as a cost to squeeze"));
        String shown = Frames.text(new ReviewScreen("Müller & Söhne", items, new ReviewChoice.Confirm(), Frames.EN), new Layout(24, 40, false));
        assertTrue(shown.contains("\n    1  They tre…  How often does the c…\n"), shown);
        assertTrue(shown.contains("\n       Müller &…  Client's name\n"), shown);
    }
}
