package dev.sifc.core;

import dev.sifc.load.AnswersLoader;
import dev.sifc.load.QuestionnaireLoader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The bundled questionnaire, the scenario files and hand-made answers for the core's tests. */
final class Fixtures {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: ([a-z-]+)$");

    /** The bundled questionnaire, read once for all the core's tests (records are immutable). */
    static final Questionnaire BUNDLED;

    static {
        try {
            BUNDLED = bundled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fixtures() {}

    static Questionnaire bundled() throws IOException {
        return QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
    }

    /** Every question answered with the value given; the others with their calmest answer. */
    static Answers answers(Questionnaire q, Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Question question : q.questions()) {
            all.put(question.id(), given.getOrDefault(question.id(), question.calmest()));
        }
        return new Answers("Test", all);
    }

    /** A scenario file of src/test/resources/scenarios: its answers and the verdict its header expects. */
    record Scenario(String name, Answers answers, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Scenario> scenarios(Questionnaire q) throws IOException {
        List<Scenario> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p);
                Matcher m = EXPECT.matcher(text);
                if (!m.find()) {
                    throw new IllegalStateException(p + " has no '# expect:' line");
                }
                Answers a = new AnswersLoader(q).readOne(p.toString(), new StringReader(text));
                out.add(new Scenario(p.getFileName().toString(), a, m.group(1)));
            }
        }
        return out;
    }

    /** Every value a question can take in tests: its options, or whole numbers up to 12. */
    static List<String> values(Question question) {
        if (question.type() != QuestionType.NUMBER) {
            return question.options().stream().map(Choice::value).toList();
        }
        List<String> values = new ArrayList<>();
        for (int i = question.min().intValue(); i <= Math.min(question.max().intValue(), 12); i++) {
            values.add(Integer.toString(i));
        }
        return values;
    }
}
