package dev.sifc.load;

import dev.sifc.core.Diagnostic;
import dev.sifc.core.Ids;
import dev.sifc.core.InputException;
import dev.sifc.core.Letter;
import dev.sifc.core.Letters;
import dev.sifc.core.LocalText;
import dev.sifc.core.ModelException;
import dev.sifc.core.Position;
import dev.sifc.core.Suggest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Builds {@link Letters} from a letters file (docs/letters.md). Every problem is reported with the
 * position of the node it concerns, as many as can be found in one pass.
 */
public final class LettersLoader {
    /** The one format version there is. */
    public static final int VERSION = 1;
    private static final List<String> TOP = List.of("version", "letters");
    private static final List<String> KEYS = List.of("kind", "sign", "step", "open-door", "when", "subject", "body");

    private final YamlTree tree;
    /** The signs a letter may belong to, or null to leave that to {@code validate}. */
    private final Collection<String> signs;
    /** The file's lines, to place a blank inside a text. */
    private final String[] lines;

    private LettersLoader(String source, String text, Collection<String> signs) {
        this.tree = new YamlTree(source);
        this.signs = signs;
        this.lines = text.split("\n", -1);
    }

    /**
     * Parses and checks a letters file.
     *
     * @param source the name shown in error positions
     * @param signs the ids of the signs a letter may name, or null not to check them (a report with
     *     letters for another questionnaire simply points to none for signs it does not have)
     * @throws InputException listing every problem found
     */
    public static Letters load(String source, String text, Collection<String> signs) {
        return new LettersLoader(source, text, signs).parse(text);
    }

    private Letters parse(String text) {
        Node root;
        try {
            root = YamlTree.yaml(QuestionnaireLoader.CODE_POINT_LIMIT).compose(new StringReader(text));
        } catch (YAMLException e) {
            throw new InputException(YamlTree.syntaxError(tree.source(), e, YamlTree.Lines.of(text)));
        }
        if (root == null) {
            throw new InputException(Diagnostic.at(new Position(tree.source(), 1, 1), "letters.empty"));
        }
        if (!tree.checkTags(root)) {
            throw new InputException(tree.problems());
        }
        Map<String, Node> top = fields(root, "letters file", TOP);
        Letters letters = null;
        if (top != null) {
            Node version = required(root, top, "version");
            String v = version == null ? null : tree.text(version, "version");
            if (v != null && !v.equals(Integer.toString(VERSION))) {
                tree.fail(version, "letters.version", v, VERSION);
            }
            List<Letter> list = letters(required(root, top, "letters"));
            if (tree.problems().isEmpty()) {
                letters = new Letters(list);
            }
        }
        if (!tree.problems().isEmpty() || letters == null) {
            throw new InputException(tree.problems());
        }
        return letters;
    }

    private List<Letter> letters(Node node) {
        List<Letter> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        List<Node> items = tree.list(node, "letters");
        if (items == null) {
            return out;
        }
        if (items.isEmpty()) {
            tree.fail(node, "letters.none");
        }
        Map<String, Node> kinds = new HashMap<>();
        for (Node item : items) {
            Map<String, Node> m = fields(item, "letter", KEYS);
            if (m == null) {
                continue;
            }
            int before = tree.problems().size();
            Node kindNode = required(item, m, "kind");
            String kind = kindNode == null ? null : tree.text(kindNode, "kind");
            if (kind != null && !Ids.isKebab(kind)) {
                tree.fail(kindNode, "letters.kind.kebab", kind);
            } else if (kind != null && kinds.containsKey(kind)) {
                tree.fail(kindNode, "letters.kind.duplicate", kind, tree.pos(kinds.get(kind)).line());
            } else if (kind != null) {
                kinds.put(kind, kindNode);
            }
            Letter.Step step = step(required(item, m, "step"));
            String sign = sign(item, m, step);
            boolean openDoor = openDoor(m.get("open-door"), step);
            LocalText when = text(required(item, m, "when"), "when", false);
            LocalText subject = text(required(item, m, "subject"), "subject", true);
            LocalText body = text(required(item, m, "body"), "body", true);
            if (tree.problems().size() == before) {
                try {
                    out.add(new Letter(kind, sign, step, openDoor, when, subject, body));
                } catch (ModelException e) {
                    tree.add(e.at(tree.pos(item)));
                }
            }
        }
        return out;
    }

    private Letter.Step step(Node node) {
        String id = node == null ? null : tree.text(node, "step");
        if (id == null) {
            return null;
        }
        List<String> ids = Arrays.stream(Letter.Step.values()).map(Letter.Step::id).toList();
        return Letter.Step.parse(id).orElseGet(() -> tree.fail(node, "letters.step", id, String.join(", ", ids)));
    }

    /** The sign: required for a sign's step, not allowed for an ending; known, when there are signs to check. */
    private String sign(Node item, Map<String, Node> m, Letter.Step step) {
        Node node = m.get("sign");
        if (step == Letter.Step.ENDING) {
            return node == null ? null : tree.fail(node, "letters.sign.ending");
        }
        if (step == null) {
            return null;
        }
        if (node == null) {
            return tree.fail(item, "letters.sign.missing", step.id());
        }
        String id = tree.text(node, "sign");
        if (id != null && signs != null && !signs.contains(id)) {
            String near = Suggest.nearest(id, signs).orElse(null);
            return near != null ? tree.fail(node, "letters.sign.unknown.suggest", id, near)
                    : tree.fail(node, "letters.sign.unknown", id, String.join(", ", signs));
        }
        return id;
    }

    private boolean openDoor(Node node, Letter.Step step) {
        if (node == null) {
            return false;
        }
        String v = tree.text(node, "open-door");
        if (v == null) {
            return false;
        }
        if (!v.equals("true") && !v.equals("false")) {
            tree.fail(node, "questionnaire.boolean", "open-door", v);
            return false;
        }
        if (step != null && step != Letter.Step.ENDING) {
            tree.fail(node, "letters.open-door");
            return false;
        }
        return v.equals("true");
    }

    /** A text in both languages; with {@code blanks}, each of its blanks must be one of {@link Letter#FIELDS}. */
    private LocalText text(Node node, String what, boolean blanks) {
        return tree.localText(node, what, (n, t) -> {
            if (!blanks) {
                return;
            }
            for (String blank : Letter.blanks(t)) {
                if (!Letter.FIELDS.contains(blank)) {
                    String near = Suggest.nearest(blank, Letter.FIELDS).orElse(null);
                    Position at = position(n, "{" + blank + "}");
                    tree.add(near != null ? Diagnostic.at(at, "letters.blank.unknown.suggest", blank, near)
                            : Diagnostic.at(at, "letters.blank.unknown", blank, String.join(", ", Letter.FIELDS)));
                }
            }
        });
    }

    /**
     * Where {@code needle} is in the file: searched for on the lines the text node spans, so that a
     * blank in the middle of a letter's body is reported on its own line and column; the start of
     * the text if it is not found as written (an escape in a quoted string).
     */
    private Position position(Node n, String needle) {
        Position start = tree.pos(n);
        int last = Math.min(lines.length, n.getEndMark().getLine() + 1);
        for (int i = start.line() - 1; i < last; i++) {
            int from = i == start.line() - 1 ? start.column() - 1 : 0;
            int at = lines[i].indexOf(needle, Math.max(0, Math.min(from, lines[i].length())));
            if (at >= 0) {
                return new Position(start.source(), i + 1, at + 1);
            }
        }
        return start;
    }

    private Map<String, Node> fields(Node node, String what, List<String> keys) {
        Map<String, Node> m = node == null ? null : tree.mapping(node, what);
        if (m != null) {
            tree.onlyKeys((MappingNode) node, m, keys, what);
        }
        return m;
    }

    private Node required(Node parent, Map<String, Node> entries, String key) {
        Node n = entries.get(key);
        if (n == null) {
            tree.fail(parent, "yaml.key.missing", key);
        }
        return n;
    }
}
