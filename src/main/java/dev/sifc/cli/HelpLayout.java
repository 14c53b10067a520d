package dev.sifc.cli;

import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The usage help laid out for the width it is read at: the terminal's when stdout is one (never
 * wider than it, at most {@link #MAX_WIDTH} for reading), {@link #PIPE_WIDTH} into a file or a pipe.
 * picocli's own layout cannot go below 55 columns and breaks words at hyphens and dots
 * ("~/." | "local/state"), so picocli lays out each section with every row on one line, and the lines
 * are wrapped here, at spaces only, the way picocli wraps them at 80 columns: a row of a list (an
 * option, a command, an exit code) goes on two spaces to the right of its description's column; where
 * that column leaves too little room, the description goes under the name instead. Widths are
 * display columns ({@link Text#length}). Headings are left as picocli writes them.
 */
final class HelpLayout {
    private HelpLayout() {}

    /** Into a file or a pipe, and when the terminal cannot tell its width. */
    static final int PIPE_WIDTH = 80;

    /** The widest help to read, however wide the terminal. */
    static final int MAX_WIDTH = 100;

    /** picocli's width: wide enough that no row it lays out is wrapped. */
    private static final int UNWRAPPED = 1000;

    /** The fewest columns a list's descriptions keep beside the names before they go under them. */
    private static final int MIN_DESCRIPTION = 24;

    /** Where a list's descriptions go when they go under the names. */
    private static final int UNDER = 8;

    /** The fewest columns a continued synopsis keeps beside its indentation. */
    private static final int MIN_SYNOPSIS = 24;

    private static final Set<String> LISTS = Set.of(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
            UsageMessageSpec.SECTION_KEY_AT_FILE_PARAMETER, UsageMessageSpec.SECTION_KEY_OPTION_LIST,
            UsageMessageSpec.SECTION_KEY_COMMAND_LIST, UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST);

    /** The help's width for {@code env}: the terminal's, at most {@link #MAX_WIDTH}; {@link #PIPE_WIDTH} elsewhere. */
    static int width(Env env) {
        int columns = env.stdoutColumns();
        return columns <= 0 ? PIPE_WIDTH : Math.min(MAX_WIDTH, columns);
    }

    /** Lays out the help of {@code cl} and of all its subcommands for {@code width} columns. */
    static void install(CommandLine cl, int width) {
        cl.setUsageHelpWidth(UNWRAPPED);
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
        for (Map.Entry<String, IHelpSectionRenderer> e : cl.getHelpSectionMap().entrySet()) {
            String key = e.getKey();
            IHelpSectionRenderer picocli = e.getValue();
            sections.put(key, help -> {
                String text = picocli.render(help);
                if (key.endsWith("Heading")) {
                    return text;
                }
                if (key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
                    return synopsis(text, Text.length(help.synopsisHeading()), help.commandSpec().qualifiedName(), width);
                }
                return LISTS.contains(key) ? list(text, width) : text(text, width);
            });
        }
        cl.setHelpSectionMap(sections);
    }

    /** Paragraphs: a line that starts indented (an example) goes on two spaces further in. */
    static String text(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(text)) {
            int indent = indent(line);
            append(out, "", line.substring(indent), indent, indent == 0 ? 0 : indent + 2, width);
        }
        return end(out, text);
    }

    /** A list: each row's description in its column, wrapped two spaces further in; under the name where the column is too narrow. */
    static String list(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(text)) {
            int indent = indent(line);
            int gap = line.indexOf("  ", indent);
            if (gap < 0 || line.isBlank()) { // a description's own further line, or nothing
                append(out, "", line.substring(indent), indent, Math.min(indent + 2, width / 2), width);
                continue;
            }
            int column = indent(line, gap);
            String name = line.substring(0, gap);
            String description = line.substring(column);
            if (width - column - 2 >= MIN_DESCRIPTION) {
                append(out, line.substring(0, column), description, column, column + 2, width);
            } else {
                append(out, "", name.strip(), indent, indent + 4, width);
                append(out, "", description, UNDER, UNDER, width);
            }
        }
        return end(out, text);
    }

    /** The synopsis: continued under the first option, or a little indented where that leaves too little room. */
    static String synopsis(String text, int headingColumns, String command, int width) {
        int hanging = headingColumns + Text.length(command) + 1;
        if (width - hanging < MIN_SYNOPSIS) {
            hanging = 4;
        }
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : lines(text)) {
            append(out, "", line.strip(), first ? headingColumns : hanging, hanging, width);
            if (first) {
                out.delete(0, headingColumns); // the heading is printed before this section
            }
            first = false;
        }
        return end(out, text);
    }

    /**
     * Appends {@code words} wrapped: the first line after {@code prefix} (or at {@code first} columns
     * when there is none), the others at {@code hanging}.
     */
    private static void append(StringBuilder out, String prefix, String words, int first, int hanging, int width) {
        if (words.isBlank()) {
            out.append(prefix.stripTrailing()).append('\n');
            return;
        }
        List<String> lines = wrap(words, Math.max(1, width - first), Math.max(1, width - hanging));
        for (int i = 0; i < lines.size(); i++) {
            String start = i == 0 ? (prefix.isEmpty() ? " ".repeat(first) : prefix) : " ".repeat(hanging);
            out.append(start).append(lines.get(i)).append('\n');
        }
    }

    /**
     * Greedy wrapping at spaces: {@code first} columns on the first line, {@code rest} on the others.
     * As picocli does, a word fits only with the space after it, unless it is the last one: so a line
     * reaches the last column only with the last word. Only a word wider than a whole line is
     * broken: after a "/" where it can be (a path).
     */
    private static List<String> wrap(String words, int first, int rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int room = first;
        String[] all = words.strip().split(" +", -1);
        for (int i = 0; i < all.length; i++) {
            String word = all[i];
            while (Text.length(word) > rest) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String piece = piece(word, lines.isEmpty() ? first : rest);
                lines.add(piece);
                word = word.substring(piece.length());
                room = rest;
            }
            int space = i == all.length - 1 ? 0 : 1;
            if (line.length() > 0 && Text.length(line) + 1 + Text.length(word) + space > room) {
                lines.add(line.toString());
                line.setLength(0);
                room = rest;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The longest start of {@code word} that fits {@code room} columns, ending after a "/" if one does. */
    private static String piece(String word, int room) {
        int fits = 1;
        while (fits < word.length() && Text.length(word.substring(0, fits + 1)) <= room) {
            fits++;
        }
        int slash = word.lastIndexOf('/', fits - 1);
        return word.substring(0, slash > 0 ? slash + 1 : fits);
    }

    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        for (String line : body.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    /** {@code out}, ending with a newline exactly when {@code original} did. */
    private static String end(StringBuilder out, String original) {
        if (!original.endsWith("\n") && out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static int indent(String line) {
        return indent(line, 0);
    }

    private static int indent(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
