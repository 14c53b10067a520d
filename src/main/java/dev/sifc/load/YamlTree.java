package dev.sifc.load;

import dev.sifc.core.Diagnostic;
import dev.sifc.core.Lang;
import dev.sifc.core.LocalText;
import dev.sifc.core.Position;
import dev.sifc.core.Suggest;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.BaseConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads SnakeYAML's node tree (never constructed objects), so values stay the text the user wrote
 * and no tag can load a class. Also does what compose() leaves out: duplicate keys, merge keys,
 * complex keys and foreign tags are reported with their positions.
 */
public final class YamlTree {
    /** Tags a document may carry; implicit resolution produces only these. */
    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP);

    public static final int NESTING_LIMIT = 20;

    private final String source;
    private final List<Diagnostic> problems = new ArrayList<>();

    public YamlTree(String source) {
        this.source = source;
    }

    public static Yaml yaml(int codePointLimit) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both lines
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(NESTING_LIMIT);
        options.setCodePointLimit(codePointLimit);
        options.setProcessComments(false);
        DumperOptions unused = new DumperOptions();
        return new Yaml(new BaseConstructor(options) { }, new Representer(unused), unused, options, new TextResolver());
    }

    /**
     * Resolves only what the tree walk asks about: null (empty, ~, null) and the merge key. Every
     * other scalar stays text, as it is read anyway; not matching each one against the int, float,
     * bool and timestamp patterns makes long portfolios parse faster. The same as SnakeYAML's
     * resolver with only its NULL, EMPTY and MERGE patterns (NULL's " " is never tried: a blank is
     * not among the first characters it is registered for), without a regular expression per value.
     */
    public static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: resolve() below knows the three it needs
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar) {
                if (implicit) {
                    switch (value) {
                        case "", "~", "null", "Null", "NULL" -> {
                            return Tag.NULL;
                        }
                        case "<<" -> {
                            return Tag.MERGE;
                        }
                        default -> { }
                    }
                }
                return Tag.STR;
            }
            return kind == NodeId.sequence ? Tag.SEQ : Tag.MAP;
        }
    }

    /** The text of a line of the input by its number from 1, or null when it is not known. */
    @FunctionalInterface
    public interface Lines {
        String line(int number);

        /** The lines of a text held in memory. */
        static Lines of(String text) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            return n -> n >= 1 && n <= lines.length ? lines[n - 1] : null;
        }
    }

    /**
     * Converts a SnakeYAML failure into a positioned diagnostic that names the mistake a person makes
     * when writing YAML by hand (indentation, a tab, no space after a colon, an unclosed quote or
     * bracket, a stray dash), at the line to edit, with what to check. SnakeYAML's own English words
     * stay out of it: a German user gets German, and SnakeYAML often names the line after the mistake.
     */
    public static Diagnostic syntaxError(String source, YAMLException e, Lines lines) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Diagnostic d = SyntaxMistakes.explain(source, m, lines);
            if (d != null) {
                return d;
            }
            Mark mark = m.getProblemMark();
            return Diagnostic.unreadable(new Position(source, mark.getLine() + 1, mark.getColumn() + 1), "yaml.syntax",
                    firstLine(m.getProblem()));
        }
        if (e instanceof MarkedYAMLException m && m.getContextMark() != null) {
            Mark mark = m.getContextMark();
            return Diagnostic.unreadable(new Position(source, mark.getLine() + 1, mark.getColumn() + 1), "yaml.syntax",
                    firstLine(m.getContext()));
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                // The file could not be read (/proc/self/mem: an I/O error): that is the reason, not the YAML.
                return Diagnostic.unreadable(null, "error.file.io", source, readError(io));
            }
        }
        return Diagnostic.unreadable(null, "yaml.limit", source, firstLine(e.getMessage()));
    }

    /** The system's reason in its own words, lower case: "Input/output error" becomes "input/output error". */
    static String readError(IOException e) {
        String m = firstLine(e instanceof FileSystemException f ? f.getReason() : e.getMessage());
        if (m.isEmpty()) {
            return "an input/output error";
        }
        return m.length() > 1 && Character.isUpperCase(m.charAt(1)) ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    public String source() {
        return source;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public Position pos(Node node) {
        Mark m = node.getStartMark();
        return new Position(source, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Records a problem; returns null so callers can {@code return fail(...)}. */
    @SuppressWarnings("TypeParameterUnusedInFormals") // it only ever returns null, so no caller's cast can fail
    public <T> T fail(Node node, String key, Object... args) {
        problems.add(Diagnostic.at(node == null ? null : pos(node), key, args));
        return null;
    }

    public void add(Diagnostic d) {
        problems.add(d);
    }

    /** Checks every node's tag; returns false (with problems recorded) if a foreign tag is present. */
    public boolean checkTags(Node node) {
        boolean ok = true;
        if (!ALLOWED_TAGS.contains(node.getTag())) {
            if (node.getTag().equals(Tag.MERGE)) {
                fail(node, "yaml.merge");
            } else {
                fail(node, "yaml.tag", node.getTag().getValue());
            }
            ok = false;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                ok &= checkTags(t.getKeyNode());
                ok &= checkTags(t.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            for (Node child : s.getValue()) {
                ok &= checkTags(child);
            }
        }
        return ok;
    }

    public static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return "null";
        }
        return "scalar";
    }

    /**
     * The entries of a mapping by key text, in order. Records a problem and returns null when the node
     * is not a mapping; reports (and drops) duplicate and non-scalar keys.
     */
    public Map<String, Node> mapping(Node node, String what) {
        if (!(node instanceof MappingNode m)) {
            return fail(node, "yaml.expected.mapping." + kind(node), what);
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || k.getTag().equals(Tag.NULL)) {
                fail(t.getKeyNode(), "yaml.key.complex", what);
                continue;
            }
            Node earlier = keys.putIfAbsent(k.getValue(), k);
            if (earlier != null) {
                fail(k, "yaml.key.duplicate", k.getValue(), pos(earlier).line());
                continue;
            }
            entries.put(k.getValue(), t.getValueNode());
        }
        return entries;
    }

    /**
     * A text in both languages: a mapping of {@code en} and {@code de}, neither missing nor blank;
     * null (after saying what is wrong) otherwise, or when {@code node} is null. {@code check} sees
     * each language's text with its node, for rules of the caller's own (a letter's blanks).
     */
    public LocalText localText(Node node, String what, BiConsumer<Node, String> check) {
        Map<String, Node> m = node == null ? null : mapping(node, what + " (en, de)");
        if (m == null) {
            return null;
        }
        onlyKeys((MappingNode) node, m, List.of("en", "de"), what);
        String en = null;
        String de = null;
        for (Lang lang : Lang.values()) {
            Node n = m.get(lang.code());
            if (n == null) {
                fail(node, "questionnaire.text.lang", what, lang.code());
                continue;
            }
            String t = text(n, what + "." + lang.code());
            if (t != null && t.isBlank()) {
                fail(n, "questionnaire.text.blank", what, lang.code());
                t = null;
            }
            if (t != null) {
                check.accept(n, t);
            }
            if (lang == Lang.EN) {
                en = t;
            } else {
                de = t;
            }
        }
        return en == null || de == null ? null : new LocalText(en, de);
    }

    /** Reports keys outside {@code allowed}, suggesting the nearest. Returns false if any. */
    public boolean onlyKeys(MappingNode node, Map<String, Node> entries, Collection<String> allowed, String what) {
        boolean ok = true;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !allowed.contains(k.getValue()) && entries.containsKey(k.getValue())) {
                ok = false;
                String suggestion = Suggest.nearest(k.getValue(), allowed).orElse(null);
                if (suggestion != null) {
                    fail(k, "yaml.key.unknown.suggest", k.getValue(), what, suggestion);
                } else {
                    fail(k, "yaml.key.unknown", k.getValue(), what, String.join(", ", allowed));
                }
            }
        }
        return ok;
    }

    public List<Node> list(Node node, String what) {
        if (!(node instanceof SequenceNode s)) {
            return fail(node, "yaml.expected.list." + kind(node), what);
        }
        return s.getValue();
    }

    /** A scalar's text exactly as written; null (with a problem) for null, mappings and lists. */
    public String text(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        if (node instanceof ScalarNode) {
            return fail(node, "yaml.null", what);
        }
        return fail(node, "yaml.expected.scalar." + kind(node), what);
    }
}
