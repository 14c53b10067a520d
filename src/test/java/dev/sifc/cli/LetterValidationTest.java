package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on letters files: every problem, one line each, with its line and column. */
class LetterValidationTest {
    @TempDir
    Path dir;

    private CliRunner.Result validate(String content, String... extra) throws IOException {
        Files.writeString(dir.resolve("letters.yaml"), content, StandardCharsets.UTF_8);
        String[] args = new String[extra.length + 2];
        args[0] = "validate";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[args.length - 1] = "letters.yaml";
        return new CliRunner().cwd(dir).run(args);
    }

    private static final String GOOD = """
            version: 1
            letters:
              - kind: hours
                sign: unreasonable-demands
                step: first-step
                when: {en: Calls at all hours, de: Anrufe zu jeder Zeit}
                subject: {en: "My hours", de: "Meine Zeiten"}
                body:
                  en: |-
                    Dear {client},
                    I work {hours}.
                  de: |-
                    Guten Tag {client},
                    ich arbeite {hours}.
              - kind: ending
                step: ending
                open-door: true
                when: {en: Let go, de: Gehen lassen}
                subject: {en: "The end", de: "Das Ende"}
                body: {en: "Goodbye, {client}.", de: "Auf Wiedersehen, {client}."}
            """;

    @Test
    void aGoodLettersFileIsOk() throws IOException {
        CliRunner.Result r = validate(GOOD);
        assertEquals(0, r.code(), r::toString);
        assertEquals("letters.yaml: ok (2 letters)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void eachProblemIsOneLineWithItsPosition() throws IOException {
        String broken = GOOD
                .replace("I work {hours}.", "I work {hourz}, and {colour}.")   // two unknown blanks, on line 11
                .replace("de: Anrufe zu jeder Zeit}", "fr: Appels}")            // a missing language (and an unknown key)
                .replace("sign: unreasonable-demands", "sign: unreasonable-demand") // a sign that does not exist
                .replace("    open-door: true\n", "    open-door: true\n    sign: slow-to-pay\n"); // an ending with a sign
        CliRunner.Result r = validate(broken);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals("""
                letters.yaml:4:11: there is no sign "unreasonable-demand" in the questionnaire; did you mean "unreasonable-demands"?
                letters.yaml:6:36: unknown key "fr" in when; did you mean "en"?
                letters.yaml:6:11: when has no "de" text; every text needs en and de
                letters.yaml:11:16: unknown blank "hourz"; did you mean "hours"?
                letters.yaml:11:29: unknown blank "colour"; the blanks are: client, sender, project, start, hours, \
                response-time, scope, amount, invoice, due, recommendation, reasons, decision, missing, deadline, notice, fee, \
                end, handover
                letters.yaml:18:11: an ending letter belongs to no sign; remove "sign"
                """, r.err());
    }

    /** --letters names a letters file for validate too: it is checked first, with the files given. */
    @Test
    void lettersGivenWithTheOptionAreCheckedAlongWithTheFiles() throws IOException {
        Files.writeString(dir.resolve("mine.yaml"), GOOD, StandardCharsets.UTF_8);
        Files.copy(Path.of("questions.yaml"), dir.resolve("q.yaml"));
        CliRunner.Result r = new CliRunner().cwd(dir).run("validate", "--letters", "mine.yaml", "q.yaml");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("mine.yaml: ok (2 letters)\nq.yaml: ok (questionnaire fire-client, 6 signs, "), r.out());
        assertEquals(2, r.out().lines().count(), r.out());
        CliRunner.Result once = new CliRunner().cwd(dir).run("--letters", "mine.yaml", "validate", "mine.yaml");
        assertEquals("mine.yaml: ok (2 letters)\n", once.out());
    }

    @Test
    void signsAreCheckedAgainstTheQuestionnaireOfTheRun() throws IOException {
        Files.copy(Path.of("questions.yaml"), dir.resolve("q.yaml"));
        Files.writeString(dir.resolve("q.yaml"), Files.readString(dir.resolve("q.yaml"))
                .replace("id: unreasonable-demands", "id: late-night-calls"), StandardCharsets.UTF_8);
        CliRunner.Result r = validate(GOOD, "--questions", "q.yaml");
        assertEquals(2, r.code(), r::toString);
        assertEquals("letters.yaml:4:11: there is no sign \"unreasonable-demands\" in the questionnaire; its signs: "
                + "late-night-calls, everything-for-nothing, slow-to-pay, dont-listen, dont-respond, lack-of-respect\n", r.err());
    }

    @Test
    void structureProblemsAreFoundTooAndOtherFilesAreStillChecked() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), "version: 2\nletters: []\n", StandardCharsets.UTF_8);
        CliRunner.Result r = new CliRunner().cwd(dir).run("validate", "other.yaml");
        assertEquals(2, r.code(), r::toString);
        assertEquals("other.yaml:1:10: version 2 is not a letters format this tool reads; use 1\n"
                + "other.yaml:2:10: there are no letters in the list\n", r.err());
        CliRunner.Result dup = validate(GOOD.replace("kind: ending", "kind: hours").replace("step: first-step", "step: first"));
        assertEquals("""
                letters.yaml:5:11: unknown step "first"; use one of: first-step, move-on, ending
                letters.yaml:15:11: duplicate kind "hours" (first on line 3)
                """, dup.err());
    }
}
