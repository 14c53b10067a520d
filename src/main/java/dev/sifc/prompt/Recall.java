package dev.sifc.prompt;

import java.util.List;
import java.util.Optional;

/** What the tool remembers about a client, for the interview to offer as a start; and which start was picked. */
public interface Recall {
    /** Remembers nothing. */
    Recall NONE = new Recall() {
        @Override
        public List<StartingPoint> find(String client) {
            return List.of();
        }

        @Override
        public void chosen(Optional<StartingPoint> point) {
            // nothing to keep track of
        }
    };

    /** The client's drafts, newest first, then their last answers; empty when there are none. */
    List<StartingPoint> find(String client);

    /** The user picked {@code point}, or to start afresh (empty). */
    void chosen(Optional<StartingPoint> point);
}
