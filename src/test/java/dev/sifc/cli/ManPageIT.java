package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The man pages the build makes, in English and German, rendered by man(1) at 80 columns the way a user views them. */
class ManPageIT {
    private static final Path MAN = Path.of("target/man");
    private static final Path MAN_DE = MAN.resolve("de/man1");
    private static final List<String> PAGES = List.of("should-i-fire-client-completion.1", "should-i-fire-client-drafts.1", "should-i-fire-client-help.1",
            "should-i-fire-client-history.1", "should-i-fire-client-letter.1", "should-i-fire-client-questions.1", "should-i-fire-client-template.1",
            "should-i-fire-client-validate.1", "should-i-fire-client.1");

    private record Rendered(int code, String out, String err) {
        List<String> sections() {
            return out.lines().filter(l -> l.matches("\\p{Lu}[\\p{Lu} -]+")).toList();
        }
    }

    private static Rendered man(Path page) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("man", "--warnings", "-l", page.toString());
        pb.environment().put("MANWIDTH", "80");
        pb.environment().put("MANPAGER", "cat");
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        var err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        Rendered r = new Rendered(p.waitFor(), out, err.join());
        assertEquals(0, r.code(), page + ": " + r.err());
        assertEquals("", r.err(), page + ": groff has no warnings");
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 80), page + " fits MANWIDTH");
        return r;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theMainPageRendersWithEverySection() throws Exception {
        Rendered r = man(MAN.resolve("should-i-fire-client.1"));
        assertEquals(List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ARGUMENTS", "COMMANDS", "EXIT STATUS",
                "INTERACTIVE USE", "ANSWERS FILES", "HOW THE VERDICT IS REACHED", "ENVIRONMENT", "FILES", "EXAMPLES",
                "SEE ALSO"), r.sections());
        assertTrue(r.out().startsWith("SHOULD-I-FIRE-CLIENT(1)"), r.out());
        assertTrue(r.out().contains("       --no-history\n"), r.out());
        assertTrue(r.out().contains("       history\n           Show how your clients"), r.out());
        assertTrue(r.out().contains("       XDG_STATE_HOME\n"), r.out());
        assertTrue(r.out().contains("       130\n           interrupted (Ctrl-C)"), r.out());
        assertTrue(r.out().contains("       b, Esc, Left\n           Back to the previous question"), r.out());
        assertTrue(r.out().contains("           client: ACME GmbH\n           answers:\n"), r.out());
        assertTrue(r.out().contains("       1. A dealbreaker answer"), r.out());
    }

    @Test
    void theGermanMainPageHasTheSameSectionsInGerman() throws Exception {
        Rendered r = man(MAN_DE.resolve("should-i-fire-client.1"));
        assertEquals(List.of("BEZEICHNUNG", "ÜBERSICHT", "BESCHREIBUNG", "OPTIONEN", "ARGUMENTE", "BEFEHLE", "RÜCKGABEWERT",
                "IM TERMINAL", "ANTWORTDATEIEN", "WIE DAS URTEIL ZUSTANDE KOMMT", "UMGEBUNGSVARIABLEN", "DATEIEN", "BEISPIELE",
                "SIEHE AUCH"), r.sections());
        assertTrue(r.out().contains("       history\n           Zeigt, wie sich die Bewertungen"), r.out());
        assertTrue(r.out().contains("       130\n           abgebrochen (Strg-C)"), r.out());
        assertTrue(r.out().contains("       b, Esc, Links\n           Zurück zur vorigen Frage"), r.out());
    }

    /**
     * The header's and footer's three parts never overlap at 80 columns: the page's title on the
     * left and right and the manual's name between them, the source, the date and the title; the
     * part in the middle only where there is room for it.
     */
    @Test
    void noHeaderOverlapsInEitherLanguage() throws Exception {
        for (Path folder : List.of(MAN, MAN_DE)) {
            for (String page : list(folder)) {
                String title = page.substring(0, page.length() - 2).toUpperCase(Locale.ROOT) + "(1)";
                String header = man(folder.resolve(page)).out().lines().findFirst().orElseThrow();
                Matcher m = Pattern.compile(Pattern.quote(title) + "( {2,}| {2,}(\\S.*\\S) {2,})" + Pattern.quote(title)).matcher(header);
                assertTrue(m.matches(), folder + "/" + page + ": \"" + header + "\"");
                if (m.group(2) != null) {
                    assertEquals(folder.equals(MAN) ? "User Commands" : "Benutzerbefehle", m.group(2), header);
                }
                List<String> lines = man(folder.resolve(page)).out().lines().toList();
                String footer = lines.get(lines.size() - 1);
                assertTrue(footer.matches("should-i-fire-client \\S+( {2,}\\d{4}-\\d\\d-\\d\\d)? {2,}" + Pattern.quote(title)),
                        folder + "/" + page + ": \"" + footer + "\"");
            }
        }
    }

    @Test
    void everySubcommandHasAPageWithItsExamplesThatPointsBack() throws Exception {
        assertEquals(PAGES, list(MAN));
        assertEquals(PAGES, list(MAN_DE));
        for (String page : PAGES.subList(0, PAGES.size() - 1)) {
            Rendered en = man(MAN.resolve(page));
            assertTrue(en.out().contains("SEE ALSO\n       should-i-fire-client(1)\n"), page + ":\n" + en.out());
            assertTrue(en.sections().contains("EXAMPLES"), page + ":\n" + en.out());
            Rendered de = man(MAN_DE.resolve(page));
            assertTrue(de.out().contains("SIEHE AUCH\n       should-i-fire-client(1)\n"), page + ":\n" + de.out());
            assertTrue(de.sections().contains("BEISPIELE"), page + ":\n" + de.out());
        }
        Rendered history = man(MAN.resolve("should-i-fire-client-history.1"));
        assertTrue(history.out().contains("       --forget=CLIENT\n"), history.out());
        assertTrue(history.out().contains("should-i-fire-client history --forget \"ACME GmbH\"\n"), history.out());
        assertTrue(!history.out().contains("130") && !history.out().contains("--version"), history.out());
    }

    /** A German reader meets no English sentence of the help: every line of text differs from the English page's. */
    @Test
    void theGermanPagesHaveNoEnglishSentences() throws Exception {
        Set<String> englishHeadings = Set.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ARGUMENTS", "COMMANDS",
                "EXIT STATUS", "EXAMPLES", "SEE ALSO", "User Commands");
        for (String page : PAGES) {
            Rendered en = man(MAN.resolve(page));
            Rendered de = man(MAN_DE.resolve(page));
            Set<String> english = en.out().lines().map(String::strip).filter(l -> l.split(" ").length >= 4)
                    .filter(l -> !l.contains("should-i-fire-client") && !l.contains("HowToMintMoney"))
                    .filter(l -> !l.startsWith("[")) // the synopsis: names of options, the same in both
                    .collect(Collectors.toSet());
            List<String> same = new ArrayList<>();
            List<String> lines = de.out().lines().map(String::strip).toList();
            for (String line : lines.subList(1, lines.size() - 1)) { // not the header and footer: titles and version
                if (english.contains(line) || englishHeadings.contains(line)) {
                    same.add(line);
                }
            }
            assertEquals(List.of(), same, page + ":\n" + de.out());
        }
    }
}
