package dev.sifc.cli;

import dev.sifc.render.AnswersTemplate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Prints an answers file to fill in: every question, its allowed values, and "skip" as the answer. */
final class TemplateCommand implements Callable<Integer> {
    private final RunContext context;
    private final RootCommand root;
    private final CommandSpec spec;

    TemplateCommand(RunContext context, RootCommand root) {
        this.context = context;
        this.root = root;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("template");
        spec.usageMessage().sortOptions(false);
        spec.addOption(Options.questions());
        spec.addOption(Options.help());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AnswersTemplate.write(context.questionnaire(Options.questions(spec, root)), out, context.messages());
        out.flush();
        return ExitCodes.OK;
    }
}
