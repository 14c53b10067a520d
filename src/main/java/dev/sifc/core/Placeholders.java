package dev.sifc.core;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.util.Map;

/**
 * Fills the placeholders of a questionnaire's text (a caveat's) with answers: {name} with the number
 * written in the text's language, {name,choice,0#months|1#month|1<months} with the
 * {@link ChoiceFormat} form that fits the number (itself filled in turn, so a form may hold {name}).
 * Unknown placeholders are left as written, so a typo shows in the output.
 */
final class Placeholders {
    private static final String CHOICE = ",choice,";

    private Placeholders() {}

    static String fill(String template, Map<String, BigDecimal> values, Lang lang) {
        // A hand-written scan rather than a regex: this runs for every reason of every client.
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int from = 0;
        while (open >= 0) {
            int close = closing(template, open + 1);
            if (close < 0) {
                break;
            }
            String inside = template.substring(open + 1, close);
            int comma = inside.indexOf(CHOICE);
            String name = comma < 0 ? inside : inside.substring(0, comma);
            BigDecimal v = isName(name) ? values.get(name) : null;
            String filled = template.substring(open, close + 1);
            if (v != null && comma < 0) {
                filled = lang.number(v);
            } else if (v != null) {
                try {
                    filled = fill(new ChoiceFormat(inside.substring(comma + CHOICE.length())).format(v.doubleValue()), values, lang);
                } catch (IllegalArgumentException e) {
                    // not a choice pattern: left as written, like a misspelled name
                }
            }
            sb.append(template, from, open).append(filled);
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return sb.append(template, from, template.length()).toString();
    }

    /** The brace that closes the placeholder whose text starts at {@code from}, past any nested one; -1 if none. */
    private static int closing(String template, int from) {
        int depth = 0;
        for (int i = from; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
