package dev.sifc.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the last lines read through it, so that a YAML syntax error can be
 * explained by the lines around it (SnakeYAML keeps only its read-ahead window). Memory stays
 * bounded: at most {@link #KEPT} lines, each cut at {@link #WIDTH} characters.
 */
final class RecentLines extends FilterReader implements YamlTree.Lines {
    static final int KEPT = 4096;
    static final int WIDTH = 240;

    private final String[] ring = new String[KEPT];
    private final StringBuilder current = new StringBuilder();
    /** The number of the line being read, from 1. */
    private int line = 1;
    private boolean afterCr;

    RecentLines(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            take((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        int end = offset + n;
        int i = offset;
        while (i < end) {
            char c = buffer[i];
            if (c == '\n' || c == '\r') {
                take(c);
                i++;
                continue;
            }
            // the rest of the line in this chunk at once, as take() would keep it char by char
            afterCr = false;
            int j = i + 1;
            while (j < end && buffer[j] != '\n' && buffer[j] != '\r') {
                j++;
            }
            int room = WIDTH - current.length();
            if (room > 0) {
                current.append(buffer, i, Math.min(room, j - i));
            }
            i = j;
        }
        return n;
    }

    private void take(char c) {
        if (c == '\n' && afterCr) {
            afterCr = false; // the second half of a CR LF
            return;
        }
        afterCr = c == '\r';
        if (c == '\n' || c == '\r') {
            ring[line % KEPT] = current.toString();
            current.setLength(0);
            line++;
        } else if (current.length() < WIDTH) {
            current.append(c);
        }
    }

    @Override
    public String line(int number) {
        if (number == line) {
            return current.toString();
        }
        if (number < 1 || number > line || line - number >= KEPT) {
            return null;
        }
        return ring[number % KEPT];
    }
}
