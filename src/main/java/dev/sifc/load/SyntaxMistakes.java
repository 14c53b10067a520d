package dev.sifc.load;

import dev.sifc.core.Diagnostic;
import dev.sifc.core.Position;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML mistakes people make by hand, told from SnakeYAML's failure and the lines around it: each
 * becomes a message key for the mistake, at the line to edit. SnakeYAML reports where it noticed,
 * which is often the line after the mistake: "key:yes" on line 3 is read as text that goes on into
 * line 4, where the next colon fails.
 */
final class SyntaxMistakes {
    /** How far up to look for the line above (blank and comment lines skipped). */
    private static final int LOOK_BACK = 50;
    /** A line that starts with a key (no blanks in it) and its colon, not a line of running text. */
    /** SnakeYAML's words for a value that starts with a character YAML reserves (@, `, %). */
    private static final Pattern RESERVED = Pattern.compile("found character '(.)' that cannot start any token");
    private static final Pattern KEY = Pattern.compile(" *[^\\s:#\"']+:( |$)");

    private final String source;
    private final YamlTree.Lines lines;

    private SyntaxMistakes(String source, YamlTree.Lines lines) {
        this.source = source;
        this.lines = lines == null ? n -> null : lines;
    }

    /** The mistake behind {@code e}, or null when it is none of the known ones. */
    static Diagnostic explain(String source, MarkedYAMLException e, YamlTree.Lines lines) {
        return new SyntaxMistakes(source, lines).explain(e);
    }

    private Diagnostic explain(MarkedYAMLException e) {
        String problem = YamlTree.firstLine(e.getProblem());
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark();
        Mark ctx = e.getContextMark();
        int line = at.getLine() + 1;
        if (problem.contains("\\t(TAB)")) {
            String text = lines.line(line);
            boolean indenting = text == null || text.substring(0, Math.min(at.getColumn(), text.length())).isBlank();
            return at(line, at.getColumn() + 1, indenting ? "yaml.tab" : "yaml.tab.inside");
        }
        Matcher reserved = RESERVED.matcher(problem);
        if (reserved.lookingAt()) {
            return at(line, at.getColumn() + 1, "yaml.reserved", reserved.group(1));
        }
        if (context.contains("quoted scalar") && ctx != null && problem.contains("unexpected")) {
            String text = lines.line(ctx.getLine() + 1);
            String quote = text != null && ctx.getColumn() < text.length() ? String.valueOf(text.charAt(ctx.getColumn())) : "\"";
            return at(ctx.getLine() + 1, ctx.getColumn() + 1, "yaml.quote.unclosed", quote);
        }
        if (context.contains("double-quoted scalar") && problem.startsWith("found unknown escape character")) {
            String text = lines.line(line);
            String escape = text != null && at.getColumn() < text.length() ? String.valueOf(text.charAt(at.getColumn())) : "?";
            return at(line, Math.max(1, at.getColumn()), "yaml.escape", escape);
        }
        if (context.contains("flow sequence") && ctx != null) {
            return at(ctx.getLine() + 1, ctx.getColumn() + 1, "yaml.flow.unclosed", "[", "]");
        }
        if (context.contains("flow mapping") && ctx != null) {
            return at(ctx.getLine() + 1, ctx.getColumn() + 1, "yaml.flow.unclosed", "{", "}");
        }
        if (problem.startsWith("found undefined alias")) {
            return at(line, at.getColumn() + 1, "yaml.alias");
        }
        if (problem.equals("could not find expected ':'") && ctx != null && lines.line(ctx.getLine() + 1) != null) {
            return noSeparator(ctx.getLine() + 1);
        }
        if (problem.equals("mapping values are not allowed here")) {
            return mappingValue(line, at.getColumn());
        }
        if (problem.startsWith("expected <block end>, but found")) {
            return blockEnd(line, problem.endsWith("'-'"), context.contains("block mapping") ? ctx : null);
        }
        return null;
    }

    /** A line meant as "key: value" without the ": " between them: no space after the colon, or no colon. */
    private Diagnostic noSeparator(int line) {
        String text = lines.line(line);
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon > 0 && colon < t.length() - 1 && t.charAt(colon + 1) != ' ') {
            return at(line, indent(text) + colon + 1, "yaml.colon.space", t.substring(0, colon), t.substring(colon + 1));
        }
        return at(line, indent(text) + 1, "yaml.colon.missing", t);
    }

    /**
     * A colon SnakeYAML did not expect: a value with ": " in it, or a line read as the rest of the
     * line above's value (no space after that line's colon, no colon at all, or this line indented
     * deeper than that one).
     */
    private Diagnostic mappingValue(int line, int column) {
        String text = lines.line(line);
        if (text == null) {
            return null;
        }
        int separator = text.indexOf(": ");
        if (separator >= 0 && separator < column) {
            String key = text.substring(0, separator).strip();
            String value = text.substring(separator + 2).strip();
            return at(line, separator + 3, "yaml.value.colon", key.startsWith("- ") ? key.substring(2) : key, value);
        }
        int above = above(line);
        if (above < 0) {
            return null;
        }
        String previous = lines.line(above);
        String prev = previous.strip();
        if (!prev.contains(": ") && !prev.endsWith(":")) {
            return noSeparator(above);
        }
        if (indent(text) > indent(previous)) {
            return at(line, indent(text) + 1, "yaml.indent.more", indent(text), indent(previous));
        }
        return null;
    }

    /**
     * A line that ends a block where none can end: indented to no level above, or a stray "-". The
     * level it was probably meant for is the line above's when that is a key or a list item, else
     * (the line above is the text of a long value) the block SnakeYAML was reading.
     */
    private Diagnostic blockEnd(int line, boolean dash, Mark block) {
        String text = lines.line(line);
        int above = above(line);
        if (text == null || above < 0) {
            return null;
        }
        String previous = lines.line(above);
        boolean inList = previous.strip().startsWith("- ") || previous.strip().equals("-");
        if (dash && !inList) {
            return at(line, indent(text) + 1, "yaml.dash");
        }
        if (inList || KEY.matcher(previous).lookingAt()) {
            return at(line, indent(text) + 1, "yaml.indent.between", indent(text), indent(previous));
        }
        if (block != null) {
            return at(line, indent(text) + 1, "yaml.indent.block", indent(text), block.getColumn(), block.getLine() + 1);
        }
        return null;
    }

    /** The nearest line above {@code line} with content, or -1. */
    private int above(int line) {
        for (int n = line - 1; n >= 1 && n >= line - LOOK_BACK; n--) {
            String text = lines.line(n);
            if (text == null) {
                return -1;
            }
            String t = text.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !t.equals("---")) {
                return n;
            }
        }
        return -1;
    }

    private static int indent(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private Diagnostic at(int line, int column, String key, Object... args) {
        return Diagnostic.unreadable(new Position(source, line, column), key, args);
    }
}
