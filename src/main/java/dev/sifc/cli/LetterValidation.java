package dev.sifc.cli;

import dev.sifc.core.Letters;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.load.LettersLoader;
import dev.sifc.text.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The letters part of {@code validate}: a file with a top-level "letters" key is checked as a
 * letters file, its signs against the questionnaire of the run (--questions, or the bundled one).
 */
final class LetterValidation {
    /** Only a letters file has a top-level "letters" key. */
    private static final Pattern LETTERS = Pattern.compile("(?m)^letters\\s*:");

    private LetterValidation() {}

    /** The files to check: the --letters file first, when one is given and not among {@code files}. */
    static List<String> withLetters(String letters, List<String> files) {
        if (letters == null || files.contains(letters)) {
            return files;
        }
        List<String> all = new ArrayList<>();
        all.add(letters);
        all.addAll(files);
        return all;
    }

    static boolean isLetters(String text) {
        return LETTERS.matcher(text).find();
    }

    /**
     * Prints the ok line to {@code out}; every problem, with its position, is thrown as the loader's
     * InputException for the caller to print like any other file's.
     */
    static void check(String source, String text, Questionnaire questionnaire, Messages m, PrintWriter out) {
        Letters letters = LettersLoader.load(source, text, questionnaire.signs().stream().map(Sign::id).toList());
        out.println(m.get("validate.ok.letters", source, letters.all().size()));
    }
}
