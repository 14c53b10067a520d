package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.QuestionsListing;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lists the questionnaire, for people (text) or scripts (one JSON object). */
@Command(name = "questions", sortOptions = false)
final class QuestionsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "format")
    Format format;

    @Mixin
    Options.Questions questions = new Options.Questions();

    @Mixin
    Options.Color color = new Options.Color();

    @Mixin
    Options.Help help = new Options.Help();

    private final RunContext context;

    QuestionsCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Questionnaire q = context.questionnaire(questions.or(root));
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = context.messages().lang();
        if (format == Format.json) {
            QuestionsListing.json(q, out, lang);
        } else {
            QuestionsListing.text(q, out, context.messages(), context.style(color.or(root), context.env().stdoutTty()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
