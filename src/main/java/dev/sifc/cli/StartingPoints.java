package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.ModelException;
import dev.sifc.core.Question;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Snapshot;
import dev.sifc.prompt.Recall;
import dev.sifc.prompt.StartingPoint;
import dev.sifc.store.Drafts;
import dev.sifc.store.KeptAnswers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an interview may start from for a named client: their drafts (newest first) and the answers
 * of their last recorded assessment, read from the state folder. Remembers which one was picked, so
 * that a continued draft is the one rewritten and removed, and a re-check compares with what it
 * started from. Nothing here is ever an error: a file that cannot be read is simply not offered.
 */
final class StartingPoints implements Recall {
    private final Questionnaire questionnaire;
    private final Drafts drafts;
    private final KeptAnswers kept;
    private final ZoneId zone;
    private Optional<StartingPoint> chosen = Optional.empty();

    StartingPoints(Questionnaire questionnaire, Drafts drafts, KeptAnswers kept, ZoneId zone) {
        this.questionnaire = questionnaire;
        this.drafts = drafts;
        this.kept = kept;
        this.zone = zone;
    }

    @Override
    public List<StartingPoint> find(String client) {
        String key = Snapshot.key(client);
        List<StartingPoint> points = new ArrayList<>();
        try {
            for (Drafts.Draft d : drafts.list(questionnaire)) {
                if (d.client() != null && Snapshot.key(d.client()).equals(key) && !d.answers().values().isEmpty()) {
                    points.add(new StartingPoint(StartingPoint.Kind.DRAFT, d.answers(), LocalDateTime.ofInstant(d.saved(), zone),
                            null, d.path().toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a drafts folder that cannot be listed offers no draft; saving one later says why
        }
        last(key).ifPresent(k -> points.add(new StartingPoint(StartingPoint.Kind.LAST, new Answers(k.client(), usable(k.answers())),
                LocalDateTime.ofInstant(k.at(), zone), k.verdict(), null)));
        return points;
    }

    @Override
    public void chosen(Optional<StartingPoint> point) {
        chosen = point;
    }

    /** The draft the user chose to continue, or empty. */
    Optional<Path> chosenDraft() {
        return chosen.filter(p -> p.kind() == StartingPoint.Kind.DRAFT).map(p -> Path.of(p.ref()));
    }

    /** The client's last kept answers, if any are usable with today's questionnaire. */
    Optional<KeptAnswers.Kept> last(String key) {
        return kept.find(key).filter(k -> !usable(k.answers()).isEmpty());
    }

    /**
     * The answers today's questionnaire still takes: those of question ids it has, with a value it
     * accepts as it is (answers kept by another questionnaire, or another version, may have neither).
     */
    Map<String, String> usable(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            String v = values.get(q.id());
            if (v == null) {
                continue;
            }
            try {
                if (Answers.SKIP.equals(v) || Answers.parse(q, v).equals(v)) {
                    out.put(q.id(), v);
                }
            } catch (ModelException e) {
                // no longer an answer to this question: it is asked as a new one
            }
        }
        return out;
    }
}
