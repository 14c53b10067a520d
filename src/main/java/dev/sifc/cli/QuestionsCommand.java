package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.QuestionsListing;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "format")
    Format format;

    private final Session session;

    QuestionsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Questionnaire q = session.questionnaire(root.questions);
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = session.messages().lang();
        if (format == Format.json) {
            QuestionsListing.json(q, out, lang);
        } else {
            QuestionsListing.text(q, out, session.messages(), session.style(root.color, session.env().stdoutTty()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
