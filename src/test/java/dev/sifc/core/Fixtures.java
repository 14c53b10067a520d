package dev.sifc.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bundled questionnaire and hand-made answers for the core's tests. */
final class Fixtures {
    private Fixtures() {}

    static Questionnaire bundled() throws IOException {
        return QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
    }

    /** Every question answered with the option or number given; the others with their lowest-scoring answer. */
    static Answers answers(Questionnaire q, Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            String low = question.type() == QuestionType.NUMBER ? "0"
                    : question.options().stream().min(Comparator.comparingInt(Option::score)).orElseThrow().value();
            all.put(question.id(), given.getOrDefault(question.id(), low));
        }
        return new Answers("Test", all);
    }
}
