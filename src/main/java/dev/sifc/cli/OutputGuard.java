package dev.sifc.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The stream under standard output's {@code PrintWriter}. A PrintWriter swallows write errors and
 * keeps only a flag; this keeps the first {@link IOException}, so that the one error line can give
 * the true reason ("no space left on device"), and fails every later write at once, so that a long
 * run into {@code /dev/full} stops at the next check instead of encoding everything for nothing.
 */
public final class OutputGuard extends FilterOutputStream {
    private volatile IOException failure;

    public OutputGuard(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        IOException f = failure;
        if (f != null) {
            throw f;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw f;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    /** Standard output is not ours to close. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private synchronized IOException fail(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return failure;
    }

    /** The first write error, or null when every write so far went through. */
    public IOException failure() {
        return failure;
    }

    /** The reader of a pipe went away ({@code | head -1}): not an error, the output was just not wanted any more. */
    static boolean closedPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("EPIPE"));
    }

    /** The operating system's reason in a few lower-case words: "No space left on device" becomes "no space left on device". */
    static String reason(IOException e) {
        String m = e == null ? null : e.getMessage();
        if (m == null || m.isBlank()) {
            return e == null ? "write error" : e.getClass().getSimpleName();
        }
        m = m.strip();
        boolean acronym = m.length() > 1 && Character.isUpperCase(m.charAt(1));
        return acronym ? m : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }
}
