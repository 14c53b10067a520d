package dev.sifc.core;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in the user's input. The text is a message key with arguments, so that the faces
 * can say it in the user's language; the core never formats messages for people.
 *
 * @param kind whether reading can go on after the problem
 * @param position where the problem is, or null when it concerns the whole input
 * @param key the message key (see messages.properties)
 * @param args the message arguments, already as text
 */
public record Diagnostic(Kind kind, Position position, String key, List<String> args) {
    /** What a problem means for the rest of the input. */
    public enum Kind {
        /** A document says something invalid; the documents after it can still be read. */
        CONTENT,
        /** The text cannot be read on (broken YAML, a limit exceeded, a read error): nothing after it can. */
        UNREADABLE
    }

    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A problem with what a document says. */
    public static Diagnostic at(Position position, String key, Object... args) {
        return new Diagnostic(Kind.CONTENT, position, key, strings(args));
    }

    /** A problem after which nothing more of the input can be read. */
    public static Diagnostic unreadable(Position position, String key, Object... args) {
        return new Diagnostic(Kind.UNREADABLE, position, key, strings(args));
    }

    static List<String> strings(Object... args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return List.of(out);
    }
}
