package dev.sifc.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the four verdicts as a questionnaire words it. Three judge the client, from best to worst;
 * the fourth says that the answers are not enough to judge yet.
 *
 * @param id the verdict's id as the questionnaire writes it; a questionnaire accepts only the ids of
 *     the {@link Kind}s, in their order
 * @param recheckDays after how many days to assess the client again, or null for no suggestion
 * @param advice what to do on this verdict whatever the signs (for "let go": how to end it), or null
 */
public record Verdict(String id, LocalText title, Integer recheckDays, LocalText advice) {
    public Verdict {
        Ids.requireKebab(id);
        Objects.requireNonNull(title, "title");
        ModelException.check(recheckDays == null || (recheckDays >= 1 && recheckDays <= 3660), "model.verdict.recheck", id,
                recheckDays);
    }

    /**
     * Which verdict this is.
     *
     * @throws IllegalStateException for a verdict that no questionnaire would accept
     */
    public Kind kind() {
        return Kind.parse(id).orElseThrow(() -> new IllegalStateException("not a verdict id: " + id));
    }

    /** The kind's severity: 0 for keep, 1 for recalibrate, 2 for let go; -1 for "not enough to judge". */
    public int severity() {
        return kind().severity();
    }

    public boolean judged() {
        return kind().judged();
    }

    /**
     * The four verdicts in the order a questionnaire lists them, each with its severity. The JSON
     * contract, {@code --fail-on} and the history use their ids.
     */
    public enum Kind {
        KEEP(0), RECALIBRATE(1), FIRE(2), INSUFFICIENT(-1);

        /** The verdicts that judge a client, best first; only these are recorded in the history. */
        public static final List<Kind> JUDGED = List.of(KEEP, RECALIBRATE, FIRE);

        private final int severity;

        Kind(int severity) {
            this.severity = severity;
        }

        /** "keep", "recalibrate", "fire", "insufficient". */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** 0 for keep, 1 for recalibrate, 2 for let go; -1 for "not enough to judge", which ranks below all. */
        public int severity() {
            return severity;
        }

        public boolean judged() {
            return severity >= 0;
        }

        /** Whether this verdict is better than {@code other}: judged, and less severe. */
        public boolean betterThan(Kind other) {
            return judged() && severity < other.severity;
        }

        /** The kind with this id (exactly, in lower case); empty for anything else. */
        public static Optional<Kind> parse(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }
}
