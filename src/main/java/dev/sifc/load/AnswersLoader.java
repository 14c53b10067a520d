package dev.sifc.load;

import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Lang;
import dev.sifc.core.ModelException;
import dev.sifc.core.Position;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Suggest;
import java.io.Reader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads answers files: one YAML (or JSON) document per client, several documents for a portfolio.
 * Documents are parsed one at a time, so a stream of any length is read in constant memory.
 */
public final class AnswersLoader {
    /** One client's answers are small; this bounds a single document. */
    public static final int CODE_POINT_LIMIT = 256 * 1024;
    public static final List<String> TOP_KEYS = List.of("client", "answers");

    /** A stream that never ends (a runaway generator on stdin) stops here. */
    public static final int MAX_DOCUMENTS = 10_000_000;

    private final Questionnaire questionnaire;
    private final int maxDocuments;

    public AnswersLoader(Questionnaire questionnaire) {
        this(questionnaire, MAX_DOCUMENTS);
    }

    public AnswersLoader(Questionnaire questionnaire, int maxDocuments) {
        this.questionnaire = questionnaire;
        this.maxDocuments = maxDocuments;
    }

    /**
     * The clients in a stream, parsed lazily. {@code next()} throws {@link InputException} for an
     * invalid document; its diagnostics name the document number when the stream has several.
     */
    public ClientReader read(String source, Reader reader) {
        RecentLines recent = new RecentLines(reader);
        Iterator<Node> nodes = YamlTree.yaml(CODE_POINT_LIMIT).composeAll(recent).iterator();
        return new ClientReader() {
            private int document;
            /** After a problem that leaves the rest unreadable (broken YAML, a read error, a cap): no more. */
            private boolean ended;

            @Override
            public int number() {
                return document;
            }

            @Override
            public boolean byLine() {
                return false;
            }

            @Override
            public boolean stopped() {
                return ended;
            }

            @Override
            public boolean hasNext() {
                if (ended) {
                    return false;
                }
                try {
                    return nodes.hasNext();
                } catch (YAMLException e) {
                    ended = true;
                    throw new InputException(List.of(YamlTree.syntaxError(source, e, recent)), document + 1);
                } catch (InputException e) {
                    ended = true; // from the reader: invalid UTF-8, a NUL, a size cap
                    throw e;
                }
            }

            @Override
            public Answers next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                document++;
                if (document > maxDocuments) {
                    ended = true;
                    throw new InputException(List.of(Diagnostic.unreadable(null, "answers.too-many", source, maxDocuments)), document);
                }
                Node node;
                try {
                    node = nodes.next();
                } catch (YAMLException e) {
                    ended = true;
                    throw new InputException(List.of(YamlTree.syntaxError(source, e, recent)), document);
                } catch (InputException e) {
                    ended = true;
                    throw e;
                }
                return parse(source, node, document);
            }
        };
    }

    /** The clients of a stream in the given format, read lazily. */
    public ClientReader read(String source, Reader reader, AnswersFormat format) {
        return format == AnswersFormat.JSON_LINES ? new JsonLinesLoader(questionnaire, maxDocuments).read(source, reader)
                : read(source, reader);
    }

    /** Reads exactly one client; an empty input or a second document is an error. */
    public Answers readOne(String source, Reader reader) {
        Iterator<Answers> it = read(source, reader);
        if (!it.hasNext()) {
            throw new InputException(Diagnostic.at(new Position(source, 1, 1), "answers.empty"));
        }
        Answers answers = it.next();
        if (it.hasNext()) {
            throw new InputException(Diagnostic.at(new Position(source, 1, 1), "answers.several"));
        }
        return answers;
    }

    /** Whether {@code value} is the very node mapping() kept for {@code key}: of a duplicated key, the first. */
    @SuppressWarnings("ReferenceEquality") // on purpose: the node itself, not one equal to it
    private static boolean kept(Map<String, Node> entries, ScalarNode key, Node value) {
        return entries.get(key.getValue()) == value;
    }

    private Answers parse(String source, Node root, int document) {
        YamlTree tree = new YamlTree(source);
        if (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty()) {
            throw new InputException(List.of(Diagnostic.at(tree.pos(root), "answers.document.empty")), document);
        }
        if (!tree.checkTags(root)) {
            throw new InputException(tree.problems(), document);
        }
        if (root instanceof SequenceNode || root instanceof ScalarNode) {
            // The whole document is no mapping: say what an answers file looks like instead.
            throw new InputException(List.of(Diagnostic.at(tree.pos(root),
                    root instanceof SequenceNode ? "answers.document.list" : "answers.document.scalar")), document);
        }
        Map<String, Node> top = tree.mapping(root, "answers file");
        if (top == null) {
            throw new InputException(tree.problems(), document);
        }
        // An answer at the top level is an indentation mistake under "answers:": say so, not "unknown key".
        Map<String, Node> others = new LinkedHashMap<>(top);
        for (NodeTuple t : ((MappingNode) root).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !TOP_KEYS.contains(k.getValue())
                    && questionnaire.question(k.getValue()).isPresent() && others.remove(k.getValue()) != null) {
                tree.fail(k, "answers.key.not-under", k.getValue());
            }
        }
        tree.onlyKeys((MappingNode) root, others, TOP_KEYS, "answers file");
        String client = top.containsKey("client") ? tree.text(top.get("client"), "client") : null;
        if (Answers.clientTooLong(client)) {
            tree.fail(top.get("client"), "answer.client.too-long", client.codePointCount(0, client.length()),
                    Answers.MAX_CLIENT_LENGTH);
            client = null;
        }
        Node answersNode = top.get("answers");
        Map<String, String> values = new LinkedHashMap<>();
        if (answersNode == null) {
            tree.fail(root, "yaml.key.missing", "answers");
        } else if (!(answersNode instanceof ScalarNode s && s.getValue().isEmpty())) {
            Map<String, Node> entries = tree.mapping(answersNode, "answers");
            if (entries != null) {
                for (NodeTuple t : ((MappingNode) answersNode).getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && kept(entries, k, t.getValueNode())) {
                        answer(tree, k, t.getValueNode(), values);
                    }
                }
            }
        }
        if (!tree.problems().isEmpty()) {
            throw new InputException(tree.problems(), document, client);
        }
        return new Answers(client, values);
    }

    private void answer(YamlTree tree, ScalarNode key, Node valueNode, Map<String, String> values) {
        String id = key.getValue();
        Question q = questionnaire.question(id).orElse(null);
        if (q == null) {
            String hint = Suggest.nearest(id, questionnaire.questionsById().keySet()).orElse(null);
            if (hint != null) {
                tree.fail(key, "answers.id.unknown.suggest", id, hint);
            } else {
                tree.fail(key, "answers.id.unknown", id);
            }
            return;
        }
        if (valueNode instanceof ScalarNode s && s.getTag().equals(Tag.NULL)
                && (s.getValue().isEmpty() || s.getValue().equals("~"))) {
            tree.fail(valueNode, "answers.value.null", id, Answers.allowed(q, Lang.EN), Answers.allowed(q, Lang.DE));
            return;
        }
        String text = tree.text(valueNode, id);
        if (text == null) {
            return;
        }
        try {
            values.put(id, Answers.parse(q, text));
        } catch (ModelException e) {
            tree.add(e.at(tree.pos(valueNode)));
        }
    }

    /**
     * The client named in an answers file (a draft), or null when it names none. Reads the node tree
     * only: nothing is constructed, no tag can load a class.
     *
     * @throws RuntimeException when the text is not YAML or exceeds {@code maxCodePoints}
     */
    public static String clientOf(Reader in, int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(maxCodePoints);
        if (new Yaml(options).compose(in) instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("client")
                        && t.getValueNode() instanceof ScalarNode v) {
                    return v.getValue();
                }
            }
        }
        return null;
    }
}
