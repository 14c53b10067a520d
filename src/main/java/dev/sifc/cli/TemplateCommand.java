package dev.sifc.cli;

import dev.sifc.render.AnswersTemplate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints an answers file to fill in: every question, its allowed values, and "skip" as the answer. */
@Command(name = "template", sortOptions = false)
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    Options.Questions questions = new Options.Questions();

    @Mixin
    Options.Help help = new Options.Help();

    private final RunContext context;

    TemplateCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AnswersTemplate.write(context.questionnaire(questions.or(root)), out, context.messages());
        out.flush();
        return ExitCodes.OK;
    }
}
