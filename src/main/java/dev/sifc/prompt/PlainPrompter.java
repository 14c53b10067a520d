package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.ModelException;
import dev.sifc.core.Position;
import dev.sifc.core.QuestionType;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import dev.sifc.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Prompts one line at a time: numbered options, no cursor movement, no colour. For screen readers,
 * dumb terminals, {@code expect}, and answers piped in line by line. The keys are words: {@code ?},
 * {@code s}, {@code b}, or any other of {@link Words}.
 */
public final class PlainPrompter implements Prompter {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Messages messages;
    private final String script;
    private String pending;
    private int lines;

    /**
     * @param in the input; a reader that caps line length and rejects NUL bytes (as the answers
     *     files' reader does) turns such input into one error instead of an OutOfMemoryError
     * @param out where prompts go (stderr, so that stdout carries only the report) */
    public PlainPrompter(BufferedReader in, PrintWriter out, Messages messages) {
        this(in, out, messages, null);
    }

    /**
     * @param script the name of the input when it is a script (a pipe or a file, not a person), for
     *     whom a rejected line is an error at its line: nobody is there to answer again, and an
     *     endless stream of wrong answers ({@code yes |}) would only fill the screen; null for a person
     */
    public PlainPrompter(BufferedReader in, PrintWriter out, Messages messages, String script) {
        this.in = in;
        this.out = out;
        this.messages = messages;
        this.script = script;
    }

    /** Tells a person why {@code line} was not taken, to try again; ends a script's interview there. */
    private void rejected(String why) {
        if (script != null) {
            throw new PromptInterrupted(new InputException(Diagnostic.at(new Position(script, lines, 1), "prompt.plain.scripted", why)));
        }
        out.println(why);
    }

    @Override
    public Optional<String> intro(IntroView view) {
        out.println(view.title());
        // The interview describes the full-screen keys (arrows, j/k, Esc); a line at a time has its own.
        String screenKeys = Interview.screenKeys(messages);
        view.lines().forEach(line -> out.println(line.equals(screenKeys) ? messages.get("prompt.plain.keys") : line));
        if (!view.askClient()) {
            out.println();
            out.flush();
            return Optional.empty();
        }
        boolean editing = !view.name().isEmpty();
        out.print(editing ? messages.get("prompt.intro.client.current", view.name()) : messages.get("prompt.intro.client"));
        out.flush();
        String name = readLine().strip();
        out.println();
        if (editing && name.isEmpty()) {
            return Optional.of(view.name()); // Enter keeps the name, as it keeps an answer
        }
        return Optional.of(name).filter(s -> !s.isEmpty() && !"-".equals(s));
    }

    /**
     * Numbered options; Enter takes the first. From a script, only an empty line takes the offer:
     * any other line is an answer, and the interview starts afresh.
     */
    @Override
    public int start(StartView view) {
        out.println(view.title());
        view.lines().forEach(out::println);
        for (int i = 0; i < view.options().size(); i++) {
            out.println("  " + (i + 1) + ") " + view.options().get(i));
        }
        while (true) {
            out.print(messages.get("prompt.plain.start", view.options().size()));
            out.flush();
            String raw = readLine();
            String line = raw.strip();
            if (line.isEmpty()) {
                out.println();
                return 0;
            }
            if (script != null) {
                // A script written before there was a choice starts with its first answer: that line
                // is kept for question 1, and the interview starts afresh, as it always did.
                pending = raw;
                out.println();
                return view.options().size() - 1;
            }
            try {
                int n = Integer.parseInt(line);
                if (n >= 1 && n <= view.options().size()) {
                    out.println();
                    return n - 1;
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            rejected(messages.get("prompt.invalid.range", line, "1-" + view.options().size()));
        }
    }

    @Override
    public Response ask(QuestionView view) {
        out.println("[" + view.progress() + "] " + view.header());
        out.println(view.text());
        boolean number = view.question().type() == QuestionType.NUMBER;
        for (int i = 0; i < view.options().size(); i++) {
            boolean current = view.current() != null && view.question().options().get(i).value().equals(view.current());
            out.println("  " + (i + 1) + ") " + view.options().get(i) + (current ? "  " + messages.get("prompt.current") : ""));
        }
        if (number && view.current() != null && !Answers.SKIP.equals(view.current())) {
            out.println("  " + messages.get("prompt.current") + ": " + view.current());
        }
        if (view.skipped()) {
            out.println("  " + messages.get("prompt.was.skipped"));
        }
        boolean keeps = view.current() != null;
        while (true) {
            out.print(number ? messages.get(keeps ? "prompt.plain.number.keep" : "prompt.plain.number", view.numberHint())
                    : messages.get(keeps ? "prompt.plain.answer.keep" : "prompt.plain.answer", "1-" + view.options().size()));
            out.flush();
            String line = readLine().strip();
            if (Words.means(Words.Meaning.HELP, line)) {
                out.println(messages.get("prompt.help", view.help()));
                continue;
            }
            if (Words.means(Words.Meaning.SKIP, line)) {
                out.println();
                return new Response.Skipped();
            }
            if (Words.means(Words.Meaning.BACK, line)) {
                if (view.first()) {
                    rejected(messages.get("prompt.first"));
                    continue;
                }
                out.println();
                return new Response.Back();
            }
            if (line.isEmpty()) {
                if (number && !keeps) {
                    out.println();
                    return new Response.Skipped();
                }
                if (keeps) {
                    out.println();
                    return Answers.SKIP.equals(view.current()) ? new Response.Skipped() : new Response.Answered(view.current());
                }
                continue;
            }
            try {
                String value = Answers.parse(view.question(), line);
                out.println();
                return Answers.SKIP.equals(value) ? new Response.Skipped() : new Response.Answered(value);
            } catch (ModelException e) {
                rejected(view.problem(messages, e));
            }
        }
    }

    @Override
    public ReviewChoice review(String client, List<ReviewItem> items, ReviewChoice highlight) {
        out.println(messages.get("prompt.review.title"));
        out.println("  0) " + messages.get("prompt.review.client") + " → " + client);
        for (int i = 0; i < items.size(); i++) {
            out.println("  " + (i + 1) + ") " + items.get(i).question() + " → " + items.get(i).answer());
        }
        while (true) {
            out.print(messages.get("prompt.plain.review", items.size()));
            out.flush();
            String line;
            try {
                line = readLine().strip();
            } catch (PromptInterrupted e) {
                if (e.endOfInput() && e.failure() == null) {
                    out.println();
                    return new ReviewChoice.Confirm(); // every question is answered: the end of a piped script confirms
                }
                throw e;
            }
            if (line.isEmpty()) {
                out.println();
                return new ReviewChoice.Confirm();
            }
            try {
                int n = Integer.parseInt(line);
                if (n == 0) {
                    out.println();
                    return new ReviewChoice.Rename();
                }
                if (n >= 1 && n <= items.size()) {
                    out.println();
                    return new ReviewChoice.Change(n - 1);
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            rejected(messages.get("prompt.invalid.range", line, "0-" + items.size()));
        }
    }

    /**
     * Waits for the first line of input, before anything is shown: for input from a pipe or a file,
     * where an empty input should get one line of advice rather than a screenful of questions, and a
     * broken one its one error line. The line is kept for the first prompt.
     *
     * @return false when the input is empty
     * @throws PromptInterrupted with the {@link PromptInterrupted#failure() failure} when it cannot be read
     */
    public boolean awaitInput() {
        if (pending == null) {
            pending = read();
        }
        return pending != null;
    }

    /** The next line, with control characters neutralised: whatever is echoed back is safe to print. */
    private String readLine() {
        String line = pending != null ? pending : read();
        pending = null;
        if (line == null) {
            throw new PromptInterrupted(true);
        }
        return Text.clean(line);
    }

    private String read() {
        try {
            lines++;
            return in.readLine();
        } catch (IOException e) {
            throw new PromptInterrupted(new UncheckedIOException(e));
        } catch (InputException e) {
            // A NUL byte, invalid UTF-8, an endless line or stream: the caps of the file reader.
            throw new PromptInterrupted(e);
        }
    }

    @Override
    public void close() {
        out.flush();
    }
}
