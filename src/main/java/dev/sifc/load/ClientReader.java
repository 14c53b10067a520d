package dev.sifc.load;

import dev.sifc.core.Answers;
import java.util.Iterator;

/**
 * The clients of an answers stream, read one at a time. {@code next()} throws
 * {@link dev.sifc.core.InputException} for a client whose answers are invalid; the clients after it
 * can still be read, unless the stream itself cannot be read on (broken YAML, invalid UTF-8, a
 * limit), after which {@code hasNext()} is false.
 */
public interface ClientReader extends Iterator<Answers> {
    /**
     * The number of the client last returned or refused by {@code next()}: its document from 1
     * (YAML), or its line (JSON Lines: line N of the file is client N).
     */
    int number();

    /** Whether clients are numbered by their line (JSON Lines) rather than by their document. */
    boolean byLine();

    /** Whether reading stopped at a problem that leaves the rest of the stream unread. */
    boolean stopped();
}
