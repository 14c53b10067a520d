package dev.sifc.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole questionnaire: the signs with their questions, the context questions, the caveats, how
 * the verdict is judged and the four verdicts.
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
        Judging judging,
        List<Verdict> verdicts,
        Map<String, Question> questionsById,
        List<Question> questions) {

    public Questionnaire(String id, int version, LocalText title, Source source, List<Sign> signs,
            LocalText contextTitle, List<Question> context, List<Caveat> caveats, Judging judging,
            List<Verdict> verdicts) {
        this(id, version, title, source, signs, contextTitle, context, caveats, judging, verdicts, index(signs, context),
                List.copyOf(index(signs, context).values()));
    }

    public Questionnaire {
        Ids.requireKebab(id);
        ModelException.check(version >= 1, "model.version", version);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contextTitle, "contextTitle");
        Objects.requireNonNull(judging, "judging");
        signs = List.copyOf(signs);
        context = List.copyOf(context);
        caveats = List.copyOf(caveats);
        verdicts = List.copyOf(verdicts);
        questionsById = Collections.unmodifiableMap(new LinkedHashMap<>(questionsById));
        questions = List.copyOf(questions);
        ModelException.check(questions.equals(List.copyOf(questionsById.values())), "model.question.duplicate", "?");
        ModelException.check(!signs.isEmpty(), "model.signs.empty");
        for (int i = 0; i < signs.size(); i++) {
            ModelException.check(signs.get(i).number() == i + 1, "model.sign.number", signs.get(i).id());
        }
        // Each problem names its subject, so that the loader can point at its line.
        List<String> ids = Arrays.stream(Verdict.Kind.values()).map(Verdict.Kind::id).toList();
        for (int i = 0; i < Math.max(verdicts.size(), ids.size()); i++) {
            ModelException.checkAbout(i < verdicts.size() ? verdicts.get(i) : null,
                    i < verdicts.size() && i < ids.size() && verdicts.get(i).id().equals(ids.get(i)),
                    "model.verdicts", String.join(", ", ids));
        }
        ModelException.checkAbout(judging, judging.minJudgedSigns() <= signs.size(), "model.judging.too-many",
                judging.minJudgedSigns(), signs.size());
        List<Question> strains = context.stream().filter(q -> q.role() == Question.Role.STRAIN).toList();
        ModelException.checkAbout(strains.size() > 1 ? strains.get(1) : null, strains.size() <= 1, "model.strain.one");
        for (Caveat c : caveats) {
            for (String v : c.verdicts()) {
                ModelException.checkAbout(c, ids.contains(v), "model.caveat.verdict", c.id(), v, String.join(", ", ids));
            }
            for (Caveat.Condition cond : c.when()) {
                Question q = questionsById.get("context." + cond.questionId());
                ModelException.checkAbout(cond, q != null && q.type() == QuestionType.NUMBER, "model.caveat.question", c.id(),
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


    /** The questions {@code given} has no answer for, in questionnaire order ("skip" is an answer). */
    public List<Question> unanswered(Answers given) {
        return questions.stream().filter(q -> !given.values().containsKey(q.id())).toList();
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    /** How this questionnaire words a verdict: the verdicts are listed in the order of their kinds. */
    // The constructor checks that verdicts.get(i) is the verdict of Kind.values()[i].
    @SuppressWarnings("EnumOrdinal")
    public Verdict verdict(Verdict.Kind kind) {
        return verdicts.get(kind.ordinal());
    }

    /** The context question whose answer adds to the load of the signs, if there is one. */
    public Optional<Question> strain() {
        return context.stream().filter(q -> q.role() == Question.Role.STRAIN).findFirst();
    }

    /** The sign a question belongs to, or empty for a context question. */
    public Optional<Sign> signOf(Question q) {
        return signs.stream().filter(s -> s.questions().contains(q)).findFirst();
    }
}
