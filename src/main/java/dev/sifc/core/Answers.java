package dev.sifc.core;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answers about one client: canonical values by answer id. A canonical value is an option id, a
 * plain decimal number, or {@link #SKIP}.
 *
 * @param client the client's name, or null when the answers do not name one
 */
public record Answers(String client, Map<String, String> values) {
    /**
     * A client's name is at most this many characters: enough for any company name, and far below
     * what one history line may hold, so that whatever is recorded can be read back.
     */
    public static final int MAX_CLIENT_LENGTH = 200;

    /** The value of a skipped question (don't know, not applicable). */
    public static final String SKIP = "skip";

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]{1,15}(\\.[0-9]{1,15})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[0-9]{1,15},[0-9]{1,15}");
    private static final Pattern ORDINAL = Pattern.compile("[0-9]{1,3}");

    public Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether {@code name} is too long to be a client's name (counted in characters, not bytes). */
    public static boolean clientTooLong(String name) {
        return name != null && name.codePointCount(0, name.length()) > MAX_CLIENT_LENGTH;
    }

    public Optional<String> get(String id) {
        return Optional.ofNullable(values.get(id));
    }

    /** These answers with one more (or one changed); order of the questionnaire is not implied. */
    public Answers with(String id, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(id, value);
        return new Answers(client, copy);
    }

    /**
     * Reads what a user wrote as the answer to {@code q} and returns the canonical value. Choice and
     * yes-no questions take an option id, its label in English or German, or its 1-based number;
     * yes-no also takes "y" and "n"; number questions take a plain decimal number in range.
     *
     * @throws ModelException with key {@code answer.invalid.*} when the text is not a valid answer
     */
    public static String parse(Question q, String text) {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).equals(SKIP)) {
            return SKIP;
        }
        if (q.type() == QuestionType.NUMBER) {
            if (DECIMAL_COMMA.matcher(t).matches()) {
                t = t.replace(',', '.'); // "1,5" is how German writes 1.5
            }
            if (!NUMBER.matcher(t).matches()) {
                throw new ModelException("answer.invalid.number", q.id(), t, plain(q.min()), plain(q.max()));
            }
            BigDecimal n = new BigDecimal(t);
            if (n.compareTo(q.min()) < 0 || n.compareTo(q.max()) > 0) {
                throw new ModelException("answer.invalid.range", q.id(), t, plain(q.min()), plain(q.max()));
            }
            return plain(n);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (q.option(lower).isPresent()) {
            return lower;
        }
        // An option's label in either language ("Oft", "often") is as good as its id.
        for (Choice o : q.options()) {
            if (o.label().en().toLowerCase(Locale.ROOT).equals(lower) || o.label().de().toLowerCase(Locale.ROOT).equals(lower)) {
                return o.value();
            }
        }
        if (q.type() == QuestionType.YES_NO) {
            switch (lower) {
                case "y", "ja", "j", "true" -> {
                    return "yes";
                }
                case "n", "nein", "false" -> {
                    return "no";
                }
                default -> { }
            }
        }
        if (ORDINAL.matcher(t).matches()) {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= q.options().size()) {
                return q.options().get(n - 1).value();
            }
        }
        throw new ModelException("answer.invalid.choice", q.id(), t, allowed(q, Lang.EN), allowed(q, Lang.DE));
    }

    /**
     * The values a question accepts, as a person of {@code lang} reads and types them: the options'
     * labels in that language, quoted as the language's messages quote (a label may hold a comma):
     * "\"Never\", \"Rarely\", ..., 1-5, skip" and "„Nie“, „Selten“, ..., 1-5, skip". The ids are
     * accepted too, as is every label in either language. Problems carry the list in both languages,
     * so that each language's message takes its own.
     */
    public static String allowed(Question q, Lang lang) {
        if (q.type() == QuestionType.NUMBER) {
            return plain(q.min()) + ".." + plain(q.max()) + ", " + SKIP;
        }
        StringBuilder sb = new StringBuilder();
        for (Choice o : q.options()) {
            String label = o.label().get(lang);
            sb.append(lang == Lang.EN ? "\"" + label + "\"" : lang.quote(label)).append(", ");
        }
        return sb.append("1-").append(q.options().size()).append(", ").append(SKIP).toString();
    }

    /** A number as plain text without exponent or trailing zeros: 1.50 reads "1.5", 1E+1 reads "10". */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
