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

    /**
     * Offers where to start a named client's interview (a draft, the last answers, afresh); returns
     * the index of the option picked.
     */
    int start(StartView view);

    /** Asks one question until it gets an answer, a skip or a step back. */
    Response ask(QuestionView view);

    /**
     * Shows the client's name and every answer; returns the one to change (or the name), or confirm.
     *
     * @param client the name as shown in the name row ("–" when there is none)
     * @param highlight what to highlight first: the item just changed, or "confirm"
     */
    ReviewChoice review(String client, List<ReviewItem> items, ReviewChoice highlight);

    /** Leaves the screen usable: restores the terminal, clears what the prompter drew. */
    @Override
    void close();

    /**
     * The intro screen. {@code lines} are paragraphs.
     *
     * @param name the name typed so far, shown for editing when {@code askClient} (empty for none)
     */
    record IntroView(String title, List<String> lines, boolean askClient, String name, boolean rename) {
        public IntroView {
            lines = List.copyOf(lines);
            name = name == null ? "" : name;
        }

        public IntroView(String title, List<String> lines, boolean askClient) {
            this(title, lines, askClient, "", false);
        }

        /** The name screen again, to correct the client's name ({@code name}, "" for none): Enter goes on, not "starts". */
        public static IntroView rename(String title, List<String> lines, String name) {
            return new IntroView(title, lines, true, name, true);
        }
    }

    /** The choice of where to start: paragraphs, then the options, the first one highlighted. */
    record StartView(String title, List<String> lines, List<String> options) {
        public StartView {
            lines = List.copyOf(lines);
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs options");
            }
        }
    }

    /** One line of the review screen. */
    record ReviewItem(String id, String question, String answer) {}
}
