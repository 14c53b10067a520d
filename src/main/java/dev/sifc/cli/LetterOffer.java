package dev.sifc.cli;

import dev.sifc.core.Assessment;
import dev.sifc.core.Letter;
import dev.sifc.render.LetterHints;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * After the verdict of an interview at a terminal: offers the letters the report points to, numbered,
 * and prints the one the user picks with the client's name filled in. Enter, an end of input or
 * anything else shows none. Nothing is asked for a report that is not text on a terminal, with
 * --no-input, after a report that could not be written, or when no letter fits.
 */
final class LetterOffer {
    private final RunContext context;
    private final AssessmentRequest request;
    private final PrintWriter out;
    private final PrintWriter err;

    LetterOffer(RunContext context, AssessmentRequest request, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = request;
        this.out = out;
        this.err = err;
    }

    /** Offers the letters for {@code a}; returns the kind shown, or null for none. */
    String offer(Assessment a) {
        Env env = context.env();
        if (request.format() != Options.Format.text || request.noInput() || !env.stdinTty() || !env.stdoutTty()
                || out.checkError()) { // a report that did not reach the terminal gets no offer under it
            return null;
        }
        List<LetterHints.Hint> hints = context.letterHints().forAssessment(a);
        if (hints.isEmpty()) {
            return null;
        }
        Messages m = context.messages();
        out.println();
        out.println(m.get("letter.offer.heading", hints.size()));
        int width = hints.stream().mapToInt(h -> h.kind().length()).max().orElse(0);
        String digits = Integer.toString(hints.size());
        int column = 2 + digits.length() + 2 + width + 2;
        boolean beside = context.width() - column >= 20; // else the text goes under its kind, not into a sliver
        for (int i = 0; i < hints.size(); i++) {
            Letter letter = context.letters().find(hints.get(i).kind()).orElseThrow();
            String head = "  " + Text.padLeft(Integer.toString(i + 1), digits.length()) + "  " + Text.pad(letter.kind(), width);
            List<String> when = Text.wrap(Text.clean(letter.when().get(m.lang())), beside ? context.width() - column : context.width() - 6);
            if (beside) {
                for (int j = 0; j < when.size(); j++) {
                    out.println((j == 0 ? head : " ".repeat(column - 2)) + "  " + when.get(j));
                }
            } else {
                out.println(head.stripTrailing());
                when.forEach(line -> out.println("      " + line));
            }
        }
        // Not closed: it would close stdin, which is the process's own.
        BufferedReader in = new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8));
        int choice = -1;
        while (choice < 0) {
            print(m.get("letter.offer.prompt", hints.size()), false);
            out.flush();
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (answer == null) {
                out.println();
                return null;
            }
            choice = choice(answer.strip(), hints);
            if (choice < 0) {
                // As the interview does: say what was wrong, and ask again.
                String numbers = hints.size() == 1 ? "1" : "1-" + hints.size();
                print(m.get("letter.offer.invalid", Text.truncate(Text.clean(answer.strip()), 40), numbers), true);
            }
        }
        if (choice == 0) {
            return null;
        }
        String kind = hints.get(choice - 1).kind();
        out.println();
        LetterPrinting.Request letter = new LetterPrinting.Request(kind, a.client().orElse(null), List.of(), false, null,
                request.questions());
        new LetterPrinting(context, letter, out, err).execute();
        return kind;
    }

    /**
     * Writes {@code text} wrapped to the terminal's width as the messages on stderr are
     * ({@link WrappedStderr#lines}); a question ends where its answer is typed, without a line end.
     */
    private void print(String text, boolean end) {
        List<String> lines = WrappedStderr.lines(text, context.width(), 0);
        for (int i = 0; i < lines.size() - 1; i++) {
            out.println(lines.get(i));
        }
        if (end) {
            out.println(lines.get(lines.size() - 1));
        } else {
            out.print(lines.get(lines.size() - 1));
        }
    }

    /** 1 to the number of hints for a number or a kind shown, 0 for none (an empty line), -1 for anything else. */
    private static int choice(String s, List<LetterHints.Hint> hints) {
        if (s.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < hints.size(); i++) {
            if (hints.get(i).kind().equalsIgnoreCase(s)) {
                return i + 1;
            }
        }
        if (!s.matches("[0-9]{1,3}")) {
            return -1;
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= hints.size() ? n : -1;
    }
}
