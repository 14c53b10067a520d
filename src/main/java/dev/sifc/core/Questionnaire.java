package dev.sifc.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole questionnaire: the signs with their questions, the context questions and the verdict rules.
 *
 * @param questionsById every question by its answer id
 * @param questions every question in order: the signs' questions, then the context questions
 */
public record Questionnaire(
        String id,
        int version,
        LocalText title,
        Source source,
        List<Sign> signs,
        LocalText contextTitle,
        List<Question> context,
        List<Caveat> caveats,
        Scoring scoring,
        List<Verdict> verdicts,
        List<Rule> rules,
        Map<String, Question> questionsById,
        List<Question> questions) {

    /** The verdict ids, best first. The JSON contract promises exactly these. */
    public static final List<String> VERDICT_IDS = List.of("keep", "recalibrate", "fire");

    public Questionnaire(String id, int version, LocalText title, Source source, List<Sign> signs,
            LocalText contextTitle, List<Question> context, List<Caveat> caveats, Scoring scoring,
            List<Verdict> verdicts, List<Rule> rules) {
        this(id, version, title, source, signs, contextTitle, context, caveats, scoring, verdicts, rules, index(signs, context),
                List.copyOf(index(signs, context).values()));
    }

    public Questionnaire {
        Ids.requireKebab(id);
        ModelException.check(version >= 1, "model.version", version);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contextTitle, "contextTitle");
        Objects.requireNonNull(scoring, "scoring");
        signs = List.copyOf(signs);
        context = List.copyOf(context);
        caveats = List.copyOf(caveats);
        verdicts = List.copyOf(verdicts);
        rules = List.copyOf(rules);
        questionsById = Collections.unmodifiableMap(new LinkedHashMap<>(questionsById));
        questions = List.copyOf(questions);
        ModelException.check(questions.equals(List.copyOf(questionsById.values())), "model.question.duplicate", "?");
        ModelException.check(!signs.isEmpty(), "model.signs.empty");
        for (int i = 0; i < signs.size(); i++) {
            ModelException.check(signs.get(i).number() == i + 1, "model.sign.number", signs.get(i).id());
        }
        ModelException.check(verdicts.stream().map(Verdict::id).toList().equals(VERDICT_IDS),
                "model.verdicts", String.join(", ", VERDICT_IDS));
        ModelException.check(!rules.isEmpty() && rules.get(rules.size() - 1).unconditional(), "model.rules.last");
        for (Rule r : rules) {
            ModelException.check(VERDICT_IDS.contains(r.verdict()), "model.rule.verdict", r.id(), r.verdict(),
                    String.join(", ", VERDICT_IDS));
        }
        for (Caveat c : caveats) {
            for (String v : c.verdicts()) {
                ModelException.check(VERDICT_IDS.contains(v), "model.rule.verdict", c.id(), v, String.join(", ", VERDICT_IDS));
            }
            for (Caveat.Condition cond : c.when()) {
                Question q = questionsById.get("context." + cond.questionId());
                ModelException.check(q != null && q.type() == QuestionType.NUMBER, "model.caveat.question", c.id(),
                        cond.questionId());
            }
        }
    }

    private static Map<String, Question> index(List<Sign> signs, List<Question> context) {
        Map<String, Question> byId = new LinkedHashMap<>();
        List<Question> all = new ArrayList<>();
        signs.forEach(s -> all.addAll(s.questions()));
        all.addAll(context);
        for (Question q : all) {
            if (byId.putIfAbsent(q.id(), q) != null) {
                throw new ModelException("model.question.duplicate", q.id());
            }
        }
        return byId;
    }


    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    public Verdict verdict(String id) {
        return verdicts.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    /** The sign a question belongs to, or empty for a context question. */
    public Optional<Sign> signOf(Question q) {
        return signs.stream().filter(s -> s.questions().contains(q)).findFirst();
    }
}
