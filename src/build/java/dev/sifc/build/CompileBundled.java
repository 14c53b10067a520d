package dev.sifc.build;

import dev.sifc.core.InputException;
import dev.sifc.core.Lang;
import dev.sifc.core.Letters;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.load.CompiledForm;
import dev.sifc.load.LettersLoader;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.load.StrictUtf8Reader;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, not part of the tool: compiles the bundled {@code questions.yaml} and {@code letters.yaml}
 * into the forms a run reads without a YAML parser ({@link CompiledForm}). The tool's own loaders read
 * the YAML, so the forms hold exactly the records a run would have made of it; the letters are checked
 * against the questionnaire's signs on the way. A broken file fails the build with its problems.
 *
 * <p>Arguments: {@code questions.yaml}, {@code letters.yaml} and the classes folder the forms go into
 * (at {@link CompiledForm#QUESTIONS_RESOURCE} and {@link CompiledForm#LETTERS_RESOURCE}).
 */
public final class CompileBundled {
    private CompileBundled() {}

    public static void main(String[] args) throws IOException {
        Path questions = Path.of(args[0]);
        Path letters = Path.of(args[1]);
        Path classes = Path.of(args[2]);
        Questionnaire q;
        Letters l;
        try {
            q = QuestionnaireLoader.load(questions.toString(), read(questions));
            l = LettersLoader.load(letters.toString(), read(letters), q.signs().stream().map(Sign::id).toList());
        } catch (InputException e) {
            throw new IllegalStateException("the bundled files are broken:\n"
                    + String.join("\n", new Messages(Lang.EN).format(e)), e);
        }
        write(classes, CompiledForm.QUESTIONS_RESOURCE, CompiledForm.write(q));
        write(classes, CompiledForm.LETTERS_RESOURCE, CompiledForm.write(l));
    }

    /** The file as strictly as a run reads the user's own. */
    private static String read(Path file) throws IOException {
        StringWriter text = new StringWriter();
        try (InputStream in = Files.newInputStream(file);
                Reader r = new StrictUtf8Reader(in, file.toString(), StrictUtf8Reader.MAX_DOCUMENT)) {
            r.transferTo(text);
        }
        return text.toString();
    }

    private static void write(Path classes, String resource, byte[] form) throws IOException {
        Path target = classes.resolve(resource.substring(1));
        Files.createDirectories(target.getParent());
        Files.write(target, form);
    }
}
