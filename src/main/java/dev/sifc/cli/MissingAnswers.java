package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers without an answer to every question: which ones, said briefly, and made whole for scoring. */
final class MissingAnswers {
    private MissingAnswers() {}

    /** The ids of the questions {@code given} does not answer, in questionnaire order. */
    static List<String> ids(Questionnaire questionnaire, Answers given) {
        return questionnaire.unanswered(given).stream().map(Question::id).toList();
    }

    /** Every question in questionnaire order, "skip" for those {@code given} does not answer, as {@code client}. */
    static Answers skipped(Questionnaire questionnaire, Answers given, String client) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            values.put(q.id(), given.values().getOrDefault(q.id(), Answers.SKIP));
        }
        return new Answers(client, values);
    }

    /** The first six ids, and how many more there are. */
    static String abbreviate(List<String> ids) {
        int shown = Math.min(ids.size(), 6);
        String list = String.join(", ", ids.subList(0, shown));
        return ids.size() > shown ? list + " (+" + (ids.size() - shown) + ")" : list;
    }
}
