package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.QuestionsListing;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lists the questionnaire, for people (text) or scripts (one JSON object). */
@Command(name = "questions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class QuestionsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "format")
    Format format;

    private final RunContext context;

    QuestionsCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Questionnaire q = context.questionnaire(root.questions);
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = context.messages().lang();
        if (format == Format.json) {
            QuestionsListing.json(q, out, lang);
        } else {
            QuestionsListing.text(q, out, context.messages(), context.style(root.color, context.env().stdoutTty()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
