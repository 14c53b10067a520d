package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Letter;
import dev.sifc.core.Letters;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.core.Suggest;
import dev.sifc.mail.EmlDraft;
import dev.sifc.render.LetterText;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The letter command's use case: without a kind, lists the letters with when to send each; with
 * one, prints it (text, or an .eml draft) with the client's name and the {@code --set} values
 * filled in, and names on stderr the blanks still left.
 */
final class LetterPrinting {
    /** A letter's line length: what mail programs send, and what pastes cleanly. */
    private static final int LINE = 72;

    /**
     * @param kind the letter to print, or null to list them
     * @param values the {@code --set} arguments, KEY=VALUE each, in order (a later one wins)
     * @param eml an .eml draft instead of text
     * @param to the draft's recipient, or null
     * @param questions the questionnaire file of the run (--questions), or null for the bundled one
     */
    record Request(String kind, String client, List<String> values, boolean eml, String to, String questions) {
        Request {
            values = List.copyOf(values);
        }
    }

    private final RunContext context;
    private final Request request;
    private final PrintWriter out;
    private final PrintWriter err;

    LetterPrinting(RunContext context, Request request, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = Objects.requireNonNull(request, "request");
        this.out = out;
        this.err = context.stderr(err); // wrapped at a terminal
    }

    int execute() {
        Messages m = context.messages();
        Letters letters = context.letters();
        if (request.kind() == null) {
            String needsKind = request.eml() ? "--format eml" : request.to() != null ? "--to"
                    : !request.values().isEmpty() ? "--set" : request.client() != null ? "--client" : null;
            if (needsKind != null) {
                // Asked for a letter without saying which: say what is missing, not only the list.
                throw UserException.invalid("letter.kind.missing", needsKind, String.join(", ", letters.kinds()));
            }
            list(letters, m);
            return ExitCodes.OK;
        }
        Letter letter = letters.find(request.kind()).orElseThrow(() -> unknownKind(letters));
        Lang lang = m.lang();
        if (request.to() != null && !request.eml()) {
            throw UserException.invalid("letter.to.text");
        }
        Map<String, String> values = values(letter, lang);
        LetterText text = LetterText.of(letter, lang, values);
        if (request.eml()) {
            out.print(eml(text));
        } else {
            out.println(Text.clean(m.get("letter.subject") + " " + text.subject()));
            out.println();
            body(text.body());
        }
        out.flush();
        if (!text.blanks().isEmpty()) {
            List<String> marked = text.blanks().stream().map(b -> "[" + b + "]").toList();
            err.println(m.get("error.prefix") + m.get("letter.blanks", String.join(", ", marked), text.blanks().get(0)));
        }
        if (letter.step() == Letter.Step.FIRST_STEP) {
            firstStepNote(letter, m);
        }
        return ExitCodes.OK;
    }

    /**
     * The body for the terminal and for pasting: each paragraph (a line of the letters file) wrapped
     * at {@value #LINE} columns (fewer on a narrower terminal), a list item's further lines under its text.
     */
    private void body(String body) {
        for (String paragraph : body.split("\n", -1)) {
            String clean = Text.clean(paragraph);
            boolean item = clean.startsWith("- ");
            List<String> lines = Text.wrap(item ? clean.substring(2) : clean, Math.min(LINE, context.width()) - (item ? 2 : 0));
            for (int i = 0; i < lines.size(); i++) {
                out.println((item ? (i == 0 ? "- " : "  ") : "") + lines.get(i));
            }
        }
    }

    /**
     * Once a first-step letter is sent, the sign's first step is taken: the one line that says which
     * answer records it, so that the next assessment judges the sign as the article does (still
     * showing after the first step: move on). Nothing for a sign the questionnaire does not have.
     */
    private void firstStepNote(Letter letter, Messages m) {
        Questionnaire q = context.questionnaire(request.questions());
        q.signs().stream().filter(s -> s.id().equals(letter.sign())).findFirst().flatMap(Sign::firstStep)
                .ifPresent(question -> err.println(m.get("error.prefix") + m.get("letter.first-step", question.id(),
                        question.text().get(m.lang()))));
    }

    /** One line per letter: its kind and when to send it, wrapped under itself. */
    private void list(Letters letters, Messages m) {
        out.println(m.get("letter.list.heading"));
        int width = letters.kinds().stream().mapToInt(String::length).max().orElse(0);
        // On a narrow terminal the text goes under its kind rather than into a sliver of a column.
        boolean beside = context.width() - width - 4 >= 24;
        for (Letter l : letters.all()) {
            String when = Text.clean(l.when().get(m.lang()));
            if (beside) {
                List<String> lines = Text.wrap(when, context.width() - width - 4);
                for (int i = 0; i < lines.size(); i++) {
                    out.println("  " + Text.pad(i == 0 ? l.kind() : "", width) + "  " + lines.get(i));
                }
            } else {
                out.println("  " + l.kind());
                Text.wrap(when, context.width() - 4).forEach(line -> out.println("    " + line));
            }
        }
        out.println();
        Text.wrap(m.get("letter.list.hint"), context.width()).forEach(out::println);
        out.flush();
    }

    private UserException unknownKind(Letters letters) {
        String near = Suggest.nearest(request.kind(), letters.kinds()).orElse(null);
        return near != null ? UserException.invalid("letter.unknown.suggest", request.kind(), near)
                : UserException.invalid("letter.unknown", request.kind(), String.join(", ", letters.kinds()));
    }

    /** The values to fill in: --client, then each --set; a key that is not a blank of this letter is an error. */
    private Map<String, String> values(Letter letter, Lang lang) {
        List<String> blanks = letter.blanks(lang);
        Map<String, String> values = new LinkedHashMap<>();
        if (request.client() != null && blanks.contains("client")) {
            values.put("client", Text.clean(request.client()));
        }
        for (String arg : request.values()) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw UserException.invalid("letter.set.form", arg);
            }
            String key = arg.substring(0, eq);
            if (!blanks.contains(key)) {
                String near = Suggest.nearest(key, blanks).orElse(null);
                throw near != null ? UserException.invalid("letter.set.unknown.suggest", key, letter.kind(), near)
                        : UserException.invalid("letter.set.unknown", key, letter.kind(), String.join(", ", blanks));
            }
            // A value is one line of text: no control character reaches a terminal, a subject or a draft.
            values.put(key, Text.clean(arg.substring(eq + 1)));
        }
        return values;
    }

    /** The draft as mime4j writes it: plain ASCII (encoded words, quoted-printable), CRLF line ends. */
    private String eml(LetterText text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            EmlDraft.write(text.subject(), text.body(), request.to(), Date.from(context.env().clock().instant()), bytes);
        } catch (EmlDraft.BadAddress e) {
            throw UserException.invalid("letter.to.invalid", request.to());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
