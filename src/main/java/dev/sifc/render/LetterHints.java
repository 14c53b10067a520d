package dev.sifc.render;

import dev.sifc.core.Assessment;
import dev.sifc.core.Lang;
import dev.sifc.core.Letters;
import dev.sifc.core.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The letters a report points to, each as the command line that prints it: the ending letter first
 * for a let-go verdict, then each sign's letter for its stage ({@link Letters#suggest}).
 */
public final class LetterHints {
    /** For reports that point to no letters (no letters file at hand). */
    public static final LetterHints NONE = new LetterHints(() -> new Letters(List.of()), Lang.EN, null);

    /** Read only when a report has a letter to point to: a calm client's report costs no letters file. */
    private final Supplier<Letters> letters;
    private final Lang lang;
    private final String lettersFile;

    /**
     * @param letters the letters, asked for when first needed (each time: the caller keeps them)
     * @param lettersFile the file given with --letters, named again in each command; null for the bundled letters
     */
    public LetterHints(Supplier<Letters> letters, Lang lang, String lettersFile) {
        this.letters = letters;
        this.lang = lang;
        this.lettersFile = lettersFile;
    }

    /**
     * One suggested letter: its kind, the sign it is for (null for the ending letter) and the words
     * of the command that prints it, each quoted for a POSIX shell.
     */
    public record Hint(String kind, String sign, List<String> words) {
        public Hint {
            words = List.copyOf(words);
        }

        /** The command as one line. */
        public String command() {
            return String.join(" ", words);
        }
    }

    public List<Hint> forAssessment(Assessment a) {
        if (a.kind() != Verdict.Kind.FIRE && a.advice().isEmpty()) {
            return List.of(); // no ending, no sign showing: nothing any letters file could suggest
        }
        return letters.get().suggest(a).stream()
                .map(s -> new Hint(s.letter().kind(), s.sign() == null ? null : s.sign().id(), command(s.letter().kind(), a)))
                .toList();
    }

    /** The hint for the ending letter, if the assessment has one. */
    static Optional<Hint> ending(List<Hint> hints) {
        return hints.stream().filter(h -> h.sign() == null).findFirst();
    }

    /** The hint for one sign, if it has one. */
    static Optional<Hint> forSign(List<Hint> hints, String sign) {
        return hints.stream().filter(h -> sign.equals(h.sign())).findFirst();
    }

    private List<String> command(String kind, Assessment a) {
        List<String> words = new ArrayList<>(List.of("should-i-fire-client", "letter", kind));
        a.client().ifPresent(c -> words.addAll(List.of("--client", quote(c))));
        words.addAll(List.of("--lang", lang.code()));
        if (lettersFile != null) {
            words.addAll(List.of("--letters", quote(lettersFile)));
        }
        return words;
    }

    /**
     * A word as a POSIX shell reads it unchanged, else in single quotes: the same rule as the
     * command line's own suggestions (cli.Shell), which render may not use.
     */
    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./@%+=:,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
