package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.ModelException;
import dev.sifc.core.Question;
import dev.sifc.text.Messages;
import java.util.ArrayList;
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

    /**
     * The option the highlight starts on: the current answer if there is one, else the calmest
     * option (fewest points), so that a quick Enter never records the harshest answer.
     */
    public int currentOption() {
        int calmest = 0;
        String calm = question.options().isEmpty() ? null : question.calmest();
        for (int i = 0; i < question.options().size(); i++) {
            String value = question.options().get(i).value();
            if (value.equals(current)) {
                return i;
            }
            if (value.equals(calm)) {
                calmest = i;
            }
        }
        return calmest;
    }

    /**
     * What is wrong with a typed answer, worded for the interview: the problem names the question
     * as the user reads it, never by its id.
     */
    public String problem(Messages messages, ModelException e) {
        Diagnostic d = e.at(null);
        List<String> args = new ArrayList<>(d.args());
        if (!args.isEmpty() && args.get(0).equals(question.id())) {
            args.set(0, messages.get("prompt.question.named", text));
        }
        return messages.format(new Diagnostic(d.kind(), null, d.key(), args));
    }

    /** Whether the question was skipped before (the user came back to it). */
    public boolean skipped() {
        return Answers.SKIP.equals(current);
    }
}
