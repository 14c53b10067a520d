package dev.sifc.render;

import dev.sifc.core.Lang;
import dev.sifc.core.Letter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One letter with the values given filled in; every blank left is marked {@code [name]}, the name
 * {@code --set} takes, so that it stands out and can be searched for.
 *
 * @param blanks the blanks left, in the order they first appear
 */
public record LetterText(String subject, String body, List<String> blanks) {
    public LetterText {
        blanks = List.copyOf(blanks);
    }

    /** Fills {@code letter} in {@code lang} with {@code values} (blank name to text). */
    public static LetterText of(Letter letter, Lang lang, Map<String, String> values) {
        List<String> left = new ArrayList<>();
        for (String blank : letter.blanks(lang)) {
            if (!values.containsKey(blank)) {
                left.add(blank);
            }
        }
        return new LetterText(fill(letter.subject().get(lang), values), fill(letter.body().get(lang), values), left);
    }

    private static String fill(String text, Map<String, String> values) {
        return Letter.fill(text, name -> values.getOrDefault(name, "[" + name + "]"));
    }

    /** For the terminal and for pasting: the subject line, an empty line, the body. */
    public void print(PrintWriter out, String subjectLabel) {
        out.println(subjectLabel + " " + subject);
        out.println();
        for (String line : body.split("\n", -1)) {
            out.println(line);
        }
    }
}
