package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario files run as a user runs them, through the command line: the verdict they see, in
 * both languages, and what the verdict means for exit codes and the history.
 */
class ScenariosTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: ([a-z-]+)$");
    private static final Map<String, String> TITLES_EN = Map.of("keep", "Keep this client", "recalibrate",
            "Recalibrate the relationship", "fire", "Let this client go", "insufficient", "Not enough to judge yet");
    private static final Map<String, String> TITLES_DE = Map.of("keep", "Behalte diesen Kunden", "recalibrate",
            "Stell die Zusammenarbeit neu auf", "fire", "Lass diesen Kunden gehen", "insufficient", "Noch zu wenig für ein Urteil");

    @TempDir
    Path dir;

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.sorted().toList();
        }
    }

    private static String expected(Path file) throws IOException {
        Matcher m = EXPECT.matcher(Files.readString(file));
        assertTrue(m.find(), file + " names its expected verdict");
        return m.group(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theReportShowsTheScenariosVerdictInBothLanguages(Path file) throws IOException {
        String verdict = expected(file);
        CliRunner.Result en = new CliRunner().run("--answers", file.toString(), "--no-history", "--lang", "en");
        assertEquals(0, en.code(), en::toString);
        assertTrue(en.out().contains("\n  Verdict: " + TITLES_EN.get(verdict)), en.out());
        CliRunner.Result de = new CliRunner().run("--answers", file.toString(), "--no-history", "--lang", "de");
        assertTrue(de.out().contains("\n  Urteil: " + TITLES_DE.get(verdict)), de.out());
        // A keep never advises moving on; a let go says how to end it; no what-if section without a what-if.
        if (verdict.equals("keep")) {
            assertTrue(en.out().contains("What to do\n  No warning sign shows; nothing about this client needs to change.\n"), en.out());
        }
        assertEquals(verdict.equals("fire"), en.out().contains("\nHow to end it\n"), en.out());
        assertEquals(verdict.equals("fire"), de.out().contains("\nSo beendest du es\n"), de.out());
        CliRunner.Result json = new CliRunner().run("--answers", file.toString(), "--no-history", "--format", "json");
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(verdict, o.getAsJsonObject("verdict").get("id").getAsString());
        assertEquals(!o.getAsJsonArray("whatIf").isEmpty(), en.out().contains("\nWhat would change the verdict\n"), en.out());
    }

    @Test
    void anAbusiveClientWhoWentSilentIsNotInvitedBackInEitherLanguage() {
        String file = SCENARIOS.resolve("17-abusive-and-silent.yaml").toString();
        CliRunner.Result en = new CliRunner().run("--answers", file, "--no-history", "--lang", "en");
        String todo = en.out().substring(en.out().indexOf("\nWhat to do\n"));
        assertTrue(todo.startsWith("""

                What to do
                  Doesn't respond to you (move on)
                    Put the ending and every open point in writing by email, with dates, and
                    invoice the balance that is due. Do not wait for an answer to close the
                    project.

                  Shows no basic respect (move on)
                """), todo);
        assertFalse(en.out().contains("get in touch"), en.out());
        assertFalse(en.out().contains("come back"), en.out());
        CliRunner.Result de = new CliRunner().run("--answers", file, "--no-history", "--lang", "de");
        assertTrue(de.out().contains("\n  Reagiert nicht auf dich (Zeit zu gehen)\n    Halte das Ende und alle offenen Punkte per E-Mail fest"),
                de.out());
        assertFalse(de.out().contains("sich wieder zu melden"), de.out());
        assertFalse(de.out().contains("wiederkommen"), de.out());
        // JSON says the same per sign.
        CliRunner.Result json = new CliRunner().run("--answers", file, "--no-history", "--format", "json");
        JsonObject silent = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("signs").get(4).getAsJsonObject();
        assertTrue(silent.get("advice").getAsString().startsWith("Put the ending and every open point"), json.out());
    }

    /** One line of a report as a reader sees it: the paragraphs joined, whatever the width. */
    private static String flat(String report) {
        return report.replaceAll("\\s+", " ");
    }

    private static JsonObject json(String file, String lang) {
        CliRunner.Result r = new CliRunner().run("--answers", file, "--no-history", "--format", "json", "--lang", lang);
        assertEquals(0, r.code(), r::toString);
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    /**
     * A client let go for going silent who also shows too little respect (meetings often missed):
     * "How to end it", the silent client's advice and the suggested letter all close the door, in
     * both languages; none says "if the client always treated you with respect" or invites them back.
     */
    @Test
    void aSilentClientLackingRespectGetsNoOpenDoorAnywhereInTheReport() {
        String file = SCENARIOS.resolve("23-silent-and-cancels.yaml").toString();
        CliRunner.Result en = new CliRunner().run("--answers", file, "--no-history", "--lang", "en");
        assertEquals(0, en.code(), en::toString);
        String out = flat(en.out());
        assertTrue(out.contains(" Shows no basic respect ███░░░░░░░ 33 showing "), out);
        assertTrue(out.contains(" How to end it Finish what you agreed to deliver, or hand it over, and tell the client by when."
                + " Send the invoice for the remaining balance. Keep the ending in writing, brief and polite. Leave no door open:"
                + " the client shows too little respect for you or your time, and the article says to stop investing your time"
                + " and energy in such a relationship. Letter: should-i-fire-client letter ending-final --client 'Scenario 23'"
                + " --lang en What to do Doesn't respond to you (move on) If nothing comes back, pull the plug: send the invoice for"
                + " the balance that is due. (Whether the door stays open, \"How to end it\" says.) "), out);
        for (String open : List.of("leave the door open", "get in touch", "treated you with respect", "letter ending ")) {
            assertFalse(out.contains(open), open + " in: " + en.out());
        }
        CliRunner.Result de = new CliRunner().run("--answers", file, "--no-history", "--lang", "de");
        String aus = flat(de.out());
        assertTrue(aus.contains(" Halte das Ende schriftlich fest, kurz und höflich. Lass keine Tür offen: Der Kunde bringt dir"
                + " oder deiner Zeit zu wenig Respekt entgegen, und laut Artikel steckst du dann keine Zeit und Kraft mehr in die"
                + " Beziehung. Brief: should-i-fire-client letter ending-final --client 'Scenario 23' --lang de "), aus);
        assertTrue(aus.contains(" Reagiert nicht auf dich (Zeit zu gehen) Kommt trotzdem nichts zurück, zieh den Stecker"), aus);
        for (String open : List.of("Tür für später offen", "Lade den Kunden ein", "respektvoll behandelt", "letter ending ")) {
            assertFalse(aus.contains(open), open + " in: " + de.out());
        }
        JsonObject o = json(file, "en");
        assertTrue(o.getAsJsonObject("verdict").get("advice").getAsString().endsWith(" Leave no door open: the client shows too"
                + " little respect for you or your time, and the article says to stop investing your time and energy in such a"
                + " relationship."), o.toString());
        assertEquals("ending-final", o.getAsJsonArray("letters").get(0).getAsJsonObject().get("kind").getAsString());
        assertTrue(o.getAsJsonArray("signs").get(4).getAsJsonObject().get("advice").getAsString()
                .startsWith("If nothing comes back, pull the plug"), o.toString());
    }

    /**
     * The same silent client with respect not lacking: the door stays open in all three places;
     * with the respect questions skipped, "How to end it" leaves that condition to the user.
     */
    @Test
    void aSilentClientWhoShowsRespectGetsTheOpenDoorEverywhere() throws IOException {
        String file = SCENARIOS.resolve("12-silent-after-asking.yaml").toString();
        String en = flat(new CliRunner().run("--answers", file, "--no-history", "--lang", "en").out());
        assertTrue(en.contains(" Keep the ending in writing, brief and polite. If it suits you, leave the door open for later:"
                + " invite the client to get in touch again once they are ready to continue."
                + " Letter: should-i-fire-client letter ending --client 'Scenario 12' --lang en "), en);
        assertFalse(en.contains("no door open"), en);
        String de = flat(new CliRunner().run("--answers", file, "--no-history", "--lang", "de").out());
        assertTrue(de.contains(" Halte das Ende schriftlich fest, kurz und höflich. Wenn es dir passt, lass die Tür für später offen:"
                + " Lade den Kunden ein, sich wieder zu melden, sobald er weitermachen kann."
                + " Brief: should-i-fire-client letter ending --client 'Scenario 12' --lang de "), de);
        assertEquals("ending", json(file, "de").getAsJsonArray("letters").get(0).getAsJsonObject().get("kind").getAsString());

        Path skipped = dir.resolve("respect-skipped.yaml");
        Files.writeString(skipped, Files.readString(Path.of(file)).replaceAll("(lack-of-respect\\.[a-z-]+): .*", "$1: skip"));
        String unjudged = flat(new CliRunner().run("--answers", skipped.toString(), "--no-history", "--lang", "en").out());
        assertTrue(unjudged.contains(" If it suits you, and the client always treated you with respect, leave the door open for later:"
                + " invite them to get in touch again once they are ready to continue. Letter: should-i-fire-client letter ending "),
                unjudged);
    }

    /**
     * The silent client's "Why" after the first step says only what the answers say: the contact was
     * asked for and the delays written down (the question asks both), and the client still keeps you
     * waiting, sometimes; not that nothing comes at all.
     */
    @Test
    void theReasonAfterAskingForAContactStatesOnlyWhatTheAnswersSay() throws IOException {
        Path file = dir.resolve("sometimes.yaml");
        Files.writeString(file, Files.readString(SCENARIOS.resolve("12-silent-after-asking.yaml"))
                .replace("dont-respond.disappears: yes", "dont-respond.disappears: no")
                .replace("dont-respond.missing-input: often", "dont-respond.missing-input: sometimes")
                .replace("dont-respond.hurry-wait: never", "dont-respond.hurry-wait: sometimes"));
        String en = flat(new CliRunner().run("--answers", file.toString(), "--no-history", "--lang", "en").out());
        assertTrue(en.contains(" Why • You asked for another contact and wrote down what the delays mean, and the client still keeps"
                + " you waiting; the article says it may be time to pull the plug. "), en);
        assertFalse(en.contains("still nothing comes"), en);
        String de = flat(new CliRunner().run("--answers", file.toString(), "--no-history", "--lang", "de").out());
        assertTrue(de.contains(" • Du hast nach einer anderen Ansprechperson gefragt und festgehalten, was die Verzögerungen"
                + " bedeuten, und der Kunde lässt dich trotzdem warten; laut Artikel kann es Zeit sein, den Stecker zu ziehen. "), de);
        assertFalse(de.contains("kommt nichts"), de);
    }

    @Test
    void aLetGoOnTheLoadGivesEverySignWhatStillHelpsNotItsFirstStep() {
        String file = SCENARIOS.resolve("16-all-six-often.yaml").toString();
        CliRunner.Result en = new CliRunner().run("--answers", file, "--no-history", "--lang", "en");
        assertFalse(en.out().contains("Ask whether someone else can be your contact"), en.out());
        CliRunner.Result late = new CliRunner().run("--answers", SCENARIOS.resolve("20-late-payer-also-demanding.yaml").toString(),
                "--no-history", "--lang", "en");
        assertTrue(late.out().contains("""
                  Makes unreasonable demands (showing)
                    Until the work is done, keep to the hours and response times you have set,
                    and take on no rush jobs beyond what was agreed.
                """), late.out());
        assertFalse(late.out().contains("tell the client plainly"), late.out());
    }

    @Test
    void notEnoughToJudgeExitsZeroWhateverFailOnAndIsNotRecorded() {
        CliRunner runner = new CliRunner();
        String file = SCENARIOS.resolve("15-one-sign-calm.yaml").toString();
        CliRunner.Result r = runner.run("--answers", file, "--fail-on", "recalibrate");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("  Verdict: Not enough to judge yet\n"), r.out());
        assertFalse(r.out().contains("overall score"), "no score that would read as 'all is well'");
        assertTrue(r.out().contains("  • Only 1 of the 4 signs needed can be judged. Answer more questions about:"), r.out());
        assertEquals("should-i-fire-client: warning: not recorded in the history: there are not enough answers to judge yet\n",
                r.err());
        assertFalse(Files.exists(runner.stateDir().resolve("history.jsonl")), "nothing recorded");
        CliRunner.Result list = runner.run("history");
        assertFalse(list.out().contains("Scenario 15"), list.out());
    }

    @Test
    void anUnfilledTemplateIsNotAKeep() {
        CliRunner runner = new CliRunner();
        String template = runner.run("template").out().replace("# client: ACME GmbH", "client: Empty Co");
        CliRunner.Result r = runner.stdin(template).run("--answers", "-", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("insufficient", o.getAsJsonObject("verdict").get("id").getAsString());
        assertEquals("insufficient", o.getAsJsonObject("verdict").get("rule").getAsString());
        assertFalse(Files.exists(runner.stateDir().resolve("history.jsonl")));
    }

    @Test
    void notEnoughToJudgeHasNoScoreInMarkdownEither() {
        CliRunner.Result md = new CliRunner().run("--answers", SCENARIOS.resolve("15-one-sign-calm.yaml").toString(),
                "--no-history", "--format", "markdown");
        assertTrue(md.out().contains("\n**Verdict: Not enough to judge yet**\n"), md.out());
    }

    /** A questionnaire of one's own may give any verdict advice and a re-check date; both read right. */
    @Test
    void aCustomQuestionnaireCanAdviseOnAnyVerdict(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("questions.yaml")).replace("""
                  - id: insufficient
                    title:
                      en: Not enough to judge yet
                      de: Noch zu wenig für ein Urteil
                """, """
                  - id: insufficient
                    title:
                      en: Not enough to judge yet
                      de: Noch zu wenig für ein Urteil
                    recheck-days: 7
                    advice:
                      en: Ask a colleague who knows the client.
                      de: Frag jemanden, der den Kunden kennt.
                """);
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, yaml);
        CliRunner.Result r = new CliRunner().on("2026-03-02").run("--questions", mine.toString(), "--answers",
                SCENARIOS.resolve("15-one-sign-calm.yaml").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("\nOn this verdict\n  Ask a colleague who knows the client.\n"), r.out());
        assertFalse(r.out().contains("How to end it"), r.out());
        assertTrue(r.out().contains("\nCheck again on Mar 9, 2026 (in 7 days), with the questions answered that were\nskipped.\n"),
                r.out());
    }

    @Test
    void failOnStillTriggersForJudgedVerdicts() {
        String fire = SCENARIOS.resolve("08-repeatedly-rude.yaml").toString();
        assertEquals(ExitCodes.FAIL_ON, new CliRunner().run("--answers", fire, "--no-history", "--fail-on", "fire").code());
        String recalibrate = SCENARIOS.resolve("10-cancels-not-billed.yaml").toString();
        assertEquals(ExitCodes.FAIL_ON, new CliRunner().run("--answers", recalibrate, "--no-history", "--fail-on", "recalibrate").code());
        assertEquals(ExitCodes.OK, new CliRunner().run("--answers", recalibrate, "--no-history", "--fail-on", "fire").code());
    }
}
