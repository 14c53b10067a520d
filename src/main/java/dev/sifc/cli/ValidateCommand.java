package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.load.AnswersLoader;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.text.Messages;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Checks questionnaire and answers files; prints every problem with its position. Problems go to
 * stderr, like every error of the tool; stdout gets only the lines for files that are fine.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ValidateCommand implements Callable<Integer> {
    /** Only a questionnaire has a top-level "signs" key. */
    private static final Pattern QUESTIONNAIRE = Pattern.compile("(?m)^signs\\s*:");
    /** Validation reads whole files; portfolios larger than this are checked by running them. */
    private static final long MAX_BYTES = 64L << 20;

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Option(names = "--allow-missing", descriptionKey = "allow-missing")
    boolean allowMissing;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "validate.files")
    List<String> files;

    private final Session session;

    ValidateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = session.messages();
        boolean ok = true;
        Questionnaire questionnaire = null;
        for (String file : files) {
            String source = Inputs.sourceName(file);
            try {
                String text = session.inputs().readAll(file, MAX_BYTES);
                if (QUESTIONNAIRE.matcher(text).find()) {
                    Questionnaire q = QuestionnaireLoader.load(source, text);
                    out.println(m.get("validate.ok.questionnaire", source, q.id(), q.signs().size(), q.questions().size()));
                } else {
                    if (questionnaire == null) {
                        questionnaire = session.questionnaire(root.questions);
                    }
                    ok &= answers(questionnaire, source, text, out, err, m);
                }
            } catch (InputException e) {
                ok = false;
                print(e, err, m);
            } catch (UserException e) {
                ok = false;
                err.println(m.get("error.prefix") + e.message(m));
            }
        }
        out.flush();
        err.flush();
        return ok ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Checks every document; a broken one does not stop the check of the next, unless the YAML itself is broken. */
    private boolean answers(Questionnaire q, String source, String text, PrintWriter out, PrintWriter err, Messages m) {
        Iterator<Answers> it = new AnswersLoader(q).read(source, new StringReader(text));
        boolean ok = true;
        int clients = 0;
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                Answers a = it.next();
                clients++;
                List<String> missing = q.questions().stream().map(Question::id)
                        .filter(id -> !a.values().containsKey(id)).toList();
                if (!missing.isEmpty() && !allowMissing) {
                    ok = false;
                    err.println(m.get("validate.missing", source, clients, missing.size(), String.join(", ", missing)));
                }
            } catch (InputException e) {
                ok = false;
                print(e, err, m);
                clients++;
                if (e.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.UNREADABLE)) {
                    return false;
                }
            }
        }
        if (clients == 0) {
            err.println(m.format(Diagnostic.at(new dev.sifc.core.Position(source, 1, 1), "answers.empty")));
            return false;
        }
        if (ok) {
            out.println(m.get("validate.ok.answers", source, clients));
        }
        return ok;
    }

    private static void print(InputException e, PrintWriter out, Messages m) {
        m.format(e).forEach(out::println);
    }
}
