package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Position;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.AnswersLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Iterator;
import java.util.Map;

/**
 * The main command's use case: checks where --save-answers goes, then chooses between asking
 * ({@link InterviewAssessment}) and reading answers files ({@link BatchAssessment}). A single
 * answers file that leaves questions open is completed by an interview when a person is there.
 */
final class ClientAssessment {
    private final RunContext context;
    private final AssessmentRequest request;
    private final PrintWriter out;
    private final PrintWriter err;

    ClientAssessment(RunContext context, AssessmentRequest request, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = request;
        this.out = out;
        this.err = context.stderr(err); // wrapped at a terminal
    }

    /** Runs the request; returns the exit code. */
    int execute() {
        Questionnaire questionnaire = context.questionnaire(request.questions());
        AnswersTarget saveTo = null;
        if (request.saveAnswers() != null) {
            saveTo = new AnswersTarget(context, request.saveAnswers(), request.force(), err);
            saveTo.check();
        }
        InterviewAssessment interview = new InterviewAssessment(context, request, questionnaire, saveTo, out, err);
        String file = request.answers();
        if (file == null) {
            if (request.noInput()) {
                throw UserException.invalid("error.no-answers");
            }
            return interview.execute(new Answers(request.client(), Map.of()));
        }
        String source = Inputs.sourceName(file);
        try (Reader reader = context.inputs().open(file, Inputs.STREAM_MAX)) {
            Iterator<Answers> stream = new AnswersLoader(questionnaire).read(source, reader);
            if (!stream.hasNext()) {
                throw new InputException(Diagnostic.at(new Position(source, 1, 1), "answers.empty"));
            }
            Answers first = stream.next();
            boolean single = !stream.hasNext();
            boolean canAsk = context.env().stdinTty() && !"-".equals(file) && !request.noInput() && !request.allowMissing();
            if (single && canAsk && !questionnaire.unanswered(first).isEmpty()) {
                return interview.execute(new Answers(request.clientOr(first.client()), first.values()));
            }
            return new BatchAssessment(context, request, questionnaire, saveTo, out, err).execute(source, first, stream);
        } catch (IOException e) {
            throw UserException.invalid("error.file.io", file, Inputs.reason(e));
        }
    }
}
