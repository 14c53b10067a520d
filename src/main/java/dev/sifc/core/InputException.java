package dev.sifc.core;

import java.util.List;

/** The user's input (a questionnaire or answers) is invalid; carries every problem found. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;
    private final int document;

    public InputException(List<Diagnostic> diagnostics) {
        this(diagnostics, 0);
    }

    /** @param document the 1-based document number in a multi-document stream, or 0 */
    public InputException(List<Diagnostic> diagnostics, int document) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).key(), null, false, false);
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
        this.document = document;
    }

    public int document() {
        return document;
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
