package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines answers ({@code --answers clients.jsonl}, one client per line), run as a user runs them:
 * the same reports as the YAML portfolio, stdin told apart by its first line, every kind of broken
 * line named by its line and column without stopping the others, and the ways files really end.
 */
class JsonLinesTest {
    private static final Path EXAMPLE = Path.of("examples/portfolio.jsonl");
    private static List<String> lines;
    /** One good client's line, unnamed. */
    private static String keep;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        lines = Files.readAllLines(EXAMPLE);
        keep = lines.get(0).replace("\"client\": \"Good Bakery\", ", "");
    }

    private CliRunner.Result run(String name, String content, String... extra) throws IOException {
        return run(name, content.getBytes(StandardCharsets.UTF_8), extra);
    }

    private CliRunner.Result run(String name, byte[] content, String... extra) throws IOException {
        Files.write(dir.resolve(name), content);
        String[] args = new String[extra.length + 2];
        args[0] = name;
        args[1] = "--no-history";
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new CliRunner().cwd(dir).run(args);
    }

    @Test
    void theExampleReportsWhatTheYamlPortfolioReports() {
        for (String format : List.of("json", "text", "markdown")) {
            CliRunner.Result yaml = new CliRunner().run("examples/portfolio.yaml", "--no-history", "--format", format);
            CliRunner.Result jsonl = new CliRunner().run("--answers", "examples/portfolio.jsonl", "--no-history", "--format", format);
            assertEquals(0, jsonl.code(), jsonl::toString);
            assertEquals(yaml.out(), jsonl.out(), format);
            assertEquals("", jsonl.err());
        }
        assertEquals(4, new CliRunner().run("examples/portfolio.jsonl", "--no-history", "--format", "json").out().lines().count());
    }

    @Test
    void stdinIsJsonLinesWhenItsFirstLineIsOneWholeObject() throws IOException {
        String expected = new CliRunner().run("examples/portfolio.yaml", "--no-history", "--format", "json").out();
        CliRunner.Result piped = new CliRunner().stdin(Files.readString(EXAMPLE)).run("-", "--no-history", "--format", "json");
        assertEquals(0, piped.code(), piped::toString);
        assertEquals(expected, piped.out());
        // A name that says no format (clients.txt, /dev/fd/3) is looked at the same way.
        assertEquals(expected, run("clients.txt", Files.readString(EXAMPLE), "--format", "json").out());
        // A JSON document over several lines is one client, as before; a one-line one reads the same either way.
        String pretty = "{\n  \"client\": \"ACME\",\n  \"answers\": " + keep.substring(keep.indexOf("{", 1)).replace("}}", "}\n}\n");
        CliRunner.Result one = new CliRunner().stdin(pretty).run("-", "--no-history", "--format", "json");
        assertEquals(0, one.code(), one::toString);
        assertTrue(one.out().startsWith("{\"schemaVersion\":4,\"client\":\"ACME\""), one::toString);
        assertEquals(1, one.out().lines().count());
    }

    @Test
    void aBrokenLineIsNamedByLineAndColumnAndTheOthersAreStillReported() throws IOException {
        String text = lines.get(0) + "\n"
                + "{\"client\": \"Typo AG\", \"answers\": {\"slow-to-pay.reminders\": \"lots\"}}\n"
                + lines.get(1) + "\n"
                + "not json\n"
                + lines.get(2) + "\n";
        CliRunner.Result r = run("clients.jsonl", text, "--format", "json");
        assertEquals(2, r.code(), r::toString);
        assertEquals(List.of("Good Bakery", "Nightmare Ltd", "Startup Inc"),
                r.out().lines().map(l -> l.replaceAll("^\\{\"schemaVersion\":4,\"client\":\"([^\"]*)\".*", "$1")).toList());
        assertEquals("clients.jsonl:2:60: invalid value \"lots\" for slow-to-pay.reminders: expected a number from 0 to 50"
                + " written with digits 0-9 (and a dot for decimals)\n"
                + "clients.jsonl:4:1: this line is not one whole JSON object (cut short, or not JSON); in JSON Lines each line is one whole object,"
                + " such as {\"client\": \"ACME\", \"answers\": {\"slow-to-pay.reminders\": 3}}\n"
                + "should-i-fire-client: 2 of 5 clients not assessed, for the problems above; the others were\n", r.err());
        // A YAML portfolio does the same with a broken document (its YAML still readable).
        String yaml = Files.readString(Path.of("examples/keep.yaml"));
        CliRunner.Result y = run("a.yaml", yaml + "---\nanswers:\n  slow-to-pay.reminders: lots\n---\n" + yaml, "--format", "json");
        assertEquals(2, y.code(), y::toString);
        assertEquals(2, y.out().lines().count(), y::toString);
        assertTrue(y.err().endsWith("(document 2)\nshould-i-fire-client: 1 of 3 clients not assessed, for the problems above;"
                + " the others were\n"), y::toString);
    }

    @Test
    void eachMistakeOnALineGetsItsOwnMessage() throws IOException {
        String text = "[1, 2]\n"
                + "{\"client\": \"A\", \"answrs\": {}}\n"
                + "{\"client\": \"B\", \"answers\": {}, \"slow-to-pay.reminders\": 3}\n"
                + "{\"answers\": {\"slow-to-pay.reminders\": 3, \"slow-to-pay.reminders\": 4}}\n"
                + "{\"answers\": {\"slow-to-pay.reminder\": 3}}\n"
                + "{\"answers\": {\"slow-to-pay.reminders\": null}}\n"
                + "{\"answers\": [\"never\"]}\n"
                + "{\"client\": {\"name\": \"C\"}, \"answers\": {}} trailing\n"
                + "{\"client\": null, \"answers\": {\"unreasonable-demands.after-hours\": {\"a\": 1}}}\n";
        CliRunner.Result r = new CliRunner().cwd(dir).run("validate", write("mistakes.jsonl", text).toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        String f = dir.resolve("mistakes.jsonl").toString();
        assertEquals(f + ":1:1: this line is JSON, but no object; each line is one client: {\"client\": \"ACME\", \"answers\": {...}}\n"
                + f + ":2:17: unknown key \"answrs\" in answers file; did you mean \"answers\"?\n"
                + f + ":2:1: missing key \"answers\"\n"
                + f + ":3:32: \"slow-to-pay.reminders\" is an answer, but it is not inside \"answers\"; write \"answers\":"
                + " {\"slow-to-pay.reminders\": ...}\n"
                + f + ":4:42: duplicate key \"slow-to-pay.reminders\" (first at column 14); keep only one of them\n"
                + f + ":5:14: unknown question id \"slow-to-pay.reminder\"; did you mean \"slow-to-pay.reminders\"?\n"
                + f + ":6:39: slow-to-pay.reminders has no value; allowed: 0..50, skip\n"
                + f + ":7:13: expected an object for answers, found a list; write {\"question-id\": value, ...}\n"
                + f + ":8:42: this line is not one whole JSON object (cut short, or not JSON); in JSON Lines each line is one whole object, such as"
                + " {\"client\": \"ACME\", \"answers\": {\"slow-to-pay.reminders\": 3}}\n"
                + f + ":9:12: client has no value\n"
                + f + ":9:66: expected a single value for unreasonable-demands.after-hours, found an object; write one value\n",
                r.err());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void blankLinesABomCrLfAndNoLastLineEndReadAsTheCleanFile() throws IOException {
        String clean = new CliRunner().run("examples/portfolio.jsonl", "--no-history", "--format", "json").out();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = "\r\n" + lines.get(0) + "\r\n   \r\n" + lines.get(1) + "\r\n" + lines.get(2) + "\n\n" + lines.get(3);
        b.write(text.getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = run("messy.ndjson", b.toByteArray(), "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertEquals(clean, r.out());
        assertEquals("", r.err());
        // The same on stdin.
        CliRunner.Result piped = new CliRunner().stdinStream(new ByteArrayInputStream(b.toByteArray()))
                .run("-", "--no-history", "--format", "json");
        assertEquals(clean, piped.out(), piped::toString);
        // An unnamed client is "client N" for its line N, as messages name it.
        CliRunner.Result unnamed = run("u.jsonl", "\n" + keep + "\n\n" + keep + "\n");
        assertTrue(unnamed.out().contains("· client 2\n") && unnamed.out().contains("· client 4\n"), unnamed::toString);
    }

    @Test
    void aHugeLineIsRefusedAndTheNextLinesAreRead() throws IOException {
        String huge = "{\"client\": \"" + "x".repeat(8 << 20) + "\"}";
        CliRunner.Result r = run("big.jsonl", lines.get(0) + "\n" + huge + "\n" + lines.get(1) + "\n", "--format", "json");
        assertEquals(2, r.code(), r::toString);
        assertEquals(2, r.out().lines().count());
        assertEquals("big.jsonl:2:1: this line is longer than 64 KiB; answers and questionnaires have short lines\n"
                + "should-i-fire-client: 1 of 3 clients not assessed, for the problems above; the others were\n", r.err());
    }

    @Test
    void invalidUtf8StopsTheStream() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            b.write((lines.get(i % 4) + "\n").getBytes(StandardCharsets.UTF_8)); // more than the reader decodes at once
        }
        int offset = b.size() + 2;
        b.write(new byte[] {'{', '"', (byte) 0xC3, '"', '}', '\n'});
        b.write((lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = run("bad.jsonl", b.toByteArray(), "--format", "json");
        assertEquals(2, r.code(), r::toString);
        long reported = r.out().lines().count();
        assertTrue(reported > 0 && reported < 40, r::toString);
        assertEquals("bad.jsonl: byte " + offset + ": not valid UTF-8; save the file as UTF-8\n", r.err());
    }

    @Test
    void missingAnswersNameTheLine() throws IOException {
        CliRunner.Result r = run("m.jsonl", lines.get(0) + "\n{\"client\": \"Half AG\", \"answers\": {\"slow-to-pay.reminders\": 3}}\n");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("should-i-fire-client: m.jsonl:2: 30 questions about Half AG have no answer: "), r::toString);
        CliRunner.Result allowed = run("m.jsonl", lines.get(0) + "\n{\"client\": \"Half AG\", \"answers\": {}}\n", "--allow-missing");
        assertEquals(0, allowed.code(), allowed::toString);
        CliRunner.Result v = new CliRunner().cwd(dir).run("validate", "m.jsonl");
        assertEquals(2, v.code());
        assertTrue(v.err().startsWith("m.jsonl:2: Half AG leaves 31 questions unanswered: "), v::toString);
    }

    @Test
    void validateChecksAJsonLinesFileLineByLine() throws IOException {
        CliRunner.Result ok = new CliRunner().run("validate", "examples/portfolio.jsonl");
        assertEquals(0, ok.code(), ok::toString);
        assertEquals("examples/portfolio.jsonl: ok (4 clients)\n", ok.out());
        CliRunner.Result piped = new CliRunner().stdin(Files.readString(EXAMPLE)).run("validate", "-");
        assertEquals("<stdin>: ok (4 clients)\n", piped.out(), piped::toString);
    }

    @Test
    void aSingleBrokenLineIsAnErrorLikeABrokenFile() throws IOException {
        CliRunner.Result r = run("one.jsonl", "{\"answers\": {\"unreasonable-demands.after-hours\": \"sometimez\"}}\n");
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals("one.jsonl:1:50: invalid value \"sometimez\" for unreasonable-demands.after-hours; allowed: \"Never\", \"Rarely\","
                + " \"Sometimes\", \"Often\", \"Always\", 1-5, skip\n", r.err());
        CliRunner.Result empty = run("empty.jsonl", "\n\n");
        assertEquals(2, empty.code());
        assertEquals("empty.jsonl:1:1: no answers: the input is empty\n", empty.err());
    }

    @Test
    void germanSaysItInGerman() throws IOException {
        write("de.jsonl", lines.get(0) + "\n[1]\n");
        CliRunner.Result r = new CliRunner().env("LANG", "de_DE.UTF-8").cwd(dir).run("de.jsonl", "--no-history", "--format", "json");
        assertEquals(2, r.code());
        assertEquals("de.jsonl:2:1: diese Zeile ist JSON, aber kein Objekt; jede Zeile ist ein Kunde: {\"client\": \"ACME\", \"answers\": {...}}\n"
                + "should-i-fire-client: 1 von 2 Kunden nicht bewertet, wegen der Probleme oben; die anderen schon\n", r.err());
    }

    @Test
    void aMissingJsonLinesFileIsNamedAsAFile() {
        CliRunner.Result r = new CliRunner().run("clients.jsonl");
        assertEquals(2, r.code());
        assertEquals("should-i-fire-client: cannot read clients.jsonl: no such file\n", r.err());
    }

    @Test
    void theHelpSaysHowJsonLinesAreChosen() {
        String help = new CliRunner().run("--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("JSON Lines file (.jsonl, .ndjson; on stdin, when its first line is one whole JSON object)"), help);
        assertTrue(help.contains("should-i-fire-client examples/portfolio.jsonl --no-history"), help);
    }
}
