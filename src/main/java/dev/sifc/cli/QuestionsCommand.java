package dev.sifc.cli;

import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.QuestionsListing;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the questionnaire, for people (text) or scripts (one JSON object). */
final class QuestionsCommand implements Callable<Integer> {
    enum Format { text, json }

    private final RunContext context;
    private final RootCommand root;
    private final CommandSpec spec;

    QuestionsCommand(RunContext context, RootCommand root) {
        this.context = context;
        this.root = root;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("questions");
        spec.usageMessage().sortOptions(false);
        spec.addOption(Options.option("--format", "FORMAT", Format.class).defaultValue("text").descriptionKey("format").build());
        spec.addOption(Options.questions());
        spec.addOption(Options.color());
        spec.addOption(Options.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Questionnaire q = context.questionnaire(Options.questions(spec, root));
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = context.messages().lang();
        if (Options.value(spec, "--format", Format.class) == Format.json) {
            QuestionsListing.json(q, out, lang);
        } else {
            QuestionsListing.text(q, out, context.messages(), context.style(Options.color(spec, root), context.env().stdoutTty()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
