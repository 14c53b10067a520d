package dev.sifc.core;

import java.util.Map;

/**
 * Fills the {name} placeholders of a questionnaire's text (a caveat's) with answers. Unknown
 * placeholders are left as written, so a typo shows in the output.
 */
final class Placeholders {
    private Placeholders() {}

    static String fill(String template, Map<String, String> values) {
        // A hand-written scan rather than a regex: this runs for every reason of every client.
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            String v = isName(name) ? values.get(name) : null;
            sb.append(template, from, open).append(v != null ? v : template.substring(open, close + 1));
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return sb.append(template, from, template.length()).toString();
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
