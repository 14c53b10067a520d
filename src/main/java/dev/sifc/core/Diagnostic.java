package dev.sifc.core;

import java.util.List;

/**
 * One problem found in the user's input. The text is a message key with arguments, so that the faces
 * can say it in the user's language; the core never formats messages for people.
 *
 * @param position where the problem is, or null when it concerns the whole input
 * @param key the message key (see messages.properties)
 * @param args the message arguments, already as text
 */
public record Diagnostic(Position position, String key, List<String> args) {
    public Diagnostic {
        args = List.copyOf(args);
    }

    public static Diagnostic at(Position position, String key, Object... args) {
        return new Diagnostic(position, key, strings(args));
    }

    static List<String> strings(Object... args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return List.of(out);
    }
}
