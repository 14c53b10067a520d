package dev.sifc.cli;

import dev.sifc.core.Questionnaire;
import dev.sifc.core.Snapshot;
import dev.sifc.render.DraftsReport;
import dev.sifc.store.Drafts;
import dev.sifc.text.Messages;
import dev.sifc.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The drafts command's use case: lists the drafts of stopped interviews, newest first, or removes
 * one client's drafts or all of them, asking first at a terminal as {@code history --forget} does.
 */
final class StoppedInterviews {
    /**
     * @param remove the client whose drafts to remove, or null
     * @param all remove every draft
     * @param yes remove without asking
     * @param questions the questionnaire the drafts answer (--questions), or null for the bundled one
     */
    record Request(String remove, boolean all, boolean yes, boolean json, String questions) {
        Request {
            if (remove != null && all) {
                throw UserException.invalid("draft.error.remove-and-all");
            }
        }
    }

    private final RunContext context;
    private final Request request;
    private final PrintWriter out;
    private final PrintWriter err;

    StoppedInterviews(RunContext context, Request request, PrintWriter out, PrintWriter err) {
        this.context = Objects.requireNonNull(context);
        this.request = request;
        this.out = out;
        this.err = context.stderr(err); // wrapped at a terminal
    }

    int execute() {
        Questionnaire q = context.questionnaire(request.questions());
        Drafts drafts = new Drafts(context.env().vars());
        List<Drafts.Draft> all;
        try {
            all = drafts.list(q);
        } catch (IOException e) {
            throw UserException.invalid("draft.error.io", drafts.directory(), FileProblems.explain(context.messages(), e));
        }
        if (request.remove() == null && !request.all()) {
            if (all.isEmpty()) {
                err.println(context.messages().get("draft.list.empty", drafts.directory()));
                return ExitCodes.OK;
            }
            List<DraftsReport.Row> rows = all.stream().map(d -> new DraftsReport.Row(d.client(), d.answers().values().size(),
                    q.questions().size(), d.saved(), d.path().toString())).toList();
            DraftsReport report = new DraftsReport(out, context.messages(), context.env().clock().getZone(), context.terminalWidth());
            if (request.json()) {
                report.json(rows);
            } else {
                report.table(rows);
            }
            return ExitCodes.OK;
        }
        return remove(drafts, all);
    }

    /**
     * "No drafts of X", with the names of drafts X could mean, as the history suggests them
     * ({@link RememberedClients.Candidates}): --remove, like --forget, takes only a whole name.
     */
    private UserException unknown(Drafts drafts, List<Drafts.Draft> all) {
        SortedMap<String, String> names = new TreeMap<>();
        for (Drafts.Draft d : all) {
            if (d.client() != null) {
                names.putIfAbsent(Snapshot.key(d.client()), d.client());
            }
        }
        RememberedClients.Candidates candidates = RememberedClients.Candidates.of(names, request.remove());
        if (candidates.isEmpty()) {
            return UserException.invalid("draft.error.unknown", request.remove(), drafts.directory());
        }
        return UserException.invalid("draft.error.unknown.suggest", request.remove(), drafts.directory(),
                candidates.shown(names, context.messages()));
    }

    private int remove(Drafts drafts, List<Drafts.Draft> all) {
        Messages m = context.messages();
        List<Path> doomed;
        String name = null;
        if (request.all()) {
            doomed = all.stream().map(Drafts.Draft::path).toList();
        } else {
            String key = Snapshot.key(request.remove());
            List<Drafts.Draft> theirs = all.stream().filter(d -> d.client() != null && Snapshot.key(d.client()).equals(key)).toList();
            if (theirs.isEmpty()) {
                throw unknown(drafts, all);
            }
            doomed = theirs.stream().map(Drafts.Draft::path).toList();
            name = theirs.get(0).client();
        }
        if (doomed.isEmpty()) {
            err.println(m.get("draft.list.empty", drafts.directory()));
            return ExitCodes.OK;
        }
        if (context.env().stdinTty() && !request.yes()) {
            err.print(name == null ? m.get("draft.remove.confirm.all", doomed.size()) : m.get("draft.remove.confirm", doomed.size(), name));
            err.flush();
            String answer;
            try {
                answer = new BufferedReader(new InputStreamReader(context.env().stdin(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (answer == null || !Words.means(Words.Meaning.YES, answer)) {
                out.println(m.get("draft.remove.declined"));
                return ExitCodes.OK;
            }
        }
        try {
            drafts.remove(doomed);
        } catch (IOException e) {
            throw UserException.invalid("draft.error.io", drafts.directory(), FileProblems.explain(m, e));
        }
        out.println(name == null ? m.get("draft.removed.all", doomed.size()) : m.get("draft.removed", doomed.size(), name));
        return ExitCodes.OK;
    }
}
