package dev.sifc.cli;

import dev.sifc.render.AnswersTemplate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints an answers file to fill in: every question, its allowed values, and "skip" as the answer. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    private final RunContext context;

    TemplateCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AnswersTemplate.write(context.questionnaire(root.questions), out, context.messages());
        out.flush();
        return ExitCodes.OK;
    }
}
