package dev.sifc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
            throw UserException.invalid("error.file.io", arg, e.getMessage());
        }
    }

    private InputStream stream(String arg) {
        if ("-".equals(arg)) {
            if (stdinUsed) {
                throw UserException.invalid("error.stdin.twice");
            }
            stdinUsed = true;
            return env.stdin();
        }
        Path path = env.path(arg);
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
            throw UserException.invalid("error.file.io", arg, e.getMessage());
        }
    }
}
