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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The history command's use case: what the tool remembers about clients. Every client, one
 * client's timeline, or forgetting a client everywhere the tool wrote them.
 */
final class RememberedClients {
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
        this.err = err;
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
        List<ClientHistory> clients = collector.result();
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

    private int timeline(HistoryFile file) throws IOException {
        String key = Snapshot.key(request.client());
        Questionnaire q = context.questionnaire(request.questions());
        HistoryReport report = report();
        Snapshot[] previous = {null};
        int[] count = {0};
        List<HistoryFile.Skipped> skipped = file.read(s -> {
            if (!s.key().equals(key)) {
                return;
            }
            if (request.json()) {
                out.println(HistoryCodec.encode(s));
            } else {
                if (count[0] == 0) {
                    report.timelineStart(s.client(), q);
                }
                report.timelineRow(s, previous[0], q);
            }
            previous[0] = s;
            count[0]++;
        }, key);
        warnSkipped(file, skipped);
        if (count[0] == 0) {
            throw notFound(file, request.client());
        }
        if (!request.json()) {
            report.timelineEnd(count[0]);
        }
        return ExitCodes.OK;
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
            throw notFound(file, request.forget());
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

    /** "No assessments of X", with the nearest recorded name when one is close. */
    private UserException notFound(HistoryFile file, String name) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        file.read(s -> names.putIfAbsent(s.key(), s.client()));
        return Suggest.nearest(Snapshot.key(name), names.keySet())
                .map(k -> UserException.invalid("history.error.unknown.suggest", name, file.file(), names.get(k)))
                .orElseGet(() -> UserException.invalid("history.error.unknown", name, file.file()));
    }

    private HistoryReport report() {
        Messages m = context.messages();
        Clock clock = context.env().clock();
        return new HistoryReport(out, m, context.style(request.color(), context.env().stdoutTty()), clock.getZone(),
                LocalDate.now(clock));
    }

    private void warnSkipped(HistoryFile file, List<HistoryFile.Skipped> skipped) {
        History.warnSkipped(context.messages(), err, file.file(), skipped);
    }
}
