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
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Enumeration;
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
 * ManPageGenerator, from the very command line that {@code main} runs. Asciidoctor then turns them
 * into roff (see pom.xml).
 *
 * <p>Arguments: the folder for the generated parts, the folder Asciidoctor converts, and the
 * hand-written main page. Every subcommand gets its generated page as it is (git style:
 * should-i-fire-client-history.1); the main page is docs/man/should-i-fire-client.adoc, which
 * includes the generated sections by tag and adds environment, files and examples.
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws IOException {
        Path parts = Path.of(args[0]);
        Path pages = Path.of(args[1]);
        Path mainPage = Path.of(args[2]);
        Files.createDirectories(parts);
        Files.createDirectories(pages);
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        CommandLine cl = Cli.create(Env.system(), sink, sink, Lang.EN, false);
        cl.setResourceBundle(new ManBundle(cl.getResourceBundle(), cl.getCommandName()));
        CommandSpec root = cl.getCommandSpec();
        int code = ManPageGenerator.generateManPage(parts.toFile(), (File) null, new boolean[0], false, root);
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator failed with exit code " + code);
        }
        String mainName = root.name() + ".adoc";
        try (Stream<Path> generated = Files.list(parts)) {
            for (Path p : generated.toList()) {
                if (!p.getFileName().toString().equals(mainName)) {
                    Files.copy(p, pages.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(mainPage, pages.resolve(mainName), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The help texts, with the headings man pages use. The terminal help ends with examples for the
     * whole tool; the main page has its own examples section, and the subcommands' pages point to
     * the main page instead.
     */
    private static final class ManBundle extends ResourceBundle {
        private final ResourceBundle help;
        private final Map<String, String> overrides;

        ManBundle(ResourceBundle help, String name) {
            this.help = help;
            this.overrides = Map.of(
                    "usage.exitCodeListHeading", "Exit status%n",
                    "usage.footerHeading", "See also%n",
                    "usage.footer", "*" + name + "*(1)");
        }

        @Override
        protected Object handleGetObject(String key) {
            // A command's own footer (its examples, as letter has) is replaced too: every page ends with "See also".
            String general = key.endsWith(".usage.footer") ? "usage.footer" : key;
            return overrides.containsKey(general) ? overrides.get(general) : help.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>(Collections.list(help.getKeys()));
            keys.addAll(overrides.keySet());
            return Collections.enumeration(keys);
        }
    }
}
