package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Lang;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.io.PrintWriter;
import java.util.List;
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
        Questionnaire q = context.questionnaire(root.questions);
        PrintWriter out = spec.commandLine().getOut();
        write(q, context.messages(), out);
        out.flush();
        return ExitCodes.OK;
    }

    static void write(Questionnaire q, Messages m, PrintWriter out) {
        Lang lang = m.lang();
        comment(out, "", m.get("template.header"));
        comment(out, "", q.title().get(lang) + " " + m.get("questions.version", q.id(), q.version()));
        out.println();
        comment(out, "", m.get("template.client"));
        out.println("# client: ACME GmbH");
        out.println("answers:");
        for (Sign s : q.signs()) {
            out.println();
            out.println("  # " + s.number() + ". " + Text.clean(s.title().get(lang)));
            questions(s.questions(), m, out);
        }
        out.println();
        out.println("  # " + Text.clean(q.contextTitle().get(lang)));
        questions(q.context(), m, out);
    }

    private static void questions(List<Question> questions, Messages m, PrintWriter out) {
        for (Question q : questions) {
            comment(out, "  ", q.text().get(m.lang()));
            String allowed = q.type() == QuestionType.NUMBER
                    ? m.get("template.number", Answers.plain(q.min()), Answers.plain(q.max()), Text.clean(q.unit().get(m.lang())))
                    : Answers.allowed(q);
            comment(out, "  ", m.get("template.allowed", allowed));
            out.println("  " + q.id() + ": " + Answers.SKIP);
        }
    }

    private static void comment(PrintWriter out, String indent, String text) {
        for (String line : Text.wrap(Text.clean(text), 96 - indent.length())) {
            out.println(indent + "# " + line);
        }
    }
}
