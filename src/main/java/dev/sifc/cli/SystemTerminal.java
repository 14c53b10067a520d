package dev.sifc.cli;

import dev.sifc.prompt.Prompter;
import dev.sifc.prompt.TerminalPrompter;
import dev.sifc.render.Messages;
import java.io.IOException;
import org.jline.terminal.TerminalBuilder;

/**
 * The real terminal. In its own class so that batch runs never load JLine: only the interview
 * touches this class.
 */
final class SystemTerminal {
    private SystemTerminal() {}

    static Prompter open(Messages messages, boolean colour) throws IOException {
        return new TerminalPrompter(TerminalBuilder.builder().system(true).name("should-i-fire-client").build(),
                messages, colour, true);
    }
}
