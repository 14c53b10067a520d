package dev.sifc.text;

import dev.sifc.core.Lang;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a user may type for yes, no, help, skip and back: the {@code words.*} keys of the message
 * bundles. Every language's words are understood whatever language the tool speaks (a German user
 * who types "help" is helped, "ja" confirms in English too). The one-character words are also the
 * keys of the arrow-key prompts.
 */
public final class Words {
    /** What a typed word may mean. */
    public enum Meaning {
        YES, NO, HELP, SKIP, BACK;

        String key() {
            return "words." + name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Map<Meaning, Set<String>> WORDS = load();

    private Words() {}

    private static Map<Meaning, Set<String>> load() {
        Map<Meaning, Set<String>> words = new EnumMap<>(Meaning.class);
        for (Meaning meaning : Meaning.values()) {
            Set<String> all = new LinkedHashSet<>();
            for (Lang lang : Lang.values()) {
                for (String word : new Messages(lang).get(meaning.key()).split(",", -1)) {
                    if (!word.isBlank()) {
                        all.add(normal(word));
                    }
                }
            }
            words.put(meaning, Set.copyOf(all));
        }
        return words;
    }

    private static String normal(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code typed} (a line, in any case, with blanks around it) is a word for {@code meaning}. */
    public static boolean means(Meaning meaning, String typed) {
        return WORDS.get(meaning).contains(normal(typed));
    }

    /** The one-character words for {@code meaning}: the keys that do it in the arrow-key prompts. */
    public static Set<String> keys(Meaning meaning) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : WORDS.get(meaning)) {
            if (word.codePointCount(0, word.length()) == 1) {
                keys.add(word);
            }
        }
        return keys;
    }
}
