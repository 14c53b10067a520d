package dev.sifc.cli;

import dev.sifc.core.Assessment;
import dev.sifc.core.HistoryKey;
import dev.sifc.core.Snapshot;
import dev.sifc.core.Trend;
import dev.sifc.store.FileErrors;
import dev.sifc.store.HistoryFile;
import dev.sifc.store.StateDir;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The history as one run of the main command sees it: what each client scored last time, and the
 * assessments of this run, appended in blocks. Problems never change the exit code; each kind is
 * told once, on stderr.
 *
 * <p>Clients are compared with their last record made with the same questionnaire, in the history as
 * it was when the run started (a client twice in one portfolio is compared with their earlier
 * record, not with the first of the two). Memory: a run about one client keeps only that client's
 * latest record while streaming the file; a portfolio keeps one latest record per client in the
 * history, whatever the length of the file.
 *
 * <p>An assessment that only repeats the client's latest record of the same day ({@link
 * Snapshot#repeats}) is not recorded again, so that trying things out, or re-running a portfolio
 * after fixing one of its documents, does not fill the history with copies. {@code --no-history}
 * records nothing and says nothing about it: it was asked for.
 */
final class History {
    /** A portfolio is appended in blocks of this many records (one lock, one write, one fsync each). */
    static final int BLOCK = 100;
    /** How many of this run's clients are remembered for {@link Snapshot#repeats}: ~100 KB. */
    static final int RECENT = 100;

    private final Env env;
    private final Messages messages;
    private final PrintWriter err;
    private final boolean recording;
    private boolean toldUnjudged;
    /** The state folder, or null when none can be kept ({@link #unavailable} says why). */
    private final Path dir;
    private final FileErrors.Refused unavailable;
    private final List<Snapshot> pending = new ArrayList<>();
    private Map<HistoryKey, Snapshot> latest;
    /**
     * Each client's latest record in the history (by key, whatever the questionnaire): what a new
     * record would repeat. Filled with {@link #latest}.
     */
    private final Map<String, Snapshot> lastRecorded = new HashMap<>();
    /**
     * The records this run made, for the clients who came last: what a client twice in one portfolio
     * would repeat. Bounded, so that a portfolio's memory does not grow with its length (a record
     * keeps each sign's score and stage, ~1 KB): a repeat further apart than this is recorded again,
     * which shows as one more point of the same day, never as a lost one.
     */
    private final Map<String, Snapshot> recordedNow = new RecentRecords();
    /** When not null, the run is about this one client (by key) and only their record is kept. */
    private final String only;
    private boolean writeFailed;

    /**
     * @param onlyClient the client's name when the run is about one client (an interview, a single
     *     answers document), so that reading keeps only their record; null for a portfolio
     */
    History(Env env, Messages messages, PrintWriter err, boolean recording, String onlyClient) {
        this.only = onlyClient == null || onlyClient.isBlank() ? null : Snapshot.key(onlyClient);
        this.env = env;
        this.messages = messages;
        this.err = err;
        this.recording = recording;
        Path folder = null;
        FileErrors.Refused why = null;
        try {
            folder = StateDir.resolve(env.vars());
        } catch (FileErrors.Refused e) {
            why = e;
        }
        this.dir = folder;
        this.unavailable = why;
    }

    /** How {@code a} compares with the client's last assessment (none for an unnamed client). */
    Trend trend(Assessment a) {
        Snapshot previous = a.client().filter(n -> !n.isBlank())
                .map(n -> latest().get(HistoryKey.of(n, a.questionnaire()))).orElse(null);
        if (previous == null && only != null && !lastRecorded.containsKey(only) && !recordedNow.containsKey(only)) {
            a.client().ifPresent(this::otherSpelling);
        }
        return Trend.of(previous, a, LocalDate.now(env.clock()), env.clock().getZone());
    }

    /**
     * The one client of this run has no record, but the history may know them by a fuller or
     * slightly other name ("acme" for "ACME GmbH"): then one warning names it, since the report shows
     * no trend and the record would start a second timeline. Read only for a client new to the
     * history, so a re-check pays nothing for it.
     */
    private void otherSpelling(String client) {
        if (!recording || dir == null || writeFailed) {
            return;
        }
        SortedMap<String, String> names = new TreeMap<>();
        try {
            new HistoryFile(dir).read(s -> names.putIfAbsent(s.key(), s.client()));
        } catch (IOException | RuntimeException e) {
            return; // told already, or told when recording
        }
        RememberedClients.Candidates candidates = RememberedClients.Candidates.of(names, client);
        if (!candidates.isEmpty()) {
            warn(messages.get("history.other-name", client, candidates.shown(names, messages)));
        }
    }

    /**
     * Remembers {@code a} if it names a client, with the re-check date its report showed ({@code
     * trend}), unless it only repeats the client's latest record of the same day (this run's
     * included); written by {@link #flush} or when a block is full.
     */
    void record(Assessment a, Trend trend) {
        if (!a.verdict().judged()) {
            // "Not enough to judge yet" is no judgement: recording it would read as a verdict later.
            if (recording && a.client().isPresent() && !toldUnjudged) {
                toldUnjudged = true;
                warn(messages.get("history.not-judged"));
            }
            return;
        }
        Optional<Snapshot> s = Snapshot.of(a, env.clock().instant().truncatedTo(ChronoUnit.SECONDS),
                trend.recheckOn());
        if (s.isEmpty() || !recording) {
            return;
        }
        latest();
        String key = s.get().key();
        Snapshot now = recordedNow.get(key);
        Snapshot earlier = now != null ? now : lastRecorded.get(key);
        if (s.get().repeats(earlier, env.clock().getZone())) {
            return;
        }
        recordedNow.put(key, s.get());
        pending.add(s.get());
        if (pending.size() >= BLOCK) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty() || writeFailed) {
            pending.clear();
            return;
        }
        if (dir == null) {
            writeFailed = true;
            warn(messages.get("state.nothing-kept", FileProblems.explain(messages, unavailable)));
            pending.clear();
            return;
        }
        try {
            new HistoryFile(dir).append(pending);
        } catch (IOException | RuntimeException e) {
            writeFailed = true;
            warn(messages.get("history.unwritable", dir.resolve(HistoryFile.FILE), FileProblems.reason(messages, e),
                    FileProblems.fix(messages, e, "io.fix.other")));
        }
        pending.clear();
    }

    private Map<HistoryKey, Snapshot> latest() {
        if (latest == null) {
            latest = new HashMap<>();
            if (dir != null) {
                HistoryFile file = new HistoryFile(dir);
                try {
                    List<HistoryFile.Skipped> skipped = file.read(s -> {
                        latest.put(HistoryKey.of(s), s);
                        lastRecorded.put(s.key(), s);
                    }, only);
                    warnSkipped(messages, err, file.file(), skipped);
                } catch (IOException | RuntimeException e) {
                    // Writing would fail the same way, or add to a file we cannot read: one warning for both.
                    writeFailed = true;
                    warn(messages.get("history.unreadable", file.file(), FileProblems.reason(messages, e)));
                }
            }
        }
        return latest;
    }

    private void warn(String text) {
        err.println(messages.get("warning.prefix") + text);
        err.flush();
    }

    /** One line for every skipped line of the file, however many: the count and the first few. */
    static void warnSkipped(Messages messages, PrintWriter err, Path file, List<HistoryFile.Skipped> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (HistoryFile.Skipped s : skipped.subList(0, Math.min(3, skipped.size()))) {
            shown.add(messages.get("history.problem." + s.problem().name().toLowerCase(Locale.ROOT), s.line()));
        }
        String more = skipped.size() > 3 ? ", …" : "";
        err.println(messages.get("warning.prefix")
                + messages.get("history.skipped", skipped.size(), file, String.join(", ", shown) + more));
        err.flush();
    }

    /** This run's latest records of the clients who came last, at most {@link #RECENT}: the least recently recorded go first. */
    private static final class RecentRecords extends LinkedHashMap<String, Snapshot> {
        private static final long serialVersionUID = 1L;

        RecentRecords() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > RECENT;
        }
    }
}
