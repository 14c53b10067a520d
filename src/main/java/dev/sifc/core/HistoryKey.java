package dev.sifc.core;

import java.util.Objects;

/**
 * Which earlier record a client's assessment is compared with: the same client (by {@link
 * Snapshot#key}) and the same questionnaire, because scores from another questionnaire (a custom
 * {@code --questions} file) are not comparable. Not its version: a new version of the bundled
 * questions still asks about the same six signs.
 *
 * @param client the client's key
 * @param questionnaire the questionnaire's id
 */
public record HistoryKey(String client, String questionnaire) {
    public HistoryKey {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(questionnaire, "questionnaire");
    }

    /*
     * equals and hashCode written out: a record's own are bootstrapped through invokedynamic
     * (ObjectMethods), and the first lookup of a key in a run spun some 25 method-handle classes,
     * ~10 ms of every run that reads the history.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryKey k && client.equals(k.client) && questionnaire.equals(k.questionnaire);
    }

    @Override
    public int hashCode() {
        return 31 * client.hashCode() + questionnaire.hashCode();
    }

    public static HistoryKey of(Snapshot s) {
        return new HistoryKey(s.key(), s.questionnaire().id());
    }

    /** The key of a client's assessment with {@code questionnaire}, by the client's name as written. */
    public static HistoryKey of(String clientName, Questionnaire questionnaire) {
        return new HistoryKey(Snapshot.key(clientName), questionnaire.id());
    }
}
