package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The man pages the build makes, rendered by man(1) the way a user views them. */
class ManPageIT {
    private static final Path MAN = Path.of("target/man");

    private record Rendered(int code, String out, String err) {}

    private static Rendered man(Path page) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("man", "--warnings", "-l", page.toString());
        pb.environment().put("MANWIDTH", "80");
        pb.environment().put("MANPAGER", "cat");
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        var err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        return new Rendered(p.waitFor(), out, err.join());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theMainPageRendersWithEverySection() throws Exception {
        Rendered r = man(MAN.resolve("should-i-fire-client.1"));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "groff has no warnings");
        List<String> sections = r.out().lines().filter(l -> l.matches("[A-Z][A-Z ]+")).toList();
        assertEquals(List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT",
                "FILES", "EXAMPLES", "SEE ALSO"), sections);
        assertTrue(r.out().startsWith("SHOULD-I-FIRE-CLIENT(1)"), r.out());
        assertTrue(r.out().contains("       --no-history\n"), r.out());
        assertTrue(r.out().contains("       history\n           Show how your clients"), r.out());
        assertTrue(r.out().contains("       XDG_STATE_HOME\n"), r.out());
        assertTrue(r.out().contains("       130\n           interrupted (Ctrl-C)"), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 80), "fits MANWIDTH");
    }

    @Test
    void everySubcommandHasAPageThatPointsBack() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.list(MAN)) {
            pages = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("should-i-fire-client-completion.1", "should-i-fire-client-help.1",
                "should-i-fire-client-history.1", "should-i-fire-client-letter.1", "should-i-fire-client-questions.1", "should-i-fire-client-template.1",
                "should-i-fire-client-validate.1", "should-i-fire-client.1"), pages);
        for (String page : pages.subList(0, pages.size() - 1)) {
            Rendered r = man(MAN.resolve(page));
            assertEquals("", r.err(), page);
            assertTrue(r.out().contains("SEE ALSO\n       should-i-fire-client(1)\n"), page + ":\n" + r.out());
        }
        Rendered history = man(MAN.resolve("should-i-fire-client-history.1"));
        assertTrue(history.out().contains("       --forget=CLIENT\n"), history.out());
    }
}
