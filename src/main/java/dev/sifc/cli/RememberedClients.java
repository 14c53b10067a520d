package dev.sifc.cli;

import dev.sifc.core.ClientHistory;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Snapshot;
import dev.sifc.core.Suggest;
import dev.sifc.render.HistoryReport;
import dev.sifc.store.Drafts;
import dev.sifc.store.FileErrors;
import dev.sifc.store.HistoryCodec;
import dev.sifc.store.HistoryFile;
import dev.sifc.store.KeptAnswers;
import dev.sifc.store.StateDir;
import dev.sifc.text.Messages;
import dev.sifc.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The history command's use case: what the tool remembers about clients. Every client, one
 * client's timeline, or forgetting a client everywhere the tool wrote them.
 */
final class RememberedClients {
    /** How many names a "did you mean" lists at most. */
    static final int CANDIDATES = 5;

    /**
     * @param client the client whose timeline to show, or null
     * @param forget the client to forget, or null
     * @param yes forget without asking
     * @param json one JSON object a line instead of the text report
     * @param questions the questionnaire a timeline names the signs by (--questions), or null for the bundled one
     */
    record Request(String client, String forget, boolean yes, boolean json, String questions, Options.ColorMode color) {
        Request {
            if (forget != null && client != null) {
                throw UserException.invalid("history.error.forget-and-client");
            }
            Objects.requireNonNull(color, "color");
        }
    }

    private final RunContext context;
    private final Request request;
    private final PrintWriter out;
    private final PrintWriter err;

    RememberedClients(RunContext context, Request request, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = request;
        this.out = out;
        this.err = context.stderr(err); // wrapped at a terminal
    }

    /** Shows or forgets, as the request says; returns the exit code. */
    int execute() {
        Messages m = context.messages();
        HistoryFile file;
        try {
            file = new HistoryFile(StateDir.resolve(context.env().vars()));
        } catch (FileErrors.Refused e) {
            throw UserException.invalid("history.error.unavailable", FileProblems.explain(m, e));
        }
        try {
            if (request.forget() != null) {
                return forget(file);
            }
            return request.client() != null ? timeline(file) : overview(file);
        } catch (IOException e) {
            // A history that cannot be read or rewritten is the user's to fix, not a bug: say which and why.
            throw UserException.invalid("history.error.io", file.file(), FileProblems.reason(m, e),
                    FileProblems.fix(m, e, "history.fix.other"));
        }
    }

    private int overview(HistoryFile file) throws IOException {
        ClientHistory.Collector collector = new ClientHistory.Collector();
        List<HistoryFile.Skipped> skipped = file.read(collector::accept);
        warnSkipped(file, skipped);
        List<ClientHistory> clients = collector.result(ClientHistory.byUrgency(LocalDate.now(context.env().clock())));
        if (clients.isEmpty()) {
            err.println(context.messages().get("history.empty", file.file()));
            return ExitCodes.OK;
        }
        HistoryReport report = report();
        if (request.json()) {
            report.listJson(clients);
        } else {
            report.list(clients);
        }
        return ExitCodes.OK;
    }

    /**
     * One client's timeline, streamed as the file is read. The name is the client's as recorded
     * (ignoring case and spacing) or, when none is, the start of exactly one recorded name: "ACME"
     * shows "ACME GmbH". Anything else is one line naming the candidates.
     */
    private int timeline(HistoryFile file) throws IOException {
        Timeline timeline = new Timeline(report(), context.questionnaire(request.questions()));
        List<HistoryFile.Skipped> skipped = file.read(timeline::row, Snapshot.key(request.client()));
        warnSkipped(file, skipped);
        if (timeline.count == 0) {
            Recorded recorded = recorded(file);
            List<String> starting = recorded.startingWith(request.client());
            if (starting.size() != 1) {
                throw notFound(file, recorded, request.client());
            }
            file.read(timeline::row, starting.get(0)); // its skipped lines were told above: the same file
            if (timeline.count == 0) {
                throw notFound(file, recorded(file), request.client()); // forgotten in between
            }
        }
        if (!request.json()) {
            timeline.report.timelineEnd(timeline.count);
        }
        return ExitCodes.OK;
    }

    /** Writes one client's records as they come: JSON Lines, or the text timeline's rows. */
    private final class Timeline {
        final HistoryReport report;
        final Questionnaire questionnaire;
        Snapshot previous;
        int count;

        Timeline(HistoryReport report, Questionnaire questionnaire) {
            this.report = report;
            this.questionnaire = questionnaire;
        }

        void row(Snapshot s) {
            if (request.json()) {
                out.println(HistoryCodec.encode(s));
            } else {
                if (count == 0) {
                    report.timelineStart(s.client(), questionnaire);
                }
                report.timelineRow(s, previous, questionnaire);
            }
            previous = s;
            count++;
        }
    }

    /**
     * Forgets a client everywhere the tool wrote them: their records in the history, their drafts,
     * and the leftovers of killed runs (full copies of the history, or of someone's answers). Says
     * what it removed, one line each.
     */
    private int forget(HistoryFile file) throws IOException {
        String key = Snapshot.key(request.forget());
        Messages m = context.messages();
        Drafts drafts = new Drafts(context.env().vars());
        if (context.env().stdinTty() && !request.yes() && !confirmed(file, drafts, key)) {
            out.println(m.get("history.forget.declined"));
            return ExitCodes.OK;
        }
        List<String> names = new ArrayList<>(1);
        HistoryFile.Forgotten forgotten;
        try {
            forgotten = file.forget(key, s -> {
                if (names.isEmpty()) {
                    names.add(s.client());
                }
            });
        } catch (IOException e) {
            throw UserException.invalid("history.error.forget", file.file(), FileProblems.reason(m, e),
                    FileProblems.fix(m, e, "history.fix.other"));
        }
        if (forgotten.records() > 0) {
            out.println(m.get("history.forgotten", forgotten.records(), names.get(0)));
        }
        Drafts.Removed removed;
        try {
            removed = drafts.forget(key);
        } catch (IOException e) {
            out.flush();
            throw UserException.invalid("history.error.forget-drafts", drafts.directory(), FileProblems.explain(m, e));
        }
        if (!removed.drafts().isEmpty()) {
            out.println(m.get("history.forgotten.drafts", removed.drafts().size(), removed.name(), drafts.directory()));
        }
        boolean answersForgotten = forgetKeptAnswers(key, names.isEmpty() ? removed.name() : names.get(0));
        int leftovers = forgotten.leftovers() + removed.leftovers();
        if (leftovers > 0) {
            out.println(m.get("history.forgotten.leftovers", leftovers));
        }
        if (forgotten.records() == 0 && removed.drafts().isEmpty() && !answersForgotten) {
            out.flush();
            throw notFound(file, recorded(file), request.forget());
        }
        return ExitCodes.OK;
    }

    /** Forgets the answers kept for the client's next re-check ({@link KeptAnswers}); says so when there were any. */
    private boolean forgetKeptAnswers(String key, String name) {
        KeptAnswers kept = new KeptAnswers(context.env().vars());
        try {
            if (!kept.forget(key)) {
                return false;
            }
        } catch (IOException e) {
            out.flush();
            throw UserException.invalid("history.error.forget-answers", kept.directory(), FileProblems.explain(context.messages(), e));
        }
        out.println(context.messages().get("history.forgotten.answers", name != null ? name : request.forget(), kept.directory()));
        return true;
    }

    /**
     * At a terminal, asks before removing records and drafts (clig.dev: confirm what cannot be
     * undone); scripts and --yes go ahead. An unknown client is not asked about: the caller reports it.
     */
    private boolean confirmed(HistoryFile file, Drafts drafts, String key) throws IOException {
        int[] count = {0};
        String[] name = {null};
        file.read(s -> {
            if (name[0] == null) {
                name[0] = s.client();
            }
            count[0]++;
        }, key);
        Drafts.Removed found = drafts.find(key);
        if (count[0] == 0 && found.drafts().isEmpty()) {
            return true;
        }
        Messages m = context.messages();
        err.print(found.drafts().isEmpty() ? m.get("history.forget.confirm", count[0], name[0])
                : m.get("history.forget.confirm.drafts", count[0], found.drafts().size(), name[0] != null ? name[0] : found.name()));
        err.flush();
        String answer = new BufferedReader(new InputStreamReader(context.env().stdin(),
                StandardCharsets.UTF_8)).readLine();
        return answer != null && Words.means(Words.Meaning.YES, answer);
    }

    /** Every recorded client: key, and the name as first written, by key. */
    private record Recorded(SortedMap<String, String> names) {
        /** The keys that start with the name's key (case and spacing do not matter); none for a blank name. */
        List<String> startingWith(String name) {
            String prefix = Snapshot.key(name);
            if (prefix.isEmpty()) {
                return List.of();
            }
            return names.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        }

        /** The keys that hold the name's key somewhere after their start ("bakery" in "good bakery"). */
        List<String> containing(String name) {
            String part = Snapshot.key(name);
            if (part.isEmpty()) {
                return List.of();
            }
            return names.keySet().stream().filter(k -> k.indexOf(part, 1) > 0).toList();
        }
    }

    private static Recorded recorded(HistoryFile file) throws IOException {
        SortedMap<String, String> names = new TreeMap<>();
        file.read(s -> names.putIfAbsent(s.key(), s.client()));
        return new Recorded(names);
    }

    /**
     * The names {@code name} could mean among {@code names} (by key, each as first written), for a
     * "did you mean": those it starts, else those it is a later part of ("Bakery" for "Good Bakery"),
     * else the nearest one when one is close; none for a blank name. Shared by the history, the
     * drafts and the assessment of a client the history knows by another spelling.
     *
     * @param starts whether the names are the ones {@code name} is the start of
     */
    record Candidates(List<String> keys, boolean starts) {
        static Candidates of(SortedMap<String, String> names, String name) {
            Recorded recorded = new Recorded(names);
            List<String> starting = recorded.startingWith(name);
            if (!starting.isEmpty()) {
                return new Candidates(starting, true);
            }
            List<String> containing = recorded.containing(name);
            if (!containing.isEmpty()) {
                return new Candidates(containing, false);
            }
            return new Candidates(Suggest.nearest(Snapshot.key(name), names.keySet()).map(List::of).orElse(List.of()), false);
        }

        boolean isEmpty() {
            return keys.isEmpty();
        }

        /** The names, quoted, at most {@link #CANDIDATES} of them and how many more: „ACME GmbH“, „Acme Ltd“. */
        String shown(SortedMap<String, String> names, Messages m) {
            List<String> shown = new ArrayList<>();
            for (String key : keys.subList(0, Math.min(CANDIDATES, keys.size()))) {
                shown.add(m.get("history.quoted", names.get(key)));
            }
            String list = String.join(", ", shown);
            return keys.size() > CANDIDATES ? m.get("history.candidates.more", list, keys.size() - CANDIDATES) : list;
        }
    }

    /**
     * "No assessments of X" in one line, with the names X could mean ({@link Candidates}): a start
     * that several share is said to be ambiguous; for --forget, which takes only a whole name so that
     * nothing is forgotten by mistake, a start is said to be only the start.
     */
    private UserException notFound(HistoryFile file, Recorded recorded, String name) {
        Candidates candidates = Candidates.of(recorded.names(), name);
        if (candidates.isEmpty()) {
            return UserException.invalid("history.error.unknown", name, file.file());
        }
        String list = candidates.shown(recorded.names(), context.messages());
        if (request.forget() != null && candidates.starts()) {
            return UserException.invalid("history.error.forget.start", name, list);
        }
        if (request.forget() == null && candidates.starts() && candidates.keys().size() > 1) {
            return UserException.invalid("history.error.ambiguous", name, candidates.keys().size(), file.file(), list);
        }
        return UserException.invalid("history.error.unknown.suggest", name, file.file(), list);
    }

    private HistoryReport report() {
        Messages m = context.messages();
        Clock clock = context.env().clock();
        return new HistoryReport(out, m, context.style(request.color(), context.env().stdoutTty()), clock.getZone(),
                LocalDate.now(clock), context.terminalWidth());
    }

    private void warnSkipped(HistoryFile file, List<HistoryFile.Skipped> skipped) {
        History.warnSkipped(context.messages(), err, file.file(), skipped);
    }
}
