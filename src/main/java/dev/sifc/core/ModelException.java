package dev.sifc.core;

/**
 * A model record refused the values it was built with. The loader attaches the position of the YAML
 * node it was building, so the user sees where the problem is.
 */
public final class ModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient java.util.List<String> args;

    public ModelException(String key, Object... args) {
        super(key + " " + java.util.Arrays.toString(args));
        this.key = key;
        this.args = Diagnostic.strings(args);
    }

    public Diagnostic at(Position position) {
        return new Diagnostic(position, key, args);
    }

    static void check(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new ModelException(key, args);
        }
    }
}
