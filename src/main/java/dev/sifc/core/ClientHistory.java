package dev.sifc.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One client's line in the history overview.
 *
 * @param name the name as first written
 * @param assessments how many assessments are recorded
 * @param latest the most recent one
 * @param recentScores the overall scores of the last {@link #RECENT} assessments, oldest first
 */
public record ClientHistory(String name, int assessments, Snapshot latest, List<Integer> recentScores) {
    /** How many past scores the overview's sparkline shows. */
    public static final int RECENT = 12;

    public ClientHistory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latest, "latest");
        recentScores = List.copyOf(recentScores);
    }

    /**
     * Folds a stream of snapshots, oldest first, into one line per client. Holds a bounded amount
     * per client (the latest snapshot and {@link #RECENT} scores), whatever the length of the stream.
     */
    public static final class Collector {
        private static final class Entry {
            String name;
            int count;
            Snapshot latest;
            final Deque<Integer> recent = new ArrayDeque<>(RECENT);
        }

        private final Map<String, Entry> byKey = new LinkedHashMap<>();

        public void accept(Snapshot s) {
            Entry e = byKey.computeIfAbsent(s.key(), k -> new Entry());
            if (e.name == null) {
                e.name = s.client();
            }
            e.count++;
            e.latest = s;
            if (e.recent.size() == RECENT) {
                e.recent.removeFirst();
            }
            e.recent.addLast(s.score());
        }

        /** Every client, by name ignoring case. */
        public List<ClientHistory> result() {
            List<ClientHistory> out = new ArrayList<>();
            for (Entry e : byKey.values()) {
                out.add(new ClientHistory(e.name, e.count, e.latest, new ArrayList<>(e.recent)));
            }
            out.sort(Comparator.comparing((ClientHistory c) -> Snapshot.key(c.name())).thenComparing(ClientHistory::name));
            return out;
        }
    }
}
