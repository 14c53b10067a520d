package dev.sifc.cli;

import dev.sifc.load.StrictUtf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Opens the files the user names (or stdin for "-") as strict, size-capped UTF-8 readers. */
final class Inputs {
    /** Questionnaires and single answer files are a few KiB; a MiB is generous. */
    static final long SMALL_FILE_MAX = 1L << 20;
    /** A portfolio stream may hold many clients; it is read in constant memory, so only a sanity cap. */
    static final long STREAM_MAX = 1L << 30;

    private final Env env;
    private boolean stdinUsed;

    Inputs(Env env) {
        this.env = env;
    }

    static String sourceName(String arg) {
        return "-".equals(arg) ? "<stdin>" : arg;
    }

    Reader open(String arg, long maxBytes) {
        return new StrictUtf8Reader(stream(arg), sourceName(arg), maxBytes);
    }

    String readAll(String arg, long maxBytes) {
        try (Reader r = open(arg, maxBytes)) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        } catch (IOException e) {
            throw UserException.invalid("error.file.io", arg, reason(e));
        }
    }

    /**
     * What went wrong, in the system's words and without the path again: NIO's messages repeat the
     * path ("/etc/passwd/x: Not a directory") or put nothing else in them.
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        String m = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof NotDirectoryException ? "not a directory" : "an input/output error";
        }
        int or = m.indexOf(" or unable to access attributes");
        m = (or > 0 ? m.substring(0, or) : m).strip();
        boolean acronym = m.length() > 1 && Character.isUpperCase(m.charAt(1));
        return acronym ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private InputStream stream(String arg) {
        if ("-".equals(arg)) {
            if (stdinUsed) {
                throw UserException.invalid("error.stdin.twice");
            }
            stdinUsed = true;
            return env.stdin();
        }
        if (arg.isEmpty()) {
            throw UserException.invalid("error.file.empty-name");
        }
        Path path;
        try {
            path = env.path(arg);
        } catch (InvalidPathException e) {
            throw UserException.invalid("error.file.io", arg, "not a valid file name here");
        }
        if (Files.isDirectory(path)) {
            throw UserException.invalid("error.file.directory", arg);
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw UserException.invalid("error.file.missing", arg);
        } catch (AccessDeniedException e) {
            throw UserException.invalid("error.file.unreadable", arg);
        } catch (IOException e) {
            throw UserException.invalid("error.file.io", arg, reason(e));
        }
    }
}
