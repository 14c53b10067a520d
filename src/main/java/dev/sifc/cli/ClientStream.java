package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.InputException;
import dev.sifc.load.ClientReader;

/**
 * The clients of an answers stream, one read ahead (a portfolio is known as one before its first
 * report), with a client whose answers cannot be used as its problem instead of an exception: a
 * broken document or line does not stop the clients after it.
 */
final class ClientStream {
    /**
     * One client: its answers, or the problem with them.
     *
     * @param number the document (YAML) or line (JSON Lines) it is at
     */
    record Item(Answers answers, InputException problem, int number) { }

    private final ClientReader reader;
    private Item ahead;
    private boolean done;

    ClientStream(ClientReader reader) {
        this.reader = reader;
    }

    /** Whether clients are numbered by line (JSON Lines) rather than by document. */
    boolean byLine() {
        return reader.byLine();
    }

    /** Whether reading stopped at a problem that leaves the rest unread (broken YAML, invalid UTF-8, a cap). */
    boolean stopped() {
        return reader.stopped();
    }

    boolean hasNext() {
        fill();
        return ahead != null;
    }

    Item next() {
        fill();
        Item item = ahead;
        ahead = null;
        return item;
    }

    private void fill() {
        if (ahead != null || done) {
            return;
        }
        try {
            if (!reader.hasNext()) {
                done = true;
                return;
            }
        } catch (InputException e) {
            ahead = new Item(null, e, reader.number() + 1); // the next one cannot be read, nor anything after it
            return;
        }
        try {
            Answers a = reader.next();
            ahead = new Item(a, null, reader.number());
        } catch (InputException e) {
            ahead = new Item(null, e, reader.number());
        }
    }
}
