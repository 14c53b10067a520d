package dev.sifc.core;

import java.time.LocalDate;
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

    /** By name ignoring case and spacing, then as written. */
    public static final Comparator<ClientHistory> BY_NAME = Comparator.comparing((ClientHistory c) -> Snapshot.key(c.name()))
            .thenComparing(ClientHistory::name);

    public ClientHistory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latest, "latest");
        recentScores = List.copyOf(recentScores);
    }

    /** Whether the latest report's re-check day has come by {@code today} (or passed). */
    public boolean due(LocalDate today) {
        return latest.recheckOn() != null && !latest.recheckOn().isAfter(today);
    }

    /**
     * The overview's order, most urgent first: re-checks that are due, the most overdue first; then
     * by the latest verdict, worst first (let go, recalibrate, keep); then by name ignoring case.
     */
    public static Comparator<ClientHistory> byUrgency(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return Comparator.comparing((ClientHistory c) -> !c.due(today))
                .thenComparing(c -> c.due(today) ? c.latest.recheckOn() : LocalDate.MIN)
                .thenComparing(c -> -c.latest.severity())
                .thenComparing(BY_NAME);
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

        /** Every client, in the {@code order} given. */
        public List<ClientHistory> result(Comparator<ClientHistory> order) {
            List<ClientHistory> out = new ArrayList<>();
            for (Entry e : byKey.values()) {
                out.add(new ClientHistory(e.name, e.count, e.latest, new ArrayList<>(e.recent)));
            }
            out.sort(order);
            return out;
        }
    }
}
