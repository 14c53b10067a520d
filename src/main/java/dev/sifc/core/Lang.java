package dev.sifc.core;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The two languages every text of the tool exists in. */
public enum Lang {
    EN("en", Locale.ENGLISH),
    DE("de", Locale.GERMAN);

    private final String code;
    private final Locale locale;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    /** {@code text} in this language's quotation marks: “…” in English, „…“ in German. */
    public String quote(String text) {
        return this == DE ? "„" + text + "“" : "“" + text + "”";
    }

    public Locale locale() {
        return locale;
    }

    /** Parses "en" or "de" (any case); empty for anything else. */
    public static Optional<Lang> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Lang lang : values()) {
            if (lang.code.equals(t)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /**
     * The language POSIX locale variables ask for: the first non-empty of LC_ALL, LC_MESSAGES, LANG;
     * German when it starts with "de", English otherwise.
     */
    public static Lang fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return value.toLowerCase(Locale.ROOT).startsWith("de") ? DE : EN;
            }
        }
        return EN;
    }
}
