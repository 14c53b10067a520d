package dev.sifc.core;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The two languages every text of the tool exists in. */
public enum Lang {
    EN("en", Locale.ENGLISH),
    DE("de", Locale.GERMAN);

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

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

    /**
     * A number as this language writes it in running text, exactly (no rounding): "35.5" and "1,234"
     * in English, "35,5" and "1.234" in German. Files and JSON keep the plain form.
     */
    public String number(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        boolean small = plain.abs().compareTo(THOUSAND) < 0;
        if (small && (plain.scale() <= 0 || this == EN)) {
            // What the locale's format prints for these (whole numbers below 1,000 read alike in both
            // languages), without loading the locale data, ~15 ms at start-up: most runs need none.
            return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return format.format(n);
    }

    public String number(long n) {
        if (Math.abs(n) < 1000) {
            return Long.toString(n); // as number(BigDecimal): the same text, without the locale data
        }
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /**
     * A day in running text: in German the usual "28.12.2026" (the locale's medium form); in English
     * ISO 2026-12-28, which no English reader misreads, where 12/28 and 28/12 each would mislead one
     * side of the Atlantic. Files and JSON keep ISO in every language.
     */
    public String date(LocalDate day) {
        return this == DE ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day) : day.toString();
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
