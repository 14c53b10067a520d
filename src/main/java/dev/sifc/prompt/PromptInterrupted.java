package dev.sifc.prompt;

import java.util.Objects;

/**
 * The user stopped the interview (Ctrl-C, Ctrl-D) or the input ended, or could not be read. Never a
 * failure of the tool: the answers given so far are saved as a draft.
 */
public final class PromptInterrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean endOfInput;
    private final transient RuntimeException failure;

    /** @param endOfInput true when the input ended (a pipe ran dry), false for Ctrl-C or Ctrl-D */
    public PromptInterrupted(boolean endOfInput) {
        super(endOfInput ? "end of input" : "interrupted", null, false, false);
        this.endOfInput = endOfInput;
        this.failure = null;
    }

    /**
     * The input cannot be used: a NUL byte, invalid UTF-8, an endless line (an InputException with
     * the position), or a read error (an UncheckedIOException).
     */
    public PromptInterrupted(RuntimeException failure) {
        super("unreadable input", null, false, false);
        this.endOfInput = true;
        this.failure = Objects.requireNonNull(failure);
    }

    public boolean endOfInput() {
        return endOfInput;
    }

    /** Why the input could not be read, or null when it simply ended or the user stopped. */
    public RuntimeException failure() {
        return failure;
    }
}
