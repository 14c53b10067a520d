package dev.sifc.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.utils.NonBlockingReader;

/**
 * The keys of the real terminal, read in blocks. JLine's own reader hands every single byte from a
 * reading thread to the caller (a wait and a notify per byte): a 1 MB paste took 20 s that way.
 * Here one thread reads whole blocks, decodes them and queues them; the prompter takes characters
 * from the block in hand without any hand-over, so a 1 MB paste is read in a fraction of a second.
 * The queue is bounded, so an endless paste holds at most a few hundred KiB in memory: the rest
 * waits in the terminal.
 */
public final class TtyReader extends NonBlockingReader {
    private static final int BLOCK = 8192;
    private static final char[] END = new char[0];
    /** How long the reading thread waits before it looks for keys again when none are there. */
    private static final long IDLE_MS = 10;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final BlockingQueue<char[]> blocks = new ArrayBlockingQueue<>(32);
    private char[] block = new char[0];
    private int next;
    private boolean ended;
    private IOException failure;
    private Thread pump;
    private volatile boolean closing;

    public TtyReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private void pump() {
        byte[] raw = new byte[BLOCK];
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK + 8);
        CharBuffer chars = CharBuffer.allocate(BLOCK + 8);
        try {
            while (!closing) {
                // Read only what is there: a read that waits would stay blocked after close() and take
                // the next key from whoever reads the terminal then (a line typed after the report).
                int ready = in.available();
                if (ready <= 0) {
                    Thread.sleep(IDLE_MS);
                    continue;
                }
                int n = in.read(raw, 0, Math.min(ready, BLOCK));
                if (n < 0) {
                    break;
                }
                bytes.put(raw, 0, n).flip();
                decoder.decode(bytes, chars, false);
                bytes.compact(); // an incomplete UTF-8 sequence waits for the next block
                chars.flip();
                if (chars.hasRemaining()) {
                    char[] decoded = new char[chars.remaining()];
                    chars.get(decoded);
                    blocks.put(decoded);
                }
                chars.clear();
            }
        } catch (IOException e) {
            synchronized (this) {
                failure = e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            blocks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes sure a character is in hand; false when none came within {@code timeout} ms (0: wait for ever). */
    private boolean fill(long timeout) throws IOException {
        if (next < block.length) {
            return true;
        }
        if (ended) {
            return false;
        }
        if (pump == null) {
            pump = new Thread(this::pump, "terminal-keys");
            pump.setDaemon(true);
            pump.start();
        }
        char[] b;
        try {
            b = timeout <= 0 ? blocks.take() : blocks.poll(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        if (b == null) {
            return false;
        }
        if (b == END) {
            ended = true;
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        block = b;
        next = 0;
        return true;
    }

    @Override
    protected synchronized int read(long timeout, boolean isPeek) throws IOException {
        checkClosed();
        if (!fill(timeout)) {
            return ended ? EOF : READ_EXPIRED;
        }
        return isPeek ? block[next] : block[next++];
    }

    @Override
    public synchronized int readBuffered(char[] b, int off, int len, long timeout) throws IOException {
        checkClosed();
        if (len == 0) {
            return 0;
        }
        if (!fill(timeout)) {
            return ended ? EOF : READ_EXPIRED;
        }
        int n = Math.min(len, block.length - next);
        System.arraycopy(block, next, b, off, n);
        next += n;
        return n;
    }

    /** Stops the reading thread (within {@link #IDLE_MS}), so that it takes no key meant for someone else. */
    @Override
    public void close() throws IOException {
        closing = true;
        super.close();
    }

    @Override
    public synchronized int available() {
        return block.length - next + blocks.stream().mapToInt(x -> x.length).sum();
    }
}
