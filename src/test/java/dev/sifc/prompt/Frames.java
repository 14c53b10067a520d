package dev.sifc.prompt;

import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;

/** Screens without a terminal: their frames as plain text, and question views from the bundled questionnaire. */
final class Frames {
    static final Messages EN = new Messages(Lang.EN);
    /** A screen of 100 columns and 30 rows, without colour. */
    static final Layout WIDE = new Layout(30, 100, false);

    private static Questionnaire questionnaire;

    private Frames() {}

    /** What {@code screen} shows on {@code layout}, one line a line, without styles. */
    static String text(Screen<?> screen, Layout layout) {
        List<AttributedString> lines = screen.frame(layout);
        return lines.stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
    }

    /** The view of a question of questions.yaml, as the interview builds it. */
    static QuestionView view(String id, String current, boolean first) {
        return view(id, current, first, EN);
    }

    /** As {@link #view(String, String, boolean)}, in the language of {@code messages}. */
    static QuestionView view(String id, String current, boolean first, Messages messages) {
        Interview views = new Interview(questionnaire(), messages, null, a -> { });
        return views.view(questionnaire().question(id).orElseThrow(), "ACME", current, first);
    }

    /** The bundled questionnaire, questions.yaml. */
    static synchronized Questionnaire questionnaire() {
        if (questionnaire == null) {
            try {
                questionnaire = QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return questionnaire;
    }
}
