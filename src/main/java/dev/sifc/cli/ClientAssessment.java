package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Position;
import dev.sifc.core.Questionnaire;
import java.io.IOException;
import java.io.PrintWriter;
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
        try (Inputs.AnswersInput input = context.inputs().openAnswers(file, Inputs.STREAM_MAX)) {
            ClientStream stream = input.clients(questionnaire);
            if (!stream.hasNext()) {
                throw new InputException(Diagnostic.at(new Position(input.source(), 1, 1), "answers.empty"));
            }
            ClientStream.Item first = stream.next();
            boolean single = !stream.hasNext();
            if (single && first.problem() != null) {
                throw first.problem();
            }
            boolean canAsk = context.env().stdinTty() && !"-".equals(file) && !request.noInput() && !request.allowMissing();
            if (single && canAsk && !questionnaire.unanswered(first.answers()).isEmpty()) {
                Answers a = first.answers();
                return interview.execute(new Answers(request.clientOr(a.client()), a.values()));
            }
            return new BatchAssessment(context, request, questionnaire, saveTo, out, err).execute(input.source(), first, stream);
        } catch (IOException e) {
            throw UserException.invalid("error.file.io", file, Inputs.reason(e));
        }
    }
}
