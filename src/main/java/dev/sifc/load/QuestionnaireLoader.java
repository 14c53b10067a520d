package dev.sifc.load;

import dev.sifc.core.Band;
import dev.sifc.core.Caveat;
import dev.sifc.core.Choice;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.Ids;
import dev.sifc.core.InputException;
import dev.sifc.core.Judging;
import dev.sifc.core.LocalText;
import dev.sifc.core.ModelException;
import dev.sifc.core.Position;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.core.Source;
import dev.sifc.core.Suggest;
import dev.sifc.core.Verdict;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Builds a {@link Questionnaire} from YAML text. Every problem is reported with the position of the
 * node it concerns; as many problems as possible are found in one pass.
 */
public final class QuestionnaireLoader {
    /** Questionnaires are small; this bounds what a hostile file can make us hold. */
    public static final int CODE_POINT_LIMIT = 1 << 20;

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,15}(\\.[0-9]{1,15})?");

    private final YamlTree tree;

    private QuestionnaireLoader(String source) {
        this.tree = new YamlTree(source);
    }

    /**
     * Parses and validates a questionnaire.
     *
     * @param source the name shown in error positions (a path, or {@code <stdin>})
     * @throws InputException listing every problem found
     */
    public static Questionnaire load(String source, String text) {
        return new QuestionnaireLoader(source).parse(text);
    }

    private Questionnaire parse(String text) {
        Node root;
        try {
            root = YamlTree.yaml(CODE_POINT_LIMIT).compose(new StringReader(text));
        } catch (YAMLException e) {
            throw new InputException(YamlTree.syntaxError(tree.source(), e, YamlTree.Lines.of(text)));
        }
        if (root == null) {
            throw new InputException(Diagnostic.at(new Position(tree.source(), 1, 1), "questionnaire.empty"));
        }
        if (!tree.checkTags(root)) {
            throw new InputException(tree.problems());
        }
        Questionnaire q = questionnaire(root);
        if (!tree.problems().isEmpty() || q == null) {
            throw new InputException(tree.problems());
        }
        return q;
    }

    private Questionnaire questionnaire(Node root) {
        Map<String, Node> top = fields(root, "questionnaire", List.of("id", "version", "title", "source", "scales", "signs",
                "context", "judging", "verdicts"));
        if (top == null) {
            return null;
        }
        String id = id(required(root, top, "id"), "id");
        Integer version = integer(required(root, top, "version"), "version");
        LocalText title = localText(required(root, top, "title"), "title");
        Source source = source(required(root, top, "source"));
        Map<String, List<Choice>> scales = top.containsKey("scales") ? scales(top.get("scales")) : Map.of();
        List<Sign> signs = signs(required(root, top, "signs"), scales);
        Context context = context(required(root, top, "context"), scales);
        Judging judging = judging(required(root, top, "judging"));
        List<Verdict> verdicts = verdicts(required(root, top, "verdicts"));
        if (!tree.problems().isEmpty() || judging == null || context == null) {
            return null;
        }
        return build(root, () -> new Questionnaire(id, version, title, source, signs, context.title(), context.questions(),
                context.caveats(), judging, verdicts));
    }

    /** The context part: its title, its questions and the caveats. */
    private record Context(LocalText title, List<Question> questions, List<Caveat> caveats) {}

    private Context context(Node node, Map<String, List<Choice>> scales) {
        Map<String, Node> m = fields(node, "context", List.of("title", "questions", "caveats"));
        if (m == null) {
            return null;
        }
        LocalText title = localText(required(node, m, "title"), "context.title");
        List<Question> questions = questions(required(node, m, "questions"), "context", scales, false);
        List<Caveat> caveats = m.containsKey("caveats") ? caveats(m.get("caveats")) : List.of();
        return new Context(title, questions, caveats);
    }

    /**
     * The entries of the mapping {@code node}, keys outside {@code keys} reported; null (with a
     * problem) when it is not a mapping, and null without one when it is missing (already reported).
     */
    private Map<String, Node> fields(Node node, String what, List<String> keys) {
        return fields(node, what, what, keys);
    }

    /** Like {@link #fields(Node, String, List)}, when the node is named one way and its keys another. */
    private Map<String, Node> fields(Node node, String what, String keysOf, List<String> keys) {
        Map<String, Node> m = node == null ? null : tree.mapping(node, what);
        if (m != null) {
            tree.onlyKeys((MappingNode) node, m, keys, keysOf);
        }
        return m;
    }

    /**
     * Walks the list {@code node}, handing each item that is a mapping to {@code body} with its
     * entries (keys outside {@code keys} reported); an item that is not one is reported and skipped.
     *
     * @return false, with a problem, when {@code node} is not a list
     */
    private boolean eachItem(Node node, String what, String item, String keysOf, List<String> keys,
            BiConsumer<Node, Map<String, Node>> body) {
        List<Node> items = node == null ? null : tree.list(node, what);
        if (items == null) {
            return false;
        }
        for (Node i : items) {
            Map<String, Node> m = fields(i, item, keysOf, keys);
            if (m != null) {
                body.accept(i, m);
            }
        }
        return true;
    }

    private Node required(Node parent, Map<String, Node> entries, String key) {
        Node n = entries.get(key);
        if (n == null) {
            tree.fail(parent, "yaml.key.missing", key);
        }
        return n;
    }

    /** The node each built part came from, so that a refusal about that part points at its line. */
    private final IdentityHashMap<Object, Node> built = new IdentityHashMap<>();

    /**
     * Runs a record constructor, turning its refusal into a problem at the position of what it is
     * about: the part it names (a caveat, a condition, a question), or else the node being built.
     */
    private <T> T build(Node node, Supplier<T> constructor) {
        try {
            T result = constructor.get();
            if (result != null) {
                built.put(result, node);
            }
            return result;
        } catch (ModelException e) {
            Node at = e.subject() != null ? built.getOrDefault(e.subject(), node) : node;
            tree.add(e.at(tree.pos(at)));
            return null;
        }
    }

    private Source source(Node node) {
        Map<String, Node> m = fields(node, "source", List.of("title", "publisher", "note"));
        if (m == null) {
            return null;
        }
        String title = tree.text(required(node, m, "title"), "source.title");
        String publisher = tree.text(required(node, m, "publisher"), "source.publisher");
        LocalText note = localText(required(node, m, "note"), "source.note");
        if (title == null || publisher == null || note == null) {
            return null;
        }
        return new Source(title, publisher, note);
    }

    private Map<String, List<Choice>> scales(Node node) {
        Map<String, Node> m = tree.mapping(node, "scales");
        Map<String, List<Choice>> scales = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((name, value) -> scales.put(name, options(value, "scales." + name, false)));
        }
        return scales;
    }

    /** Options; a scale's options have no points of their own (each question gives them). */
    private List<Choice> options(Node node, String what, boolean withPoints) {
        List<Choice> options = new ArrayList<>();
        eachItem(node, what, what, "option", withPoints ? List.of("value", "label", "points", "dealbreaker")
                : List.of("value", "label"), (item, m) -> {
            String value = tree.text(required(item, m, "value"), "value");
            LocalText label = localText(required(item, m, "label"), "label");
            Integer points = withPoints ? integer(required(item, m, "points"), "points") : Integer.valueOf(0);
            boolean dealbreaker = m.containsKey("dealbreaker") && bool(m.get("dealbreaker"), "dealbreaker");
            if (value != null && label != null && points != null) {
                add(options, build(item, () -> new Choice(value, label, points, dealbreaker)));
            }
        });
        return options;
    }

    private List<Sign> signs(Node node, Map<String, List<Choice>> scales) {
        List<Sign> signs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        eachItem(node, "signs", "sign", "sign", List.of("id", "title", "explanation", "advice", "reasons", "showing-at",
                "move-on-at", "closes-door", "questions"), (item, m) -> {
            String id = id(required(item, m, "id"), "sign id");
            if (id != null && !seen.add(id)) {
                tree.fail(m.get("id"), "questionnaire.sign.duplicate", id);
            }
            LocalText title = localText(required(item, m, "title"), "title");
            LocalText explanation = localText(required(item, m, "explanation"), "explanation");
            Sign.Advice advice = advice(required(item, m, "advice"));
            Sign.StageTexts reasons = stageTexts(required(item, m, "reasons"));
            Integer showingAt = integer(required(item, m, "showing-at"), "showing-at");
            Integer moveOnAt = integer(required(item, m, "move-on-at"), "move-on-at");
            boolean closesDoor = m.containsKey("closes-door") && bool(m.get("closes-door"), "closes-door");
            List<Question> questions = questions(required(item, m, "questions"), id, scales, true);
            int number = signs.size() + 1;
            if (id != null && title != null && explanation != null && advice != null && reasons != null
                    && showingAt != null && moveOnAt != null) {
                add(signs, build(item, () -> new Sign(id, number, title, explanation, advice, reasons, showingAt, moveOnAt,
                        questions, closesDoor)));
            }
        });
        return signs;
    }

    private Sign.Advice advice(Node node) {
        Map<String, Node> m = fields(node, "advice", List.of("first-step", "move-on", "ending"));
        if (m == null) {
            return null;
        }
        LocalText first = localText(required(node, m, "first-step"), "advice.first-step");
        LocalText moveOn = localText(required(node, m, "move-on"), "advice.move-on");
        // Optional: a sign without it gives no advice when the client is let go on other grounds.
        LocalText ending = m.containsKey("ending") ? localText(m.get("ending"), "advice.ending") : null;
        boolean endingBroken = m.containsKey("ending") && ending == null;
        return first == null || moveOn == null || endingBroken ? null : new Sign.Advice(first, moveOn, ending);
    }

    private Sign.StageTexts stageTexts(Node node) {
        Map<String, Node> m = fields(node, "reasons", List.of("showing", "move-on", "after-first-step"));
        if (m == null) {
            return null;
        }
        LocalText showing = localText(required(node, m, "showing"), "reasons.showing");
        LocalText moveOn = localText(required(node, m, "move-on"), "reasons.move-on");
        LocalText after = m.containsKey("after-first-step") ? localText(m.get("after-first-step"), "reasons.after-first-step")
                : null;
        return showing == null || moveOn == null ? null : new Sign.StageTexts(showing, moveOn, after);
    }

    private List<Question> questions(Node node, String prefix, Map<String, List<Choice>> scales, boolean scored) {
        List<Node> items = node == null ? null : tree.list(node, "questions");
        List<Question> questions = new ArrayList<>();
        if (items == null) {
            return questions;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Node item : items) {
            Question q = question(item, prefix, scales, scored);
            if (q != null) {
                if (!seen.add(q.id())) {
                    tree.fail(item, "model.question.duplicate", q.id());
                } else {
                    questions.add(q);
                }
            }
        }
        return questions;
    }

    private Question question(Node item, String prefix, Map<String, List<Choice>> scales, boolean scored) {
        Map<String, Node> m = tree.mapping(item, "question");
        if (m == null) {
            return null;
        }
        Node typeNode = required(item, m, "type");
        String typeText = typeNode == null ? null : tree.text(typeNode, "type");
        QuestionType type = typeText == null ? null : QuestionType.parse(typeText).orElse(null);
        if (typeText != null && type == null) {
            tree.fail(typeNode, "questionnaire.type", typeText, "choice, yes-no, number");
        }
        boolean firstStep = scored && m.containsKey("first-step") && bool(m.get("first-step"), "first-step");
        boolean strain = !scored && m.containsKey("strain") && bool(m.get("strain"), "strain");
        Question.Role role = scored ? (firstStep ? Question.Role.FIRST_STEP : Question.Role.SYMPTOM)
                : (strain ? Question.Role.STRAIN : Question.Role.CONTEXT);
        boolean counts = role == Question.Role.SYMPTOM || role == Question.Role.STRAIN;
        boolean checks = scored && m.containsKey("checks-first-step") && bool(m.get("checks-first-step"), "checks-first-step");
        List<String> keys = new ArrayList<>(List.of("id", "type", "text", "help"));
        keys.addAll(scored ? List.of("first-step", "checks-first-step") : List.of("strain"));
        if (type == QuestionType.CHOICE) {
            keys.addAll(List.of("scale", "options", "points"));
        } else if (type == QuestionType.YES_NO && counts) {
            keys.addAll(List.of("yes", "no"));
        } else if (type == QuestionType.NUMBER) {
            keys.addAll(counts ? List.of("min", "max", "unit", "unit-one", "bands") : List.of("min", "max", "unit", "unit-one"));
        }
        tree.onlyKeys((MappingNode) item, m, keys, "question");
        String localId = id(required(item, m, "id"), "question id");
        LocalText text = localText(required(item, m, "text"), "text");
        LocalText help = localText(required(item, m, "help"), "help");
        if (type == null || localId == null || text == null || help == null || prefix == null) {
            return null;
        }
        String id = prefix + "." + localId;
        Answer answer = type == QuestionType.NUMBER ? number(item, m, counts) : new Answer(choices(item, m, type, id, scales,
                counts), null, null, null, List.of(), null);
        if (answer == null || answer.options() == null) {
            return null;
        }
        return build(item, () -> new Question(id, type, text, help, role, checks, answer.options(), answer.min(),
                answer.max(), answer.unit(), answer.bands(), answer.unitOne()));
    }

    /** What a question takes for an answer: its options, or a number's range, unit and bands. */
    private record Answer(List<Choice> options, BigDecimal min, BigDecimal max, LocalText unit, List<Band> bands, LocalText unitOne) {}

    /** A choice or yes-no question's options; null when they are wrong (and reported). */
    private List<Choice> choices(Node item, Map<String, Node> m, QuestionType type, String id,
            Map<String, List<Choice>> scales, boolean counts) {
        if (type == QuestionType.YES_NO) {
            Integer yes = counts ? integer(required(item, m, "yes"), "yes") : Integer.valueOf(0);
            Integer no = counts && m.containsKey("no") ? integer(m.get("no"), "no") : Integer.valueOf(0);
            if (yes == null || no == null) {
                return null;
            }
            return build(item, () -> List.of(
                    new Choice("yes", new LocalText("Yes", "Ja"), yes, false),
                    new Choice("no", new LocalText("No", "Nein"), no, false)));
        }
        if (m.containsKey("scale") == m.containsKey("options")) {
            return tree.fail(item, "questionnaire.choice.source", id);
        }
        if (!m.containsKey("scale")) {
            if (m.containsKey("points")) {
                return tree.fail(m.get("points"), "questionnaire.points.scale", id);
            }
            return options(m.get("options"), id, true);
        }
        String scale = tree.text(m.get("scale"), "scale");
        List<Choice> options = scale == null ? null : scales.get(scale);
        if (scale != null && options == null) {
            String hint = Suggest.nearest(scale, scales.keySet()).orElse(String.join(", ", scales.keySet()));
            return tree.fail(m.get("scale"), "questionnaire.scale.unknown", scale, hint);
        }
        return options != null && counts ? scalePoints(m.get("points"), item, id, options) : options;
    }

    /** A number question's range, unit and bands; null when one is wrong (and reported). */
    private Answer number(Node item, Map<String, Node> m, boolean counts) {
        BigDecimal min = bigDecimal(required(item, m, "min"), "min");
        BigDecimal max = bigDecimal(required(item, m, "max"), "max");
        LocalText unit = localText(required(item, m, "unit"), "unit");
        List<Band> bands = counts ? bands(required(item, m, "bands")) : List.of();
        LocalText unitOne = m.containsKey("unit-one") ? localText(m.get("unit-one"), "unit-one") : null;
        if (min == null || max == null || unit == null || bands == null || (m.containsKey("unit-one") && unitOne == null)) {
            return null;
        }
        return new Answer(List.of(), min, max, unit, bands, unitOne);
    }

    /** A scale's options with the points one question gives them ({@code points: {often: 1}}; others 0). */
    private List<Choice> scalePoints(Node node, Node item, String id, List<Choice> scale) {
        if (node == null) {
            return tree.fail(item, "yaml.key.missing", "points");
        }
        Map<String, Node> m = tree.mapping(node, "points");
        if (m == null) {
            return null;
        }
        List<Choice> out = new ArrayList<>();
        for (Choice o : scale) {
            Node p = m.get(o.value());
            Integer points = p == null ? Integer.valueOf(0) : integer(p, "points");
            if (points == null) {
                return null;
            }
            Choice built = build(p == null ? node : p, () -> new Choice(o.value(), o.label(), points, o.dealbreaker()));
            if (built == null) {
                return null;
            }
            out.add(built);
        }
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (scale.stream().noneMatch(o -> o.value().equals(e.getKey()))) {
                List<String> values = scale.stream().map(Choice::value).toList();
                String hint = Suggest.nearest(e.getKey(), values).orElse(String.join(", ", values));
                return tree.fail(e.getValue(), "questionnaire.points.unknown", id, e.getKey(), hint);
            }
        }
        return out;
    }

    private List<Band> bands(Node node) {
        List<Band> bands = new ArrayList<>();
        boolean listed = eachItem(node, "bands", "band", "band", List.of("up-to", "points"), (item, m) -> {
            BigDecimal upTo = m.containsKey("up-to") ? bigDecimal(m.get("up-to"), "up-to") : null;
            Integer points = integer(required(item, m, "points"), "points");
            if (points != null) {
                add(bands, build(item, () -> new Band(upTo, points)));
            }
        });
        return listed ? bands : null;
    }

    private List<Caveat> caveats(Node node) {
        List<Caveat> caveats = new ArrayList<>();
        eachItem(node, "caveats", "caveat", "caveat", List.of("id", "verdicts", "dealbreaker", "when", "text"), (item, m) -> {
            Boolean dealbreaker = m.containsKey("dealbreaker") ? Boolean.valueOf(bool(m.get("dealbreaker"), "dealbreaker")) : null;
            String id = id(required(item, m, "id"), "caveat id");
            List<String> verdicts = new ArrayList<>();
            Node vn = required(item, m, "verdicts");
            List<Node> vs = vn == null ? null : tree.list(vn, "verdicts");
            if (vs != null) {
                for (Node v : vs) {
                    String t = tree.text(v, "verdict");
                    if (t != null) {
                        verdicts.add(t);
                    }
                }
            }
            List<Caveat.Condition> when = new ArrayList<>();
            Node wn = required(item, m, "when");
            Map<String, Node> w = wn == null ? null : tree.mapping(wn, "when");
            if (w != null) {
                w.forEach((qid, cond) -> {
                    Map<String, Node> c = fields(cond, "condition", List.of("at-least", "below"));
                    if (c != null) {
                        BigDecimal atLeast = c.containsKey("at-least") ? bigDecimal(c.get("at-least"), "at-least") : null;
                        BigDecimal below = c.containsKey("below") ? bigDecimal(c.get("below"), "below") : null;
                        add(when, build(cond, () -> new Caveat.Condition(qid, atLeast, below)));
                    }
                });
            }
            LocalText text = localText(required(item, m, "text"), "text");
            if (id != null && text != null) {
                add(caveats, build(item, () -> new Caveat(id, new LinkedHashSet<>(verdicts), when, dealbreaker, text)));
            }
        });
        return caveats;
    }

    private Judging judging(Node node) {
        Map<String, Node> m = fields(node, "judging", List.of("min-answered", "min-judged-signs", "let-go-load"));
        if (m == null) {
            return null;
        }
        Integer minAnswered = integer(required(node, m, "min-answered"), "min-answered");
        Integer minJudged = integer(required(node, m, "min-judged-signs"), "min-judged-signs");
        Integer load = integer(required(node, m, "let-go-load"), "let-go-load");
        if (minAnswered == null || minJudged == null || load == null) {
            return null;
        }
        return build(node, () -> new Judging(minAnswered, minJudged, load));
    }

    private List<Verdict> verdicts(Node node) {
        List<Verdict> verdicts = new ArrayList<>();
        eachItem(node, "verdicts", "verdict", "verdict", List.of("id", "title", "recheck-days", "advice"), (item, m) -> {
            String id = id(required(item, m, "id"), "verdict id");
            LocalText title = localText(required(item, m, "title"), "title");
            Integer recheck = m.containsKey("recheck-days") ? integer(m.get("recheck-days"), "recheck-days") : null;
            LocalText advice = m.containsKey("advice") ? localText(m.get("advice"), "advice") : null;
            if (id != null && title != null) {
                add(verdicts, build(item, () -> new Verdict(id, title, recheck, advice)));
            }
        });
        return verdicts;
    }

    private static <T> void add(List<T> list, T built) {
        if (built != null) {
            list.add(built);
        }
    }

    // --- scalars -------------------------------------------------------------------------------

    private LocalText localText(Node node, String what) {
        return tree.localText(node, what, (n, t) -> { });
    }

    private String id(Node node, String what) {
        String t = node == null ? null : tree.text(node, what);
        if (t != null && !Ids.isKebab(t)) {
            return tree.fail(node, "model.id.kebab", t);
        }
        return t;
    }

    private Integer integer(Node node, String what) {
        String t = node == null ? null : tree.text(node, what);
        if (t == null) {
            return null;
        }
        if (!INTEGER.matcher(t).matches()) {
            return tree.fail(node, "questionnaire.integer", what, t);
        }
        return Integer.valueOf(t);
    }

    private BigDecimal bigDecimal(Node node, String what) {
        String t = node == null ? null : tree.text(node, what);
        if (t == null) {
            return null;
        }
        if (!DECIMAL.matcher(t).matches()) {
            return tree.fail(node, "questionnaire.number", what, t);
        }
        return new BigDecimal(t);
    }

    private boolean bool(Node node, String what) {
        String t = tree.text(node, what);
        if ("true".equals(t)) {
            return true;
        }
        if (t != null && !"false".equals(t)) {
            tree.fail(node, "questionnaire.boolean", what, t);
        }
        return false;
    }
}
