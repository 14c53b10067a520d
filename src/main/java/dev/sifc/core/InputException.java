package dev.sifc.core;

import java.util.List;

/** The user's input (a questionnaire or answers) is invalid; carries every problem found. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;
    private final int document;
    /** The name of the client the document is about, when it has one and it could be read; else null. */
    private final String client;

    public InputException(List<Diagnostic> diagnostics) {
        this(diagnostics, 0);
    }

    /** @param document the 1-based document number in a multi-document stream, or 0 */
    public InputException(List<Diagnostic> diagnostics, int document) {
        this(diagnostics, document, null);
    }

    /**
     * @param document the 1-based document number in a multi-document stream, or 0
     * @param client the client's name the document gives, or null
     */
    public InputException(List<Diagnostic> diagnostics, int document, String client) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).key(), null, false, false);
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
        this.document = document;
        this.client = client;
    }

    public int document() {
        return document;
    }

    /** The client the invalid document names, if any: a portfolio's error says whose answers to fix. */
    public String client() {
        return client;
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
