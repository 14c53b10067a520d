package dev.sifc.prompt;

import java.util.List;
import java.util.Optional;

/**
 * What the interview needs from a screen. Implementations: {@link TerminalPrompter} (arrow keys, JLine)
 * and {@link PlainPrompter} (one line per answer). Tests script their own.
 *
 * <p>Every method may throw {@link PromptInterrupted} when the user presses Ctrl-C or Ctrl-D, or the
 * input ends.
 */
public interface Prompter extends AutoCloseable {
    /** Shows what the tool does; returns the client's name when {@code view.askClient()} and one was typed. */
    Optional<String> intro(IntroView view);

    /** Asks one question until it gets an answer, a skip or a step back. */
    Response ask(QuestionView view);

    /**
     * Shows every answer; returns the one to change, or confirm.
     *
     * @param highlight what to highlight first: the item just changed, or "confirm"
     */
    ReviewChoice review(List<ReviewItem> items, ReviewChoice highlight);

    /** Leaves the screen usable: restores the terminal, clears what the prompter drew. */
    @Override
    void close();

    /** The intro screen. {@code lines} are paragraphs. */
    record IntroView(String title, List<String> lines, boolean askClient) {
        public IntroView {
            lines = List.copyOf(lines);
        }
    }

    /** One line of the review screen. */
    record ReviewItem(String id, String question, String answer) {}
}
