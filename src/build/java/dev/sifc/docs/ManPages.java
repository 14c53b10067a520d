package dev.sifc.docs;

import dev.sifc.cli.Cli;
import dev.sifc.cli.Env;
import dev.sifc.core.Lang;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, not part of the tool: writes the man pages as AsciiDoc with picocli-codegen's
 * ManPageGenerator, from the very command line that {@code main} runs, in English and in German
 * (the same model, with the German resource bundle). Asciidoctor then turns them into roff (see
 * pom.xml).
 *
 * <p>Arguments: the folder for the generated parts, the folder Asciidoctor converts, the
 * hand-written main page, the version, and the language ({@code en} or {@code de}). Every
 * subcommand gets its generated page (git style: should-i-fire-client-history.1) with its examples
 * and a pointer to the main page; the main page is the hand-written one (docs/man/, or
 * docs/man/de/), which includes the generated sections by tag and adds what the command model
 * cannot know: the keys of the interview, answers files, how the verdict is reached, environment,
 * files and examples.
 */
public final class ManPages {
    private ManPages() {}

    /** The header's and footer's width when man renders for 80 columns (MANWIDTH=80 leaves a margin of 2). */
    private static final int WIDTH = 78;

    public static void main(String[] args) throws IOException {
        Path parts = Path.of(args[0]);
        Path pages = Path.of(args[1]);
        Path mainPage = Path.of(args[2]);
        String version = args[3];
        Lang lang = Lang.parse(args[4]).orElseThrow(() -> new IllegalArgumentException("language: " + args[4]));
        Headings headings = lang == Lang.DE ? Headings.DE : Headings.EN;
        Files.createDirectories(parts);
        Files.createDirectories(pages);
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        CommandLine cl = Cli.create(Env.system(), sink, sink, lang, false);
        cl.setResourceBundle(new ManBundle(cl.getResourceBundle(), headings));
        // The synopsis is laid out by picocli, for man's 80 columns; the terminal help's own layout
        // (HelpLayout) lets picocli write it on one line and wraps it for the terminal at hand.
        cl.setUsageHelpWidth(80);
        CommandSpec root = cl.getCommandSpec();
        int code = ManPageGenerator.generateManPage(parts.toFile(), (File) null, new boolean[0], false, root);
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator failed with exit code " + code);
        }
        String mainName = root.name() + ".adoc";
        try (Stream<Path> generated = Files.list(parts)) {
            for (Path p : generated.toList()) {
                String name = p.getFileName().toString();
                String page = headings.translate(Files.readString(p, StandardCharsets.UTF_8));
                page = header(page, name.substring(0, name.length() - ".adoc".length()), headings, root.name() + " " + version);
                if (!name.equals(mainName)) {
                    page = seeAlso(page, headings, root.name());
                    Files.writeString(pages.resolve(name), page, StandardCharsets.UTF_8);
                }
                Files.writeString(p, page, StandardCharsets.UTF_8);
            }
        }
        String main = Files.readString(mainPage, StandardCharsets.UTF_8);
        Files.writeString(pages.resolve(mainName), header(main, root.name(), headings, root.name() + " " + version),
                StandardCharsets.UTF_8);
    }

    /**
     * The page's header attributes. man centres the manual's name between the page's title on the
     * left and right of the first line, and the date between the source and the title on the last:
     * each goes in only where it fits at 80 columns with two spaces either side.
     * "SHOULD-I-FIRE-CLIENT-COMPLETION(1)" leaves room for neither, and a header that overlaps is
     * worse than one that says less.
     */
    private static String header(String page, String name, Headings headings, String source) {
        int title = name.length() + "(1)".length();
        String manual = fitsBetween(title, headings.manual().length(), title) ? headings.manual() : "";
        String attributes = ":manmanual: " + manual + "\n:mansource: " + source + "\n"
                + (fitsBetween(source.length(), "2026-12-31".length(), title) ? "" : ":docdate: {empty}\n:revdate: {empty}\n");
        if (!page.contains(":doctype: manpage\n")) {
            throw new IllegalStateException(title + " is no manpage document");
        }
        return page.replaceAll("(?m)^:manmanual:.*\n", "").replaceAll("(?m)^:mansource:.*\n", "")
                .replace(":doctype: manpage\n", ":doctype: manpage\n" + attributes);
    }

    /** A subcommand's page ends with its examples, then points to the main page. */
    /** Whether {@code middle} characters, centred in 80 columns, keep two spaces from {@code left} and {@code right}. */
    private static boolean fitsBetween(int left, int middle, int right) {
        int start = (WIDTH - middle) / 2;
        return start - left >= 2 && WIDTH - right - (start + middle) >= 2;
    }

    private static String seeAlso(String page, Headings headings, String root) {
        String end = "// end::picocli-generated-man-section-footer[]";
        if (!page.contains(end)) {
            throw new IllegalStateException("no footer section in a generated page");
        }
        return page.replace(end, "== " + headings.seeAlso() + "\n\n*" + root + "*(1)\n\n" + end);
    }

    /** The section names: picocli-codegen writes English ones, so German pages get theirs here. */
    private record Headings(String manual, String exitStatus, String examples, String seeAlso, Map<String, String> generated) {
        static final Headings EN = new Headings("User Commands", "Exit status", "Examples", "See also", Map.of());
        static final Headings DE = new Headings("Benutzerbefehle", "Rückgabewert", "Beispiele", "Siehe auch", ordered(
                "Name", "Bezeichnung", "Synopsis", "Übersicht", "Description", "Beschreibung", "Options", "Optionen",
                "Arguments", "Argumente", "Commands", "Befehle"));

        String translate(String page) {
            String result = page;
            for (Map.Entry<String, String> e : generated.entrySet()) {
                result = result.replaceAll("(?m)^== " + e.getKey() + "$", "== " + e.getValue());
            }
            return result;
        }

        private static Map<String, String> ordered(String... pairs) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                m.put(pairs[i], pairs[i + 1]);
            }
            return Collections.unmodifiableMap(m);
        }
    }

    /**
     * The help texts, with the headings man pages use. The terminal help ends with "Examples:" and
     * the lines; a page has the lines under its own "Examples" heading.
     */
    private static final class ManBundle extends ResourceBundle {
        private final ResourceBundle help;
        private final Map<String, String> overrides;

        ManBundle(ResourceBundle help, Headings headings) {
            this.help = help;
            this.overrides = Map.of(
                    "usage.exitCodeListHeading", headings.exitStatus() + "%n",
                    "usage.footerHeading", headings.examples() + "%n");
        }

        @Override
        protected Object handleGetObject(String key) {
            if (overrides.containsKey(key)) {
                return overrides.get(key);
            }
            Object value = help.getObject(key);
            if (key.endsWith("usage.footer") && value instanceof String footer) {
                // The first line is the terminal's heading ("Examples:"), the rest the examples.
                // Unindented: an indented line would be a literal block, indented again, past 80 columns.
                int first = footer.indexOf("%n");
                return (first < 0 ? footer : footer.substring(first + 2)).replace("%n  ", "%n").replaceFirst("^  ", "");
            }
            return value;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>(Collections.list(help.getKeys()));
            keys.addAll(overrides.keySet());
            return Collections.enumeration(keys);
        }
    }
}
