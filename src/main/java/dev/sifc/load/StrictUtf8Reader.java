package dev.sifc.load;

import dev.sifc.core.Diagnostic;
import dev.sifc.core.InputException;
import dev.sifc.core.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly while streaming: invalid bytes and NUL are errors with their byte offset or
 * line, never replacement characters; a leading BOM is dropped; more than {@code maxBytes} is an
 * error, so /dev/zero or a runaway stream cannot exhaust memory.
 *
 * <p>It also caps the length of a line and of a YAML document. SnakeYAML copies its buffer for every
 * chunk of a long scalar, which makes a 100 MB one-line file take minutes; answers and questionnaires
 * never need lines or documents anywhere near these caps.
 */
public final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final String source;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private long bytesBefore; // bytes consumed before the current content of `bytes`
    private long totalRead;
    private int line = 1;
    private boolean eof;
    private boolean started;
    private boolean done;
    private int column;
    private boolean documentMarker; // the current line starts with "---" so far
    private long documentChars;
    private int documentLine = 1;
    private final int maxLine;
    private final long maxDocument;

    /** No line of a hand-written or generated answers file comes near this. */
    public static final int MAX_LINE = 64 * 1024;
    /** One client's answers, or a whole questionnaire, fit many times over. */
    public static final int MAX_DOCUMENT = 1 << 20;

    public StrictUtf8Reader(InputStream in, String source, long maxBytes) {
        this(in, source, maxBytes, MAX_LINE, MAX_DOCUMENT);
    }

    private StrictUtf8Reader(InputStream in, String source, long maxBytes, int maxLine, long maxDocument) {
        this.in = in;
        this.source = source;
        this.maxBytes = maxBytes;
        this.maxLine = maxLine;
        this.maxDocument = maxDocument;
        bytes.flip();
        chars.flip();
    }

    /**
     * A reader for JSON Lines: no cap on lines or documents here, as {@link JsonLinesLoader} reads
     * line by line in bounded memory and refuses a long line itself, going on with the next one.
     */
    public static StrictUtf8Reader forLines(InputStream in, String source, long maxBytes) {
        return new StrictUtf8Reader(in, source, maxBytes, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    /** Decodes more characters; false at the end of input. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (eof) {
                    check(decoder.decode(bytes, chars, true));
                    decoder.flush(chars);
                    done = true;
                    break;
                }
                readMore();
                check(decoder.decode(bytes, chars, eof));
            }
        } finally {
            chars.flip();
        }
        if (!chars.hasRemaining()) {
            return false;
        }
        scan();
        return true;
    }

    private void readMore() throws IOException {
        bytesBefore += bytes.position();
        bytes.compact();
        int n;
        try {
            n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        } finally {
            bytes.flip();
        }
        if (n < 0) {
            eof = true;
            return;
        }
        bytes.limit(bytes.limit() + n);
        totalRead += n;
        if (totalRead > maxBytes) {
            throw new InputException(Diagnostic.at(null, "error.file.too-big", source, maxBytes >> 20));
        }
    }

    private void check(CoderResult r) {
        if (r.isError()) {
            long offset = bytesBefore + bytes.position();
            throw new InputException(Diagnostic.at(null, "error.file.encoding", source, offset));
        }
    }

    /** Drops a BOM, rejects NUL, counts lines for the NUL message. */
    private void scan() {
        if (!started) {
            started = true;
            if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (++documentChars > maxDocument) {
                throw new InputException(Diagnostic.at(new Position(source, documentLine, 1), "error.file.long-document",
                        MAX_DOCUMENT >> 20));
            }
            if (c == '\n') {
                line++;
                column = 0;
                continue;
            }
            if (c == 0) {
                throw new InputException(Diagnostic.at(new Position(source, line, column + 1), "error.file.nul"));
            }
            if (column < 3) {
                documentMarker = (column == 0 || documentMarker) && c == '-';
                if (column == 2 && documentMarker) {
                    documentChars = 0;
                    documentLine = line;
                }
            }
            if (++column > maxLine) {
                throw new InputException(Diagnostic.at(new Position(source, line, 1), "error.file.long-line", MAX_LINE / 1024));
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
