package dev.sifc.core;

import java.util.Collection;
import java.util.Optional;

/** Finds the nearest valid id to a typo, so error messages can say "did you mean ...?". */
public final class Suggest {
    private Suggest() {}

    /** The candidate closest to {@code typo}, if it is close enough to be a plausible typo. */
    public static Optional<String> nearest(String typo, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(typo, c);
            // A suffix match ("late-calls" for "unreasonable-demands.late-calls") counts as close.
            if (c.endsWith("." + typo)) {
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int tolerance = Math.max(2, typo.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The edit distance (Levenshtein) between two words; {@link Integer#MAX_VALUE} for words too long to compare. */
    public static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
