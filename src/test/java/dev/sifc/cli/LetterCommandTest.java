package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Lang;
import dev.sifc.core.Letter;
import dev.sifc.core.Letters;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The letter command as a freelancer uses it: the list, one letter filled in or with blanks, a draft. */
class LetterCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/letters");
    /** The words of "du" that a letter to a client must never use; capitalised "Sie", "Ihr" are the formal ones. */
    private static final Pattern DU = Pattern.compile("(?i)\\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|euren|eurem|eurer)\\b");
    private static final String[] ENDING_VALUES = {"--set", "project=Website relaunch", "--set", "end=31 March",
        "--set", "handover=the design files and the staging server", "--set", "invoice=2026-041", "--set",
        "amount=1,200 EUR", "--set", "due=14 April", "--set", "sender=Kim Novak"};

    @TempDir
    Path dir;

    private static void golden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(new String[0]);
    }

    @ParameterizedTest(name = "ending in {0}, filled in")
    @CsvSource({"en", "de"})
    void theEndingLetterWithEveryBlankFilledInMatchesItsGolden(String lang) throws IOException {
        CliRunner.Result r = new CliRunner().run(concat(new String[] {"letter", "ending", "--client", "Nightmare Ltd",
            "--lang", lang}, ENDING_VALUES));
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), "no blank left, no note");
        assertFalse(r.out().contains("["), r.out());
        String flowing = r.out().replace('\n', ' ');
        assertTrue(flowing.contains("Nightmare Ltd") && flowing.contains("1,200 EUR"), r.out());
        golden("ending." + lang + ".filled.txt", r.out());
    }

    @ParameterizedTest(name = "{0} in {1}, with blanks")
    @CsvSource({"hours, en, 2", "payment-reminder, de, 1", "contact, en, 2", "ending-final, de, 1"})
    void aLetterWithBlanksMarksThemAndNamesThemOnStderr(String kind, String lang, int notes) throws IOException {
        CliRunner.Result r = new CliRunner().run("letter", kind, "--client", "ACME GmbH", "--lang", lang);
        assertEquals(0, r.code(), r::toString);
        golden(kind + "." + lang + ".blanks.txt", r.out());
        Letter letter = bundled().find(kind).orElseThrow();
        List<String> blanks = new ArrayList<>(letter.blanks(Lang.parse(lang).orElseThrow()));
        blanks.remove("client");
        String marked = String.join(", ", blanks.stream().map(b -> "[" + b + "]").toList());
        Messages m = new Messages(Lang.parse(lang).orElseThrow());
        List<String> err = r.err().lines().toList();
        assertEquals("should-i-fire-client: " + m.get("letter.blanks", marked, blanks.get(0)), err.get(0));
        // A first-step letter also says which answer records that the step was taken, where the sign has
        // such a question (slow payers have none); the others do not.
        assertEquals(notes, err.size(), r.err());
        for (String b : blanks) {
            assertTrue(r.out().contains("[" + b + "]"), b);
        }
    }

    /**
     * The letter and the verdict model meet at the sign's first-step question: once the hours letter
     * is sent, the re-check answers it yes, and a sign that still shows is then at move on.
     */
    /** At a 40-column terminal the list and a letter fit: the text goes under its kind, the body wraps to the screen. */
    @Test
    void aNarrowTerminalGetsTheListAndTheLetterWithinItsWidth() {
        for (List<String> args : List.of(List.of("letter"), List.of("letter", "ending", "--client", "ACME GmbH", "--lang", "de"),
                List.of("letter", "hours", "--lang", "en"))) {
            CliRunner.Result r = new CliRunner().terminal(false, true).env("COLUMNS", "40").run(args.toArray(new String[0]));
            assertEquals(0, r.code(), r::toString);
            // The subject stays one line, to be pasted into the mail program's subject field whole.
            for (String line : r.out().lines().filter(l -> !l.startsWith("Subject: ") && !l.startsWith("Betreff: ")).toList()) {
                assertTrue(Text.length(line) <= 40, () -> "wider than 40: \"" + line + "\"\n" + r.out());
            }
        }
        String list = new CliRunner().terminal(false, true).env("COLUMNS", "40").run("letter").out();
        assertTrue(list.contains("\n  payment-reminder\n    An invoice is overdue"), list);
        String wide = new CliRunner().run("letter").out();
        assertTrue(wide.contains("\n  payment-reminder  An invoice is overdue"), wide);
    }

    /**
     * The two ending letters say when each fits as the report chooses them: the door stays open only
     * for a client who always treated you with respect, so the closing one is for any other, not only
     * after abuse.
     */
    @Test
    void theEndingLettersSayWhichClientEachIsFor() {
        assertTrue(new CliRunner().run("letter").out().contains("\n"
                + "  ending            Let go: end politely, bill the balance, door left open.\n"
                + "  ending-final      Let go, respect lacking: end in writing, door closed.\n\n"), "en");
        assertTrue(new CliRunner().run("letter", "--lang", "de").out().contains("\n"
                + "  ending            Gehen lassen: höflich beenden, abrechnen, Tür offen.\n"
                + "  ending-final      Gehen lassen, Respekt fehlt: schriftlich beenden, Tür zu.\n\n"), "de");
    }

    @Test
    void aFirstStepLetterNamesTheAnswerThatRecordsItAndTheRecheckMovesOn() throws IOException {
        CliRunner.Result letter = new CliRunner().run("letter", "hours", "--client", "Scenario 04");
        String note = letter.err().lines().toList().get(1);
        assertEquals("should-i-fire-client: once it is sent, answer unreasonable-demands.told-hours with yes at the next"
                + " assessment: \"Have you told the client which working hours and response times they can expect from you?\"",
                note);
        String before = Files.readString(Path.of("src/test/resources/scenarios/04-hours-never-stated.yaml"));
        CliRunner.Result first = new CliRunner().runWithAnswers(dir, before, "--no-history", "--format", "json");
        assertTrue(first.out().contains("\"rule\":\"showing\""), first.out());
        String sent = before.replace("unreasonable-demands.told-hours: no", "unreasonable-demands.told-hours: yes");
        assertFalse(sent.equals(before), "the scenario answers told-hours");
        // The client ignores the hours the letter stated: time to move on, and the report points to the ending.
        String ignored = sent.replace("unreasonable-demands.boundaries: skip", "unreasonable-demands.boundaries: ignores");
        CliRunner.Result recheck = new CliRunner().runWithAnswers(dir, ignored, "--no-history", "--format", "json");
        assertTrue(recheck.out().contains("\"rule\":\"move-on\""), recheck.out());
        assertTrue(recheck.out().contains("\"letters\":[{\"kind\":\"ending\""), recheck.out());
        // The client keeps to them: no move on.
        String kept = sent.replace("unreasonable-demands.boundaries: skip", "unreasonable-demands.boundaries: respects");
        CliRunner.Result better = new CliRunner().runWithAnswers(dir, kept, "--no-history", "--format", "json");
        assertFalse(better.out().contains("\"rule\":\"move-on\""), better.out());
    }

    @Test
    void withoutAKindTheLettersAreListedOneLineEachWithWhenToSendThem() {
        for (String lang : new String[] {"en", "de"}) {
            CliRunner.Result r = new CliRunner().run("letter", "--lang", lang);
            assertEquals(0, r.code(), r::toString);
            List<String> lines = r.out().lines().toList();
            Letters letters = bundled();
            assertEquals(letters.all().size() + 3, lines.size(), r.out());
            for (int i = 0; i < letters.all().size(); i++) {
                Letter l = letters.all().get(i);
                assertTrue(lines.get(i + 1).startsWith("  " + l.kind() + " "), lines.get(i + 1));
                assertTrue(lines.get(i + 1).endsWith(l.when().get(Lang.parse(lang).orElseThrow())), lines.get(i + 1));
                assertTrue(lines.get(i + 1).length() <= 80, lines.get(i + 1));
            }
            assertEquals("", r.err());
        }
    }

    @Test
    void anUnknownSetKeyIsOneLineListingTheLettersBlanks() {
        CliRunner.Result r = new CliRunner().run("letter", "hours", "--set", "colour=blue");
        assertEquals(2, r.code(), r::toString);
        assertEquals("should-i-fire-client: the letter hours has no blank \"colour\"; its blanks: project, client, start,"
                + " hours, response-time, sender\n", r.err());
        assertEquals("", r.out());
        CliRunner.Result typo = new CliRunner().run("letter", "ending", "--set", "amout=3", "--lang", "de");
        assertEquals(2, typo.code());
        assertEquals("should-i-fire-client: der Brief ending hat keine Lücke „amout“; meintest du „amount“?\n", typo.err());
        CliRunner.Result form = new CliRunner().run("letter", "ending", "--set", "amount");
        assertEquals(2, form.code());
        assertEquals("should-i-fire-client: --set needs KEY=VALUE, not \"amount\"\n", form.err());
    }

    @Test
    void anUnknownKindIsOneLineWithTheNearestOrTheList() {
        CliRunner.Result r = new CliRunner().run("letter", "endign");
        assertEquals(2, r.code());
        assertEquals("should-i-fire-client: no letter \"endign\"; did you mean \"ending\"?\n", r.err());
        CliRunner.Result far = new CliRunner().run("letter", "xyzzy-plugh");
        assertEquals(2, far.code());
        assertEquals("should-i-fire-client: no letter \"xyzzy-plugh\"; the letters are: " + String.join(", ", bundled().kinds())
                + "\n", far.err());
    }

    @Test
    void aLaterSetOfTheSameKeyWinsAndValuesAreCleanedForTheTerminal() {
        CliRunner.Result r = new CliRunner().run("letter", "payment-reminder", "--set", "invoice=1", "--set", "invoice=2\u001b[31m");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Subject: Reminder: invoice 2"), r.out());
        assertFalse(r.out().contains("\u001b"), r.out());
    }

    /** A value is one line: a newline in it cannot add a header to a draft, nor a line to its subject. */
    @Test
    void aValueWithANewlineStaysOneLineInADraft() throws IOException {
        CliRunner.Result r = new CliRunner().run("letter", "hours", "--format", "eml", "--set", "project=Evil\r\nBcc: x@y.z");
        assertEquals(0, r.code(), r::toString);
        Message m = Message.Builder.of(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.US_ASCII))).build();
        assertEquals("Evil??Bcc: x@y.z: my working hours and response times", m.getSubject());
        assertEquals(null, m.getHeader().getField("Bcc"));
    }

    /** The .eml draft, read back by the library that wrote it: subject, umlauts and recipient survive. */
    @Test
    void theEmlDraftParsesBackWithItsSubjectBodyAndUmlauts() throws IOException {
        CliRunner.Result r = new CliRunner().on("2026-03-02").run(concat(new String[] {"letter", "ending", "--client",
            "Jörg Müller GmbH", "--lang", "de", "--format", "eml", "--to", "joerg@example.com"}, ENDING_VALUES));
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().chars().allMatch(c -> c < 0x80), "a draft is 7-bit clean");
        Message m = Message.Builder.of(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.US_ASCII))).build();
        assertEquals("Website relaunch: Ende unserer Zusammenarbeit", m.getSubject());
        assertEquals("joerg@example.com", m.getTo().flatten().get(0).getAddress());
        assertEquals("1", m.getHeader().getField("X-Unsent").getBody());
        assertEquals("text/plain", m.getMimeType());
        assertEquals("utf-8", m.getCharset().toLowerCase(Locale.ROOT));
        String body;
        try (InputStream in = ((TextBody) m.getBody()).getInputStream()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(body.startsWith("Guten Tag Jörg Müller GmbH,\r\n"), body);
        assertTrue(body.contains("Mit freundlichen Grüßen\r\nKim Novak"), body);
        assertTrue(body.contains("nach reiflicher Überlegung habe ich mich entschieden"), body);
    }

    @Test
    void anUmlautInTheSubjectIsEncodedAndComesBack() throws IOException {
        CliRunner.Result r = new CliRunner().run("letter", "hours", "--lang", "de", "--format", "eml", "--set",
                "project=Küchenplaner für Öl & Gas");
        assertEquals(0, r.code(), r::toString);
        Message m = Message.Builder.of(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.US_ASCII))).build();
        assertEquals("Küchenplaner für Öl & Gas: meine Arbeits- und Antwortzeiten", m.getSubject());
        assertTrue(r.out().contains("\nSubject: =?"), "encoded, as RFC 2047 asks: " + r.out());
    }

    @Test
    void toIsForDraftsAndMustBeAnAddress() {
        CliRunner.Result text = new CliRunner().run("letter", "hours", "--to", "anna@example.com");
        assertEquals(2, text.code());
        assertEquals("should-i-fire-client: --to goes with --format eml: a text letter has no recipient\n", text.err());
        for (String bad : new String[] {"anna", "anna@", "jörg@example.com", "a@b.c\nBcc: x@y.z"}) {
            CliRunner.Result r = new CliRunner().run("letter", "hours", "--format", "eml", "--to", bad);
            assertEquals(2, r.code(), bad + ": " + r);
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("is not an e-mail address"), r.err());
        }
    }

    /** Letters to clients are formal: German ones say "Sie" and never "du", "dich", "dein"... */
    @Test
    void germanLettersUseSieThroughout() {
        for (Letter l : bundled().all()) {
            String text = l.subject().de() + "\n" + l.body().de();
            Matcher m = DU.matcher(text);
            assertFalse(m.find(), () -> l.kind() + " says \"" + m.group() + "\"");
            assertTrue(text.contains("Sie") || text.contains("Ihnen") || text.contains("Ihr"), l.kind());
        }
        // The test would catch it: a du-word in a letter is found.
        assertTrue(DU.matcher("Guten Tag,\nkannst du mir deine Zeiten nennen?").find());
        assertFalse(DU.matcher("Bitte senden Sie mir Ihre Dudelsack-Noten; Dirk dankt.").find());
    }

    /** The done criterion: every sign's first step has a letter, and the bundled letters pass validate. */
    @Test
    void everySignsFirstStepHasALetterAndTheBundledLettersValidate() {
        CliRunner runner = new CliRunner();
        Questionnaire q = new RunContext(runner.env(), new Messages(Lang.EN)).questionnaire(null);
        Letters letters = bundled();
        for (Sign s : q.signs()) {
            assertTrue(letters.all().stream().anyMatch(l -> s.id().equals(l.sign()) && l.step() == Letter.Step.FIRST_STEP),
                    s.id());
        }
        assertTrue(letters.ending(true).orElseThrow().openDoor());
        assertFalse(letters.ending(false).orElseThrow().openDoor());
        CliRunner.Result r = runner.run("validate", "letters.yaml");
        assertEquals(0, r.code(), r::toString);
        assertEquals("letters.yaml: ok (9 letters)\n", r.out());
    }

    @Test
    void lettersFileReplacesTheBundledLetters() throws IOException {
        Files.writeString(dir.resolve("mine.yaml"), """
                version: 1
                letters:
                  - kind: thanks
                    step: ending
                    when: {en: "A good ending", de: "Ein gutes Ende"}
                    subject: {en: "Thank you, {client}", de: "Danke, {client}"}
                    body: {en: "It was a pleasure.\\n{sender}", de: "Es war mir eine Freude.\\n{sender}"}
                """, StandardCharsets.UTF_8);
        CliRunner.Result list = new CliRunner().cwd(dir).run("letter", "--letters", "mine.yaml");
        assertEquals(0, list.code(), list::toString);
        assertEquals("Letters to send, and when:\n  thanks  A good ending\n\n"
                + "Print one with: should-i-fire-client letter KIND --client NAME --set KEY=VALUE\n", list.out());
        CliRunner.Result r = new CliRunner().cwd(dir).run("--letters", "mine.yaml", "letter", "thanks", "--client", "Ann");
        assertEquals("Subject: Thank you, Ann\n\nIt was a pleasure.\n[sender]\n", r.out());
        CliRunner.Result gone = new CliRunner().cwd(dir).run("letter", "ending", "--letters", "mine.yaml");
        assertEquals(2, gone.code());
        assertEquals("should-i-fire-client: no letter \"ending\"; the letters are: thanks\n", gone.err());
    }

    @Test
    void aBrokenLettersFileIsOneLineWithItsPositionAndExit2() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "version: 1\nletters:\n  - kind: x\n", StandardCharsets.UTF_8);
        CliRunner.Result r = new CliRunner().cwd(dir).run("letter", "--letters", "bad.yaml");
        assertEquals(2, r.code(), r::toString);
        assertEquals("bad.yaml:3:5: missing key \"step\"\n"
                + "(3 more problems; run \"should-i-fire-client validate bad.yaml\" to see them all)\n", r.err());
        CliRunner.Result missing = new CliRunner().cwd(dir).run("letter", "--letters", "nothere.yaml");
        assertEquals(2, missing.code(), missing::toString);
        assertEquals(1, missing.err().lines().count(), missing.err());
    }

    static Letters bundled() {
        return new RunContext(new CliRunner().env(), new Messages(Lang.EN)).letters();
    }
}
