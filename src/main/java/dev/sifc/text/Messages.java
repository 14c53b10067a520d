package dev.sifc.text;

import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Lang;
import dev.sifc.core.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The tool's own texts in one language, from messages.properties / messages_de.properties. */
public final class Messages {
    public static final String BUNDLE = "dev.sifc.messages";
    private static final String CHOICE = ",choice,";

    /** Each language's bundle, read once per run (a run makes several Messages). */
    private static final Map<Lang, ResourceBundle> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;

    public Messages(Lang lang) {
        this.lang = lang;
        this.bundle = bundle(lang);
    }

    /**
     * The one file of {@code lang}'s texts, read straight from the jar. Not {@code
     * ResourceBundle.getBundle}: its search through candidate locales, formats and caches costs a cold
     * start several milliseconds, and may pick up the JVM's default locale behind the user's back. The
     * German file has every key of the English one ({@code MessagesTest}), so it needs no parent.
     */
    private static synchronized ResourceBundle bundle(Lang lang) {
        ResourceBundle b = LOADED.get(lang);
        if (b == null) {
            String name = "/" + BUNDLE.replace('.', '/') + (lang == Lang.EN ? "" : "_" + lang.code()) + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new MissingResourceException("no " + name + " in the jar", Messages.class.getName(), name);
                }
                b = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LOADED.put(lang, b);
        }
        return b;
    }

    public Lang lang() {
        return lang;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for {@code key} with {0}, {1}, ... replaced literally by the arguments, and
     * {0,choice,0#...|1#...|1<...} replaced by the form that fits the number (see {@link #fill}).
     * Every argument is neutralised first ({@link Text#clean}): arguments come from outside (file
     * names, typed answers, client names, picocli's echo of the command line, the system's error
     * texts), and not one control character of theirs may reach the terminal in a message.
     *
     * <p>A key without text is a bug of the tool: with assertions on (the tests) it fails loudly;
     * a user sees the key rather than a stack trace.
     */
    public String get(String key, Object... args) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            assert false : "no text for message key " + key + " in " + lang;
            template = key;
        }
        return fill(template, args);
    }

    /**
     * Fills {N} with argument N, literally (apostrophes and other characters of the text stay as
     * written, unlike MessageFormat), and {N,choice,PATTERN} with the
     * {@link ChoiceFormat} form of PATTERN for the number argument N, itself filled in turn: so
     * "{0,choice,0#{0} drafts|1#one draft|1<{0} drafts}" gives the singular for 1 and the plural
     * otherwise. A number may come as a {@link Number} or as its canonical text ("3", "2.5");
     * anything else takes the first form (which the bundles keep the plural, by the 0# form).
     */
    public static String fill(String template, Object... args) {
        if (args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int digits = i + 1;
            while (c == '{' && digits < template.length() && digits <= i + 2 && Character.isDigit(template.charAt(digits))) {
                digits++;
            }
            if (digits > i + 1 && digits < template.length()) {
                int n = Integer.parseInt(template.substring(i + 1, digits));
                if (template.charAt(digits) == '}' && n < args.length) {
                    sb.append(Text.clean(String.valueOf(args[n])));
                    i = digits + 1;
                    continue;
                }
                int end = template.startsWith(CHOICE, digits) ? closing(template, digits + CHOICE.length()) : -1;
                if (end > 0 && n < args.length) {
                    String form = new ChoiceFormat(template.substring(digits + CHOICE.length(), end)).format(number(args[n]));
                    sb.append(fill(form, args));
                    i = end + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** The index of the brace that closes a choice pattern starting at {@code from}, or -1. */
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

    private static double number(Object arg) {
        if (arg instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return new BigDecimal(String.valueOf(arg).trim()).doubleValue();
        } catch (NumberFormatException e) {
            return Double.NaN; // not a number: ChoiceFormat takes the first form
        }
    }

    /**
     * One diagnostic as one line: "FILE:LINE:COLUMN: message", or just the message. An argument that
     * names a part of a file in words ("answers file", "sign id": never a YAML key, which has no
     * space) is said in this language, from its "what." text.
     */
    public String format(Diagnostic d) {
        Object[] args = new Object[d.args().size()];
        for (int i = 0; i < args.length; i++) {
            String a = d.args().get(i);
            String what = "what." + a.replace(' ', '-');
            args[i] = a.indexOf(' ') > 0 && bundle.containsKey(what) ? bundle.getString(what) : a;
        }
        String message = get(d.key(), args);
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
