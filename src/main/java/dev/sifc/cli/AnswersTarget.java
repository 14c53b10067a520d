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
        } catch (IOException e) {
            String refused = refusal(e);
            if (refused != null) {
                throw UserException.invalid(refused, name);
            }
            // the folder cannot be read, say: the write says why, with the answers shown so nothing is lost
        }
    }

    /** The message key for a target that is refused as such (not for a failing disk), or null. */
    private String refusal(IOException e) {
        if (e instanceof AtomicFiles.NotAFile n) {
            return name.isEmpty() ? "error.save.empty-name" : n.folder() ? "error.save.folder" : "error.save.special";
        }
        if (e instanceof AtomicFiles.IsALink) {
            return "error.save.link";
        }
        return e instanceof FileAlreadyExistsException ? "error.save.exists" : null;
    }

    /** Writes the answers; on failure they go to stderr, so they are not lost. Returns the exit code. */
    int write(Questionnaire questionnaire, Answers done) {
        Messages messages = context.messages();
        String yaml = AnswersYaml.write(questionnaire, done, "should-i-fire-client answers");
        try {
            AtomicFiles.write(context.env().path(name), yaml, force);
            err.println(messages.get("prompt.answers.saved", name));
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            String refused = e instanceof IOException io ? refusal(io) : null;
            err.println(messages.get("error.prefix") + (refused != null ? messages.get(refused, name)
                    : messages.get("error.save.failed", name, FileProblems.explain(messages, e))));
        }
        WrappedStderr.verbatim(err, yaml); // a file to copy: its lines as they are
        err.flush();
        return ExitCodes.INVALID;
    }
}
