package dev.sifc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * German text quotes the German way, „…“, everywhere: the message bundle, and every German text of
 * the bundled questionnaire and letters. A straight double quote is allowed only where it is code
 * the user types: inside a command shown to type (which runs to the end of its line, or to the
 * German quotation mark around it), the empty file name {@code ""}, and a YAML value in quotes.
 */
class GermanQuotesTest {
    /** A command shown to type: from the tool's name to the end of the line or of the quotation around it. */
    private static final Pattern COMMAND = Pattern.compile("should-i-fire-client[^„“;)]*?(?=%n|[„“;)]|$)");
    /**
     * Code that is typed as it stands: the empty name, a YAML value in quotes ("{0}: \"{1}\""), and a
     * JSON example ({"client": "ACME", …}, or "answers": {"{0}": …}), up to its last brace.
     */
    private static final Pattern TYPED = Pattern.compile("\\(\"\"\\)|\\{0\\}: \"\\{1\\}\"|(\"[\\w-]+\": )?\\{\"[^;]*\\}");

    private static String prose(String text) {
        return TYPED.matcher(COMMAND.matcher(text).replaceAll("")).replaceAll("");
    }

    @Test
    void theGermanMessagesQuoteTheGermanWay() throws IOException {
        Properties de = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/dev/sifc/messages_de.properties"), StandardCharsets.UTF_8)) {
            de.load(r);
        }
        List<String> straight = new ArrayList<>();
        for (String key : de.stringPropertyNames()) {
            if (prose(de.getProperty(key)).contains("\"")) {
                straight.add(key + " = " + de.getProperty(key));
            }
        }
        assertEquals(List.of(), straight, "German text with straight quotes: write „…“");
    }

    @Test
    void theGermanTextsOfTheQuestionnaireAndTheLettersQuoteTheGermanWay() throws IOException {
        for (String file : List.of("questions.yaml", "letters.yaml")) {
            List<String> german = new ArrayList<>();
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                germanTexts(new Yaml(new SafeConstructor(new LoaderOptions())).load(r), false, german);
            }
            assertFalse(german.size() < 20, file + ": only " + german.size() + " German texts found; did the format change?");
            List<String> straight = german.stream().filter(t -> prose(t).contains("\"")).toList();
            assertEquals(List.of(), straight, file + ": German text with straight quotes: write „…“");
        }
    }

    /** Every string under a {@code de} key, however deep. */
    private static void germanTexts(Object node, boolean german, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> germanTexts(v, german || "de".equals(k), out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> germanTexts(v, german, out));
        } else if (german && node instanceof String s) {
            out.add(s);
        }
    }

    @Test
    void theRuleSeesAStraightQuoteInProseButNotInACommand() {
        assertEquals("siehe „“", prose("siehe „should-i-fire-client template“"));
        assertFalse(prose("Beispiele:%n  should-i-fire-client --client \"ACME GmbH\"%n").contains("\""));
        assertEquals("der Brief \"ending\"", prose("der Brief \"ending\""));
        assertEquals("nenne \"x\"; ", prose("nenne \"x\"; should-i-fire-client --client \"A\""));
    }
}
