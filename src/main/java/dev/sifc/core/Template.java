package dev.sifc.core;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {name} placeholders. Unknown placeholders are left as written, so a typo shows in the output. */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)}");

    private Template() {}

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static LocalText fill(LocalText template, Map<Lang, Map<String, String>> values) {
        return new LocalText(fill(template.en(), values.get(Lang.EN)), fill(template.de(), values.get(Lang.DE)));
    }
}
