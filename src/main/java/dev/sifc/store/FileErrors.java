package dev.sifc.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * Why a file could not be read or written, as a {@link Cause} that the faces word (see
 * {@code cli.FileProblems}): one mapping for every path that writes (--save-answers, drafts, the
 * history's appends and --forget).
 *
 * <p>Java reports most write failures as a plain {@link IOException} whose message is the system's
 * text for the error number ({@code strerror}), or as a {@link FileSystemException} whose reason is
 * that text and whose message is only the path (of a temporary file, often). The error numbers that
 * have a remedy of their own are recognised by that text.
 */
public final class FileErrors {
    /** The causes with a remedy of their own; everything else is {@link #OTHER}. */
    public enum Cause {
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

        private final String key;
        // Private, set once here and only read by cause(): the array is never handed out or written.
        @SuppressWarnings("ImmutableEnumChecker")
        private final String[] texts;

        Cause(String key, String... texts) {
            this.key = key;
            this.texts = texts;
        }

        /** The part of the message keys ({@code io.reason.KEY}, {@code io.fix.KEY}) for this cause, or null. */
        public String key() {
            return key;
        }
    }

    /**
     * A file or folder the tool will not use, with its reason and its remedy as message keys: a
     * state file that is not a regular file, a state folder that cannot be had, a history with
     * hard links. Said in the user's language by {@code cli.FileProblems.reason} and {@code fix}.
     */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String fixKey;
        private final transient Object[] args;

        Refused(String key, String fixKey, Object... args) { // only the store refuses
            super(key);
            this.key = key;
            this.fixKey = fixKey;
            this.args = args.clone();
        }

        /** The message key of the reason. */
        public String key() {
            return key;
        }

        /** The message key of the remedy. */
        public String fixKey() {
            return fixKey;
        }

        /** The arguments of both messages. */
        public Object[] args() {
            return args.clone();
        }
    }

    private FileErrors() {}

    /** The cause of {@code e} or of any exception it wraps. */
    public static Cause cause(Throwable e) {
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

    /** The {@link Refused} that {@code e} is or wraps. */
    public static Refused refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
        }
        throw new IllegalArgumentException("not refused: " + e);
    }
}
