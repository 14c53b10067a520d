package dev.sifc.cli;

import dev.sifc.render.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in the user's words, and what to do about it: one
 * mapping for every path that writes (--save-answers, drafts, the history's appends and --forget).
 *
 * <p>Java reports most write failures as a plain {@link IOException} whose message is the system's
 * text for the error number ({@code strerror}), or as a {@link FileSystemException} whose reason is
 * that text and whose message is only the path (of a temporary file, often). The error numbers that
 * have a remedy of their own are recognised by that text.
 */
final class FileErrors {
    /** The causes with a remedy of their own; everything else is {@link #OTHER}. */
    enum Cause {
        /** ENOSPC */
        DISK_FULL("disk-full", "No space left on device"),
        /** EROFS */
        READ_ONLY("read-only", "Read-only file system"),
        /** EACCES, EPERM */
        PERMISSION("permission", "Permission denied", "Operation not permitted"),
        /** EDQUOT */
        QUOTA("quota", "Disk quota exceeded"),
        /** The tool refused a state file or folder itself ({@link Refused}). */
        REFUSED(null),
        OTHER(null);

        final String key;
        private final String[] texts;

        Cause(String key, String... texts) {
            this.key = key;
            this.texts = texts;
        }
    }

    /**
     * A file or folder the tool will not use, with its reason and its remedy as message keys: a
     * state file that is not a regular file, a state folder that cannot be had, a history with
     * hard links. Said in the user's language by {@link #reason} and {@link #fix}.
     */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final String key;
        final String fixKey;
        private final transient Object[] args;

        Refused(String key, String fixKey, Object... args) {
            super(key);
            this.key = key;
            this.fixKey = fixKey;
            this.args = args.clone();
        }

        Object[] args() {
            return args.clone();
        }
    }

    private FileErrors() {}

    /** The cause of {@code e} or of any exception it wraps. */
    static Cause cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refused) {
                return Cause.REFUSED;
            }
            if (t instanceof AccessDeniedException) {
                return Cause.PERMISSION;
            }
            String text = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
            if (text != null) {
                for (Cause c : Cause.values()) {
                    for (String known : c.texts) {
                        if (text.contains(known)) {
                            return c;
                        }
                    }
                }
            }
        }
        return Cause.OTHER;
    }

    /** What went wrong, in a few words ("the disk is full"). */
    static String reason(Messages messages, Throwable e) {
        Cause cause = cause(e);
        if (cause == Cause.REFUSED) {
            Refused r = refused(e);
            return messages.get(r.key, r.args());
        }
        if (cause != Cause.OTHER) {
            return messages.get("io.reason." + cause.key);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return messages.get("io.reason.in-the-way");
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("io.reason.missing");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName();
    }

    /** What to do about it ("free some disk space"), or the text of {@code otherKey} when the cause has no remedy of its own. */
    static String fix(Messages messages, Throwable e, String otherKey) {
        Cause cause = cause(e);
        if (cause == Cause.REFUSED) {
            return messages.get(refused(e).fixKey);
        }
        return messages.get(cause == Cause.OTHER ? otherKey : "io.fix." + cause.key);
    }

    /** The reason, then the remedy when the cause has one of its own: "the disk is full; free some disk space". */
    static String explain(Messages messages, Throwable e) {
        Cause cause = cause(e);
        String reason = reason(messages, e);
        return cause == Cause.OTHER ? reason : reason + "; " + fix(messages, e, null);
    }

    private static Refused refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
        }
        throw new IllegalArgumentException("not refused: " + e);
    }
}
