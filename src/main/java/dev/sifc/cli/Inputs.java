package dev.sifc.cli;

import dev.sifc.core.Questionnaire;
import dev.sifc.load.AnswersFormat;
import dev.sifc.load.AnswersLoader;
import dev.sifc.load.StrictUtf8Reader;
import java.io.BufferedInputStream;
import java.io.Closeable;
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

    /**
     * An answers file (or stdin) opened as a stream of clients. The format is the one its name says
     * ({@code .jsonl}, {@code .ndjson}: JSON Lines; {@code .yaml}, {@code .yml}, {@code .json}: YAML);
     * a name that says none (stdin, {@code /dev/fd/3}, {@code clients.txt}) is JSON Lines when its
     * first line that is not blank is one whole JSON object ({@link AnswersFormat#sniff}).
     */
    AnswersInput openAnswers(String arg, long maxBytes) {
        InputStream in = stream(arg);
        AnswersFormat format = "-".equals(arg) ? null : AnswersFormat.byName(arg).orElse(null);
        if (format == null) {
            BufferedInputStream buffered = new BufferedInputStream(in, AnswersFormat.SNIFF_BYTES + 1);
            byte[] head = new byte[AnswersFormat.SNIFF_BYTES];
            try {
                format = AnswersFormat.sniff(head, head(buffered, head));
            } catch (IOException e) {
                format = AnswersFormat.YAML; // unreadable (/proc/self/mem): the reader meets it again and says why, as for any file
                try {
                    buffered.reset();
                } catch (IOException again) {
                    throw UserException.invalid("error.file.io", arg, reason(e));
                }
            }
            in = buffered;
        }
        String source = sourceName(arg);
        Reader reader = format == AnswersFormat.JSON_LINES ? StrictUtf8Reader.forLines(in, source, maxBytes)
                : new StrictUtf8Reader(in, source, maxBytes);
        return new AnswersInput(source, reader, format);
    }

    /** An answers stream: its name in messages, its text and its format. */
    record AnswersInput(String source, Reader reader, AnswersFormat format) implements Closeable {
        /** Its clients, one at a time, checked against {@code questionnaire}. */
        ClientStream clients(Questionnaire questionnaire) {
            return new ClientStream(new AnswersLoader(questionnaire).read(source, reader, format));
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /**
     * Reads the first bytes of {@code in} into {@code head}, left to be read again, and returns how many: up to the end of the first line that is
     * not blank, so that a pipe whose writer sends one line and waits is not waited for.
     */
    private static int head(BufferedInputStream in, byte[] head) throws IOException {
        in.mark(head.length + 1);
        int length = 0;
        boolean content = false;
        reading:
        while (length < head.length) {
            int n = in.read(head, length, head.length - length);
            if (n < 0) {
                break;
            }
            for (int i = length; i < length + n; i++) {
                byte b = head[i];
                if (b == '\n' && content) {
                    length += n;
                    break reading;
                }
                if (!content && b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB
                        && (b & 0xff) != 0xBF) {
                    content = true;
                    if (b != '{') {
                        length += n;
                        break reading; // no JSON object: YAML, whatever follows
                    }
                }
            }
            length += n;
        }
        in.reset();
        return length;
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
