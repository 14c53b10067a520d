package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.sifc.core.Lang;
import dev.sifc.render.DraftsReport;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The drafts command's list as a user sees it: the day written as the report writes days, with the
 * time; at a terminal within its width (the file under its row when the row would not fit); into a
 * pipe one row per draft; as JSON, the time to the second as the history has it.
 */
class DraftsListTest {
    private static final Instant SAVED = Instant.parse("2026-12-03T13:15:48.906164482Z");

    /** A runner with one draft of {@code client}, one question answered, saved at {@link #SAVED}. */
    private static CliRunner withDraft(String client) throws IOException {
        CliRunner runner = new CliRunner().on("2026-12-03");
        CliRunner.Result r = runner.stdin("often\n").run("--client", client);
        assertEquals(2, r.code(), r::toString);
        Files.setLastModifiedTime(draft(runner), FileTime.from(SAVED));
        return runner.stdin("");
    }

    private static Path draft(CliRunner runner) throws IOException {
        try (Stream<Path> files = Files.list(runner.stateDir().resolve("drafts"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).findFirst().orElseThrow();
        }
    }

    private static CliRunner.Result list(CliRunner runner, boolean tty, int columns, String... more) {
        String[] args = Stream.concat(Stream.of("drafts"), Stream.of(more)).toArray(String[]::new);
        CliRunner.Result r = runner.terminal(false, tty).env("COLUMNS", Integer.toString(columns)).run(args);
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        return r;
    }

    @Test
    void atANarrowTerminalTheFileGoesUnderItsRow() throws IOException {
        CliRunner runner = withDraft("Skiptest");
        Path file = draft(runner);
        assertEquals("Client    Answered  Saved\n  File\nSkiptest  1 of 31   Dec 3, 2026 13:15\n  " + file + "\n",
                list(runner, true, 40).out());
        assertEquals("Kunde     Beantwortet  Gespeichert\n  Datei\nSkiptest  1 von 31     03.12.2026 13:15\n  " + file + "\n",
                list(runner, true, 40, "--lang", "de").out());
    }

    @Test
    void aWideTerminalAndAPipeKeepOneRowPerDraft() throws IOException {
        CliRunner runner = withDraft("Skiptest");
        Path file = draft(runner);
        String oneRow = "Client    Answered  Saved              File\nSkiptest  1 of 31   Dec 3, 2026 13:15  " + file + "\n";
        assertEquals(oneRow, list(runner, false, 40).out(), "into a pipe: one row per draft, whatever COLUMNS says");
        // A terminal as wide as the row (the state folders of these tests are too deep for any).
        StringWriter out = new StringWriter();
        List<DraftsReport.Row> rows = List.of(new DraftsReport.Row("Skiptest", 1, 31, SAVED, "/tmp/d/skiptest.yaml"));
        new DraftsReport(new PrintWriter(out), new Messages(Lang.EN), ZoneOffset.UTC, 80).table(rows);
        assertEquals("Client    Answered  Saved              File\nSkiptest  1 of 31   Dec 3, 2026 13:15  /tmp/d/skiptest.yaml\n",
                out.toString());
    }

    /** A name too long for what the terminal leaves it is cut; every line fits but the file's own. */
    @Test
    void aLongNameIsCutToFitAndEveryLineButTheFilesFits() throws IOException {
        CliRunner runner = withDraft("A client whose name is far too long for forty columns");
        List<String> lines = list(runner, true, 40).out().lines().toList();
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(2).startsWith("A client") && lines.get(2).endsWith("1 of 31   Dec 3, 2026 13:15"), lines::toString);
        for (int i = 0; i < 3; i++) {
            assertTrue(Text.length(lines.get(i)) <= 40, lines.get(i));
        }
        assertEquals("  " + draft(runner), lines.get(3));
    }

    @Test
    void jsonSaysWhenToTheSecondAsTheHistoryDoes() throws IOException {
        CliRunner runner = withDraft("Skiptest");
        String line = list(runner, false, 40, "--format", "json").out().strip();
        assertEquals("2026-12-03T13:15:48Z", JsonParser.parseString(line).getAsJsonObject().get("saved").getAsString());
    }
}
