package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Lang;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the tool prints exists in English and German, every key the code names has a text,
 * every text has a user, and no German text is left in English. Covers every key of both bundles
 * (the prompt.*, history.*, warning.* and verdict.* keys too).
 */
class MessagesTest {
    /** Keys picocli reads by its own conventions (command and option descriptions, section headings). */
    private static final Pattern PICOCLI = Pattern.compile("should-i-fire-client(\\..+)?|mixinStandardHelpOptions\\..+|helpCommand\\..+"
            + "|usage\\.(headerHeading|header|synopsisHeading|descriptionHeading|description|optionListHeading|commandListHeading"
            + "|parameterListHeading|exitCodeListHeading|footerHeading|footer)");

    /**
     * German texts that may read as the English ones: commands, file names, placeholders and words
     * German uses as they are. Anything else identical in both bundles was left untranslated.
     */
    private static final Set<String> SAME_IN_GERMAN = Set.of(
            "error.prefix", "error.usage", "report.changes.item", "report.reason.evidence", "report.portfolio.rank",
            "words.skip"); // "skip" is accepted in both languages, beside the German "s"

    /**
     * The parser's own problem text is English: the German message leaves it out. A list of allowed
     * answers comes in both languages (English ids, German labels): each message takes its own.
     */
    private static final Set<String> DROPPED_IN_GERMAN = Set.of("yaml.syntax", "answers.value.null", "answer.invalid.choice");

    /** File names in the state folder, not message keys. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(jsonl|lock|yaml|json|md|eml|properties)");

    private static final Pattern CHOICE = Pattern.compile("\\{\\d,choice,");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)[,}]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/sifc/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every string literal of the tool's code that looks like a message key (dotted lower-case words), or a key's prefix. */
    private static Set<String> literals() throws IOException {
        Pattern literal = Pattern.compile("\"(-{0,2}\\.?[a-zA-Z][a-zA-Z0-9_-]*(?:\\.[a-zA-Z0-9_-]+)*\\.?)\"");
        Set<String> found = new TreeSet<>();
        for (String root : List.of("src/main/java", "src/build/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_de.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        prefixes.removeAll(Set.of("should-i-fire-client", "questions", "letters", "format", "lang", "client", "color"));
        Set<String> missing = new TreeSet<>();
        for (String l : literals()) {
            int dot = l.indexOf('.');
            if (dot > 0 && prefixes.contains(l.substring(0, dot)) && !l.endsWith(".") && !keys.contains(l)
                    && !FILE_NAME.matcher(l).matches() && !PICOCLI.matcher(l).matches()) {
                missing.add(l);
            }
        }
        assertTrue(missing.isEmpty(), "keys the code uses without a text: " + missing);
    }

    @Test
    void everyKeyHasAUser() throws IOException {
        Set<String> literals = literals();
        // A key is named whole, or built: a literal prefix ("verdict.short." + id), a literal suffix
        // (key + ".unnamed"), an option's long name (picocli's key for its description), or a Words constant.
        List<String> prefixes = literals.stream().filter(l -> l.endsWith(".")).toList();
        List<String> suffixes = literals.stream().filter(l -> l.startsWith(".") && l.length() > 1).toList();
        Set<String> unused = new TreeSet<>();
        for (String k : load("messages.properties").stringPropertyNames()) {
            boolean used = literals.contains(k) || PICOCLI.matcher(k).matches() || prefixes.stream().anyMatch(k::startsWith)
                    || suffixes.stream().anyMatch(x -> k.endsWith(x) && literals.contains(k.substring(0, k.length() - x.length())))
                    || literals.contains("--" + k) || k.startsWith("words.");
            if (!used) {
                unused.add(k);
            }
        }
        assertTrue(unused.isEmpty(), "texts no code prints: " + unused);
    }

    @Test
    void noGermanTextIsLeftInEnglish() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Set<String> same = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            if (en.getProperty(k).equals(de.getProperty(k)) && !SAME_IN_GERMAN.contains(k) && !PICOCLI.matcher(k).matches()) {
                same.add(k + " = " + en.getProperty(k));
            }
        }
        assertTrue(same.isEmpty(), "German texts identical to the English ones: " + same);
    }

    @Test
    void bothLanguagesFillInTheSameArguments() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        List<String> differ = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            if (!PICOCLI.matcher(k).matches() && !DROPPED_IN_GERMAN.contains(k) && !arguments(en.getProperty(k)).equals(arguments(de.getProperty(k)))) {
                differ.add(k + ": " + arguments(en.getProperty(k)) + " / " + arguments(de.getProperty(k)));
            }
        }
        assertTrue(differ.isEmpty(), "texts that drop or add an argument in one language: " + differ);
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyPluralIsAChoiceThatReadsRightForZeroOneAndMany() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_de.properties")) {
            Properties p = load(name);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                // "question(s)", "Antwort(en)", "Entwurf/Entwürfe"
                if (v.matches("(?su).*(\\p{L}\\((s|e|en|n|er)\\)|\\b(\\p{Lu}\\p{Ll}{2})\\p{Ll}*/\\3).*")) {
                    wrong.add(name + " " + k + ": a hand-made plural");
                }
                Matcher m = CHOICE.matcher(v);
                while (m.find()) {
                    String pattern = v.substring(m.end(), closing(v, m.end()));
                    // 0# first: ChoiceFormat gives numbers below the first limit the first form, and
                    // "0 drafts" is plural; no apostrophe: ChoiceFormat would read it as a quote.
                    if (!pattern.startsWith("0#") || pattern.indexOf('\'') >= 0 || new ChoiceFormat(pattern).getLimits().length != 3) {
                        wrong.add(name + " " + k + ": " + pattern);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "plurals not written as {N,choice,0#…|1#…|1<…}: " + wrong);
    }

    private static int closing(String v, int from) {
        int depth = 0;
        for (int i = from; i < v.length(); i++) {
            if (v.charAt(i) == '{') {
                depth++;
            } else if (v.charAt(i) == '}' && depth-- == 0) {
                return i;
            }
        }
        throw new AssertionError("unclosed choice in " + v);
    }

    @Test
    void theBundlesSpeakInTheRightNumber() {
        Messages en = new Messages(Lang.EN);
        Messages de = new Messages(Lang.DE);
        assertEquals("1 assessment", en.get("history.count", "1"));
        assertEquals("4 assessments", en.get("history.count", "4"));
        assertEquals("1 Bewertung", de.get("history.count", 1));
        assertEquals("4 Bewertungen", de.get("history.count", 4));
        assertEquals("Beendet. Deine Antwort ist gespeichert in a.yaml", de.get("prompt.draft.saved", 1, "a.yaml"));
        assertEquals("Beendet. Deine 3 Antworten sind gespeichert in a.yaml", de.get("prompt.draft.saved", 3, "a.yaml"));
        assertTrue(en.get("prompt.intro.body", 1, 1, "T", "S", 1).startsWith("You will answer 1 question about 1 warning sign from"),
                en.get("prompt.intro.body", 1, 1, "T", "S", 1));
        assertTrue(en.get("prompt.intro.body", 1, 1, "T", "S", 1).contains("it takes about a minute."));
    }
}
