package dev.sifc.prompt;

import dev.sifc.core.Question;
import java.util.List;

/**
 * One question, with every text already in the user's language.
 *
 * @param header the section, e.g. "Sign 2 of 6: They want everything for nothing"
 * @param progress e.g. "Question 5 of 24"
 * @param position the question's 1-based place among all questions
 * @param count how many questions there are
 * @param options the option labels of choice and yes-no questions, in order (empty for numbers)
 * @param numberHint the range and unit of a number question, e.g. "0 to 50 reminders"
 * @param current the question's answer so far (a canonical value), or null
 * @param first whether there is no question to go back to
 */
public record QuestionView(Question question, String client, String header, String progress, int position, int count,
        String text, String help,
        List<String> options, String numberHint, String current, boolean first) {
    public QuestionView {
        options = List.copyOf(options);
    }

    /** Index of the current answer among the options, or 0. */
    public int currentOption() {
        if (current == null) {
            return 0;
        }
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).value().equals(current)) {
                return i;
            }
        }
        return 0;
    }
}
