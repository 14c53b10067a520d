package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Position;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.AnswersFormat;
import dev.sifc.load.AnswersLoader;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The validate command's use case: checks questionnaire and answers files and prints every problem
 * with its position. Problems go to stderr, like every error of the tool; stdout gets only the
 * lines for files that are fine.
 */
final class FileValidation {
    /** Only a questionnaire has a top-level "signs" key. */
    private static final Pattern QUESTIONNAIRE = Pattern.compile("(?m)^signs\\s*:");
    /** Validation reads whole files; portfolios larger than this are checked by running them. */
    private static final long MAX_BYTES = 64L << 20;

    /**
     * @param files the files to check, in order
     * @param questions the questionnaire answers files are checked against (--questions), or null for the bundled one
     */
    record Request(List<String> files, boolean allowMissing, String questions) {
        Request {
            files = List.copyOf(files);
        }
    }

    private final RunContext context;
    private final Request request;
    private final PrintWriter out;
    private final PrintWriter err;

    FileValidation(RunContext context, Request request, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = Objects.requireNonNull(request, "request");
        this.out = out;
        this.err = context.stderr(err); // wrapped at a terminal
    }

    /** Checks every file, whatever the ones before it held; returns the exit code. */
    int execute() {
        Messages m = context.messages();
        boolean ok = true;
        Questionnaire questionnaire = null;
        for (String file : request.files()) {
            String source = Inputs.sourceName(file);
            try {
                boolean lines = AnswersFormat.byName(file).orElse(null) == AnswersFormat.JSON_LINES;
                String text;
                try (Inputs.AnswersInput input = context.inputs().openAnswers(file, lines ? Inputs.STREAM_MAX : MAX_BYTES)) {
                    if (input.format() == AnswersFormat.JSON_LINES) {
                        // read as it streams: a JSON Lines file holds answers only, one client a line
                        if (questionnaire == null) {
                            questionnaire = context.questionnaire(request.questions());
                        }
                        ok &= answers(questionnaire, source, input.clients(questionnaire), m);
                        continue;
                    }
                    StringWriter w = new StringWriter();
                    input.reader().transferTo(w);
                    text = w.toString();
                } catch (IOException e) {
                    throw UserException.invalid("error.file.io", file, Inputs.reason(e));
                }
                if (QUESTIONNAIRE.matcher(text).find()) {
                    Questionnaire q = QuestionnaireLoader.load(source, text);
                    out.println(m.get("validate.ok.questionnaire", source, q.id(), q.signs().size(), q.questions().size()));
                } else if (LetterValidation.isLetters(text)) {
                    LetterValidation.check(source, text, context.questionnaire(request.questions()), m, out);
                } else {
                    if (questionnaire == null) {
                        questionnaire = context.questionnaire(request.questions());
                    }
                    ok &= answers(questionnaire, source, new ClientStream(new AnswersLoader(questionnaire).read(source,
                            new StringReader(text))), m);
                }
            } catch (InputException e) {
                ok = false;
                print(e, m);
            } catch (UserException e) {
                ok = false;
                err.println(m.get("error.prefix") + e.message(m));
            }
        }
        out.flush();
        err.flush();
        return ok ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /**
     * Checks every client; a broken one does not stop the check of the next, unless the YAML itself
     * is broken. A client is named by its name, or by its document's number in a portfolio (its line
     * in JSON Lines).
     */
    private boolean answers(Questionnaire q, String source, ClientStream stream, Messages m) {
        boolean ok = true;
        int clients = 0;
        while (stream.hasNext()) {
            ClientStream.Item item = stream.next();
            clients++;
            if (item.problem() != null) {
                ok = false;
                print(item.problem(), m);
                continue;
            }
            Answers a = item.answers();
            List<String> missing = MissingAnswers.ids(q, a);
            if (!missing.isEmpty() && !request.allowMissing()) {
                ok = false;
                String where = stream.byLine() ? source + ":" + item.number()
                        : clients > 1 || stream.hasNext() ? source + " " + m.get("error.document", item.number()) : source;
                String client = a.client();
                err.println(client == null
                        ? m.get("validate.missing", where, missing.size(), String.join(", ", missing))
                        : m.get("validate.missing.named", where, client, missing.size(), String.join(", ", missing)));
            }
        }
        if (clients == 0) {
            err.println(m.format(Diagnostic.at(new Position(source, 1, 1), "answers.empty")));
            return false;
        }
        if (ok) {
            out.println(m.get("validate.ok.answers", source, clients));
        }
        return ok;
    }

    private void print(InputException e, Messages m) {
        m.format(e).forEach(err::println);
    }
}
