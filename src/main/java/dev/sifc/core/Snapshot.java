package dev.sifc.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the history keeps of one assessment: enough to show a trend, nothing of the answers.
 *
 * @param client the name as first written (trimmed)
 * @param signs every sign's score by sign id, in questionnaire order; null for an unknown sign
 * @param stages every sign's stage by sign id, in questionnaire order; empty in records written
 *     before the field existed
 * @param questionnaire the questionnaire the assessment was made with
 * @param recheckOn when the report suggested assessing the client again; null if it suggested no date
 *     (and in records written before the field existed)
 */
public record Snapshot(Instant at, String client, Verdict.Kind verdict, int score, Map<String, Integer> signs,
        Map<String, Stage> stages, QuestionnaireRef questionnaire, LocalDate recheckOn) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public Snapshot {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(client, "client");
        client = client.strip();
        if (client.isEmpty()) {
            throw new IllegalArgumentException("a snapshot needs a client name");
        }
        if (!verdict.judged()) {
            throw new IllegalArgumentException("unknown verdict: " + verdict);
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        for (Integer s : signs.values()) {
            if (s != null && (s < 0 || s > 100)) {
                throw new IllegalArgumentException("sign score out of range: " + s);
            }
        }
        signs = Collections.unmodifiableMap(new LinkedHashMap<>(signs));
        for (Stage stage : stages.values()) {
            Objects.requireNonNull(stage, "stage");
        }
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        Objects.requireNonNull(questionnaire, "questionnaire");
    }

    /**
     * The snapshot of a named client's assessment; empty if the answers name no client.
     *
     * @param recheckOn the re-check date the report suggested, or null
     */
    public static Optional<Snapshot> of(Assessment a, Instant at, LocalDate recheckOn) {
        if (a.client().isEmpty() || a.client().get().isBlank()) {
            return Optional.empty();
        }
        Map<String, Integer> signs = new LinkedHashMap<>();
        Map<String, Stage> stages = new LinkedHashMap<>();
        for (Assessment.SignResult r : a.signs()) {
            signs.put(r.sign().id(), r.score());
            stages.put(r.sign().id(), r.stage());
        }
        return Optional.of(new Snapshot(at, a.client().get(), a.kind(), a.score(), signs, stages,
                QuestionnaireRef.of(a.questionnaire()), recheckOn));
    }

    /**
     * Whether this assessment only repeats {@code earlier} (issue 13): the same client, questionnaire
     * and version, verdict, overall and per-sign scores and stages, on the same day in {@code zone}.
     * Recording it would add nothing but a fake second data point. A record that kept no stages (an
     * older version's) is never repeated: it cannot be told apart.
     */
    public boolean repeats(Snapshot earlier, ZoneId zone) {
        return earlier != null && key().equals(earlier.key()) && questionnaire.equals(earlier.questionnaire)
                && verdict == earlier.verdict && score == earlier.score && signs.equals(earlier.signs)
                && !stages.isEmpty() && stages.equals(earlier.stages)
                && LocalDate.ofInstant(at, zone).equals(LocalDate.ofInstant(earlier.at, zone));
    }

    /** Which client this is: names match ignoring case and surrounding (or repeated) whitespace. */
    public String key() {
        return key(client);
    }

    public static String key(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Position of the verdict from best (0, keep) to worst. */
    public int severity() {
        return verdict.severity();
    }
}
