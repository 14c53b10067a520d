package dev.sifc.prompt;

import dev.sifc.text.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Full-screen prompts on a JLine terminal: arrow keys, j/k (not on yes-no questions, where y, j
 * and n answer) and digits move the highlight, Enter confirms. Each prompt is a {@link Screen} shown on the {@link FullScreenTerminal} until a key
 * ends it.
 */
public final class TerminalPrompter implements Prompter {
    private final FullScreenTerminal terminal;
    private final Messages messages;
    private final boolean colour;
    private final LongSupplier millis;

    /** @param ownsTerminal whether {@link #close()} also closes the terminal */
    public TerminalPrompter(Terminal terminal, Messages messages, boolean colour, boolean ownsTerminal) {
        this(terminal, terminal.reader(), null, messages, colour, ownsTerminal);
    }

    /**
     * @param keys where the keys come from (the terminal's reader, or a faster one on the same input)
     * @param stopProcess stops the process until SIGCONT (for Ctrl-Z and SIGTSTP), once the terminal is
     *     given back; null where the process cannot be stopped (then Ctrl-Z does nothing)
     * @param ownsTerminal whether {@link #close()} also closes the terminal
     */
    public TerminalPrompter(Terminal terminal, NonBlockingReader keys, Runnable stopProcess, Messages messages, boolean colour,
            boolean ownsTerminal) {
        this(new FullScreenTerminal(terminal, keys, stopProcess, ownsTerminal), messages, colour, System::currentTimeMillis);
    }

    /** @param millis the clock of the two-digit shortcut, in milliseconds */
    TerminalPrompter(FullScreenTerminal terminal, Messages messages, boolean colour, LongSupplier millis) {
        this.terminal = terminal;
        this.messages = messages;
        this.colour = colour;
        this.millis = millis;
    }

    @Override
    public Optional<String> intro(IntroView view) {
        return Optional.of(run(new NameScreen(view, messages))).filter(name -> !name.isEmpty());
    }

    @Override
    public int start(StartView view) {
        return run(new StartScreen(view, messages.get("prompt.start.keys", view.options().size()), messages));
    }

    @Override
    public Response ask(QuestionView view) {
        return run(QuestionScreen.of(view, messages, millis));
    }

    @Override
    public ReviewChoice review(String client, List<ReviewItem> items, ReviewChoice highlight) {
        return run(new ReviewScreen(client, items, highlight, messages, millis));
    }

    /** Shows {@code screen} and gives it keys until it is done. */
    private <T> T run(Screen<T> screen) {
        while (true) {
            terminal.show((rows, columns) -> screen.frame(new Layout(rows, columns, colour)));
            FullScreenTerminal.Input input = terminal.read(screen.keys());
            Optional<T> done = screen.key(input.key(), input.typed());
            if (done.isPresent()) {
                return done.get();
            }
        }
    }

    @Override
    public void close() {
        terminal.close();
    }
}
