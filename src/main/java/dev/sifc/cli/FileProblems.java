package dev.sifc.cli;

import dev.sifc.store.FileErrors.Cause;
import dev.sifc.store.FileErrors.Refused;
import dev.sifc.store.FileErrors;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A file problem in the user's words, and what to do about it: the wording of {@link FileErrors}' causes. */
final class FileProblems {
    private FileProblems() {}

    /** What went wrong, in a few words ("the disk is full"). */
    static String reason(Messages messages, Throwable e) {
        Cause cause = FileErrors.cause(e);
        if (cause == Cause.REFUSED) {
            Refused r = FileErrors.refused(e);
            return messages.get(r.key(), r.args());
        }
        if (cause != Cause.OTHER) {
            return messages.get("io.reason." + cause.key());
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return messages.get("io.reason.in-the-way");
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("io.reason.missing");
        }
        if (e instanceof IOException io) {
            return Inputs.reason(io); // the system's words, without Java's additions or the path again
        }
        if (e.getCause() instanceof IOException io) {
            return Inputs.reason(io);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** What to do about it ("free some disk space"), or the text of {@code otherKey} when the cause has no remedy of its own. */
    static String fix(Messages messages, Throwable e, String otherKey) {
        Cause cause = FileErrors.cause(e);
        if (cause == Cause.REFUSED) {
            return messages.get(FileErrors.refused(e).fixKey());
        }
        return messages.get(cause == Cause.OTHER ? otherKey : "io.fix." + cause.key());
    }

    /** The reason, then the remedy when the cause has one of its own: "the disk is full; free some disk space". */
    static String explain(Messages messages, Throwable e) {
        Cause cause = FileErrors.cause(e);
        String reason = reason(messages, e);
        return cause == Cause.OTHER ? reason : reason + "; " + fix(messages, e, null);
    }

}
