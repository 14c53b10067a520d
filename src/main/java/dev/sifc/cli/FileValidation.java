package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Position;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.AnswersLoader;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.text.Messages;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.Iterator;
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
                String text = context.inputs().readAll(file, MAX_BYTES);
                if (QUESTIONNAIRE.matcher(text).find()) {
                    Questionnaire q = QuestionnaireLoader.load(source, text);
                    out.println(m.get("validate.ok.questionnaire", source, q.id(), q.signs().size(), q.questions().size()));
                } else if (LetterValidation.isLetters(text)) {
                    LetterValidation.check(source, text, context.questionnaire(request.questions()), m, out);
                } else {
                    if (questionnaire == null) {
                        questionnaire = context.questionnaire(request.questions());
                    }
                    ok &= answers(questionnaire, source, text, m);
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
     * Checks every document; a broken one does not stop the check of the next, unless the YAML itself
     * is broken. A client is named by its name, or by its document's number in a portfolio.
     */
    private boolean answers(Questionnaire q, String source, String text, Messages m) {
        Iterator<Answers> it = new AnswersLoader(q).read(source, new StringReader(text));
        boolean ok = true;
        int clients = 0;
        InputException broken = null;
        while (true) {
            try {
                if (broken == null && !it.hasNext()) {
                    break;
                }
                if (broken != null) {
                    throw broken;
                }
                Answers a = it.next();
                clients++;
                boolean more;
                try {
                    more = it.hasNext();
                } catch (InputException e) {
                    more = true; // the next document is broken: this one is still part of a portfolio
                    broken = e;
                }
                List<String> missing = MissingAnswers.ids(q, a);
                if (!missing.isEmpty() && !request.allowMissing()) {
                    ok = false;
                    String where = clients > 1 || more ? source + " " + m.get("error.document", clients) : source;
                    String client = a.client();
                    err.println(client == null
                            ? m.get("validate.missing", where, missing.size(), String.join(", ", missing))
                            : m.get("validate.missing.named", where, client, missing.size(), String.join(", ", missing)));
                }
            } catch (InputException e) {
                broken = null;
                ok = false;
                print(e, m);
                clients++;
                if (e.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREADABLE)) {
                    return false;
                }
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
