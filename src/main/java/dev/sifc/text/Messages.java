package dev.sifc.text;

import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Lang;
import dev.sifc.core.Stage;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The tool's own texts in one language, from messages.properties / messages_de.properties. */
public final class Messages {
    public static final String BUNDLE = "dev.sifc.messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    public Messages(Lang lang) {
        this.lang = lang;
        // ROOT fallback control: never pick up the JVM's default locale behind the user's back.
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() {
        return lang;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for {@code key} with {0}, {1}, ... replaced literally by the arguments. Every argument
     * is neutralised first ({@link Text#clean}): arguments come from outside (file names, typed
     * answers, client names, picocli's echo of the command line, the system's error texts), and
     * not one control character of theirs may reach the terminal in a message.
     */
    public String get(String key, Object... args) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            template = key;
        }
        return fill(template, args);
    }

    public static String fill(String template, Object... args) {
        if (args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3) {
                String index = template.substring(i + 1, close);
                if (index.chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(index);
                    if (n < args.length) {
                        sb.append(Text.clean(String.valueOf(args[n])));
                        i = close;
                        continue;
                    }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** One diagnostic as one line: "FILE:LINE:COLUMN: message", or just the message. */
    public String format(Diagnostic d) {
        String message = get(d.key(), (Object[]) d.args().toArray(new String[0]));
        return d.position() == null ? message : Text.clean(d.position().toString()) + ": " + message;
    }

    /** Every problem of {@code e} as one line each, naming the document in a multi-document stream. */
    public List<String> format(InputException e) {
        String suffix = e.document() <= 1 ? ""
                : " " + (e.client() == null ? get("error.document", e.document()) : get("error.document.named", e.document(), e.client()));
        return e.diagnostics().stream().map(d -> format(d) + suffix).toList();
    }

    public String stageName(Stage stage) {
        return get("report.stage." + stage.id());
    }
}
