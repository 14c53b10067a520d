package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.AnswersYaml;
import dev.sifc.store.AtomicFiles;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;

/** The file of --save-answers: checked before any question is asked, written once the answers are complete. */
final class AnswersTarget {
    private final RunContext context;
    private final String name;
    private final boolean force;
    private final PrintWriter err;

    AnswersTarget(RunContext context, String name, boolean force, PrintWriter err) {
        this.context = context;
        this.name = name;
        this.force = force;
        this.err = err;
    }

    /** Before any question is asked: a target that cannot be written is said at once. */
    void check() {
        try {
            AtomicFiles.check(context.env().path(name), force);
        } catch (AtomicFiles.NotAFile e) {
            throw UserException.invalid(e.folder() || name.isEmpty() ? "error.save.folder" : "error.save.special", name);
        } catch (FileAlreadyExistsException e) {
            throw UserException.invalid("error.save.exists", name);
        } catch (IOException e) {
            // a symbolic link, for one: the write says so, with the answers shown so nothing is lost
        }
    }

    /** Writes the answers; on failure they go to stderr, so they are not lost. Returns the exit code. */
    int write(Questionnaire questionnaire, Answers done) {
        Messages messages = context.messages();
        String yaml = AnswersYaml.write(questionnaire, done, "should-i-fire-client answers");
        try {
            AtomicFiles.write(context.env().path(name), yaml, force);
            err.println(messages.get("prompt.answers.saved", name));
            return ExitCodes.OK;
        } catch (AtomicFiles.NotAFile e) {
            err.println(messages.get("error.prefix") + messages.get(e.folder() || name.isEmpty() ? "error.save.folder"
                    : "error.save.special", name));
        } catch (FileAlreadyExistsException e) {
            err.println(messages.get("error.prefix") + messages.get("error.save.exists", name));
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("error.prefix") + messages.get("error.save.failed", name, FileProblems.explain(messages, e)));
        }
        err.print(yaml);
        err.flush();
        return ExitCodes.INVALID;
    }
}
