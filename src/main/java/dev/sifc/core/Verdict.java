package dev.sifc.core;

import java.util.List;
import java.util.Objects;

/**
 * One of the four verdicts. Three judge the client, from best to worst; the fourth says that the
 * answers are not enough to judge yet.
 *
 * @param recheckDays after how many days to assess the client again, or null for no suggestion
 * @param advice what to do on this verdict whatever the signs (for "let go": how to end it), or null
 */
public record Verdict(String id, LocalText title, Integer recheckDays, LocalText advice) {
    public static final String KEEP = "keep";
    public static final String RECALIBRATE = "recalibrate";
    public static final String FIRE = "fire";
    public static final String INSUFFICIENT = "insufficient";
    /** The verdict ids in the order a questionnaire lists them. The JSON contract promises exactly these. */
    public static final List<String> IDS = List.of(KEEP, RECALIBRATE, FIRE, INSUFFICIENT);
    /** The verdicts that judge a client, best first; only these are recorded in the history. */
    public static final List<String> JUDGED = List.of(KEEP, RECALIBRATE, FIRE);

    public Verdict {
        Ids.requireKebab(id);
        Objects.requireNonNull(title, "title");
        ModelException.check(recheckDays == null || (recheckDays >= 1 && recheckDays <= 3660), "model.verdict.recheck", id,
                recheckDays);
    }

    public Verdict(String id, LocalText title) {
        this(id, title, null, null);
    }

    /** 0 for keep, 1 for recalibrate, 2 for let go; -1 for "not enough to judge", which ranks below all. */
    public int severity() {
        return severity(id);
    }

    public boolean judged() {
        return severity() >= 0;
    }

    public static int severity(String id) {
        return JUDGED.indexOf(id);
    }
}
