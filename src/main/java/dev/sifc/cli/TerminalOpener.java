package dev.sifc.cli;

import dev.sifc.prompt.Prompter;
import dev.sifc.render.Messages;
import java.io.IOException;

/** Opens the arrow-key prompter on a terminal. Tests supply a virtual terminal; main the real one. */
@FunctionalInterface
public interface TerminalOpener {
    Prompter open(Messages messages, boolean colour) throws IOException;
}
