package dev.sifc.prompt;

import dev.sifc.text.Messages;
import java.io.IOException;

/** Opens the arrow-key prompter on a terminal. Tests supply a virtual terminal; main the real one. */
@FunctionalInterface
public interface TerminalOpener {
    public Prompter open(Messages messages, boolean colour) throws IOException;
}
