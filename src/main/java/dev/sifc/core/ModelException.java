package dev.sifc.core;

import java.util.Arrays;
import java.util.List;

/**
 * A model record refused the values it was built with. The loader attaches the position of the YAML
 * node it was building, so the user sees where the problem is.
 */
public final class ModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<String> args;
    /** The part of the model the problem is about (a caveat, a question), when not the record being built. */
    private final transient Object subject;

    public ModelException(String key, Object... args) {
        this(null, key, args);
    }

    private ModelException(Object subject, String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = Diagnostic.strings(args);
        this.subject = subject;
    }

    /**
     * The part the problem is about, or null: a whole questionnaire refuses a caveat's unknown
     * verdict, and the loader points at that caveat's line, not at the questionnaire's first.
     */
    public Object subject() {
        return subject;
    }

    public Diagnostic at(Position position) {
        return new Diagnostic(Diagnostic.Kind.CONTENT, position, key, args);
    }

    static void check(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new ModelException(key, args);
        }
    }

    /** Like {@link #check(boolean, String, Object...)}, for a problem of {@code subject}, a part of the record. */
    static void checkAbout(Object subject, boolean condition, String key, Object... args) {
        if (!condition) {
            throw new ModelException(subject, key, args);
        }
    }
}
