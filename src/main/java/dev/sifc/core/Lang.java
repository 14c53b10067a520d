package dev.sifc.core;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
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

    /** The English months as running text spells them short, without the locale data (~5 ms). */
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /**
     * A day in running text: in German the usual "28.12.2026" (the locale's medium form); in English
     * "Dec 28, 2026", with the month's name, so that no reader on either side of the Atlantic takes
     * the 12th month for the 12th day. Files and JSON keep ISO 2026-12-28 in every language. Both are
     * written without {@code java.time}'s locale data, whose first use costs ~5 ms at start-up
     * ({@code LangTest} checks that they agree with the formatters).
     */
    public String date(LocalDate day) {
        if (this == DE) {
            return twoDigits(day.getDayOfMonth()) + "." + twoDigits(day.getMonthValue()) + "." + day.getYear();
        }
        return MONTHS[day.getMonthValue() - 1] + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    /** The most display columns {@link #date} takes, for the columns of a table. */
    public int dateWidth() {
        return this == DE ? 10 : 12;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
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
