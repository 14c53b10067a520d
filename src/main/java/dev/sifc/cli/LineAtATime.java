package dev.sifc.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Gives at most one line per read, and never waits for more than is already there: so that plain
 * prompts notice a bad byte in the line that holds it, after the answers before it were taken.
 */
final class LineAtATime extends FilterInputStream {
    LineAtATime(InputStream in) {
        super(new BufferedInputStream(in));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int c = in.read();
        if (c < 0) {
            return -1;
        }
        int n = 0;
        b[off + n++] = (byte) c;
        while (c != '\n' && n < len && in.available() > 0) {
            c = in.read();
            if (c < 0) {
                break;
            }
            b[off + n++] = (byte) c;
        }
        return n;
    }
}
