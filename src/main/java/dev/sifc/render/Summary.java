package dev.sifc.render;

import dev.sifc.core.Assessment;
import dev.sifc.core.Sign;
import dev.sifc.core.Verdict;
import java.util.Comparator;
import java.util.Optional;

/** The little a portfolio overview keeps of each client, so that long streams stay cheap. */
public record Summary(int index, Optional<String> client, Verdict verdict, int severity, int score, Sign worst) {

    /** Worst first: verdict severity, then score, then input order. */
    public static final Comparator<Summary> WORST_FIRST = Comparator.comparingInt(Summary::severity).reversed()
            .thenComparing(Comparator.comparingInt(Summary::score).reversed())
            .thenComparingInt(Summary::index);

    public static Summary of(Assessment a, int index) {
        Sign worst = a.signs().stream()
                .filter(s -> s.stage().shows())
                .max(Comparator.comparing((Assessment.SignResult s) -> s.stage())
                        .thenComparingInt(s -> s.points())
                        .thenComparing(s -> -s.sign().number()))
                .map(Assessment.SignResult::sign)
                .orElse(null);
        return new Summary(index, a.client(), a.verdict(), a.severity(), a.score(), worst);
    }
}
