package dev.sifc.prompt;

/**
 * The user stopped the interview (Ctrl-C, Ctrl-D) or the input ended. Never a failure of the tool:
 * the answers given so far are saved as a draft.
 */
public final class PromptInterrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean endOfInput;

    /** @param endOfInput true when the input ended (a pipe ran dry), false for Ctrl-C or Ctrl-D */
    public PromptInterrupted(boolean endOfInput) {
        super(endOfInput ? "end of input" : "interrupted", null, false, false);
        this.endOfInput = endOfInput;
    }

    public boolean endOfInput() {
        return endOfInput;
    }
}
