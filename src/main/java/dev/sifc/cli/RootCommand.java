package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.AnswersLoader;
import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Scorer;
import dev.sifc.render.Renderer;
import dev.sifc.render.Summary;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Assesses clients: asks in the terminal, or reads answers files for scripts. */
@Command(name = "should-i-fire-client", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, showAtFileInUsageHelp = false, usageHelpAutoWidth = false)
final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", order = 1)
    String answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", order = 2)
    Options.Format format;

    @Option(names = "--client", paramLabel = "NAME", order = 3)
    String client;

    @Option(names = "--allow-missing", order = 4)
    boolean allowMissing;

    @Option(names = "--fail-on", paramLabel = "VERDICT", order = 5)
    Options.FailOn failOn;

    @Option(names = "--no-input", order = 6)
    boolean noInput;

    @Option(names = "--plain", order = 7)
    boolean plain;

    @Option(names = "--save-answers", paramLabel = "FILE", order = 8)
    String saveAnswers;

    @Option(names = "--force", order = 9)
    boolean force;

    @Option(names = "--questions", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 10)
    String questions;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, order = 11,
            completionCandidates = Options.LangCandidates.class)
    Lang lang;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", scope = ScopeType.INHERIT, order = 12)
    Options.ColorMode color;

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 13)
    boolean debug;

    private final Session session;

    RootCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Questionnaire questionnaire = session.questionnaire(questions);
        PrintWriter out = spec.commandLine().getOut();
        if (answers == null) {
            throw UserException.invalid("error.no-answers");
        }
        return batch(questionnaire, out);
    }

    /** Reads every client from the answers stream and reports each as it comes. */
    private int batch(Questionnaire questionnaire, PrintWriter out) {
        Renderer renderer = session.renderer(format, color, out);
        Scorer scorer = new Scorer(questionnaire);
        String source = Inputs.sourceName(answers);
        int worst = -1;
        List<Summary> summaries = new ArrayList<>();
        try (Reader reader = session.inputs().open(answers, Inputs.STREAM_MAX)) {
            Iterator<Answers> stream = new AnswersLoader(questionnaire).read(source, reader);
            int index = 0;
            while (stream.hasNext()) {
                Answers given = stream.next();
                index++;
                Answers complete = complete(questionnaire, given, source, index);
                Assessment assessment = scorer.assess(complete);
                renderer.assessment(assessment, index);
                if (out.checkError()) {
                    return ExitCodes.OK; // the reader went away (| head): stop quietly
                }
                worst = Math.max(worst, assessment.severity());
                if (renderer.wantsPortfolio()) {
                    summaries.add(Summary.of(assessment, index));
                }
            }
            if (index == 0) {
                throw new dev.sifc.core.InputException(dev.sifc.core.Diagnostic.at(
                        new dev.sifc.core.Position(source, 1, 1), "answers.empty"));
            }
            if (summaries.size() > 1) {
                summaries.sort(Summary.WORST_FIRST);
                renderer.portfolio(summaries);
            }
        } catch (java.io.IOException e) {
            throw UserException.invalid("error.file.io", answers, e.getMessage());
        }
        return failOn != null && worst >= failOn.severity ? ExitCodes.FAIL_ON : ExitCodes.OK;
    }

    /** Applies --client, and --allow-missing (or fails listing what is missing). */
    private Answers complete(Questionnaire questionnaire, Answers given, String source, int index) {
        List<String> missing = questionnaire.questions().stream().map(Question::id)
                .filter(id -> !given.values().containsKey(id)).toList();
        if (!missing.isEmpty() && !allowMissing) {
            throw new UserException(ExitCodes.INVALID, "error.missing", documentLabel(source, index), missing.size(),
                    abbreviate(missing));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            values.put(q.id(), given.values().getOrDefault(q.id(), Answers.SKIP));
        }
        return new Answers(client != null ? client : given.client(), values);
    }

    private String documentLabel(String source, int index) {
        return index > 1 ? source + " " + session.messages().get("error.document", index) : source;
    }

    static String abbreviate(List<String> ids) {
        int shown = Math.min(ids.size(), 6);
        String list = String.join(", ", ids.subList(0, shown));
        return ids.size() > shown ? list + " (+" + (ids.size() - shown) + ")" : list;
    }
}
