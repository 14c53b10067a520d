package dev.sifc.cli;

import dev.sifc.core.Questionnaire;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.load.StrictUtf8Reader;
import dev.sifc.render.JsonRenderer;
import dev.sifc.render.MarkdownRenderer;
import dev.sifc.render.Renderer;
import dev.sifc.render.TextRenderer;
import dev.sifc.text.Messages;
import dev.sifc.text.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;

/**
 * What every command of one run shares: the environment, the language, stdin's single use, the
 * questionnaire it names and the decisions that follow from the environment (colour, renderer).
 */
final class RunContext {
    static final String BUNDLED_QUESTIONS = "/dev/sifc/questions.yaml";
    static final String BUNDLED_NAME = "questions.yaml (bundled)";

    private final Env env;
    private final Messages messages;
    private final Inputs inputs;

    RunContext(Env env, Messages messages) {
        this.env = env;
        this.messages = messages;
        this.inputs = new Inputs(env);
    }

    Env env() {
        return env;
    }

    Messages messages() {
        return messages;
    }

    Inputs inputs() {
        return inputs;
    }

    /** The questionnaire in {@code file}, or the bundled one when {@code file} is null. */
    Questionnaire questionnaire(String file) {
        if (file != null) {
            return QuestionnaireLoader.load(Inputs.sourceName(file), inputs.readAll(file, Inputs.SMALL_FILE_MAX));
        }
        try (InputStream in = RunContext.class.getResourceAsStream(BUNDLED_QUESTIONS)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + BUNDLED_QUESTIONS);
            }
            StringWriter text = new StringWriter();
            try (Reader r = new StrictUtf8Reader(in, BUNDLED_NAME, Inputs.SMALL_FILE_MAX)) {
                r.transferTo(text);
            }
            return QuestionnaireLoader.load(BUNDLED_NAME, text.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled questionnaire", e);
        }
    }

    /**
     * The one colour decision, for reports and the interview alike: on for "always"; for "auto" only
     * on a terminal, without NO_COLOR, and not on a dumb terminal.
     */
    boolean colour(Options.ColorMode mode, boolean toTerminal) {
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> toTerminal && !env.noColor() && !env.dumbTerminal();
        };
    }

    Style style(Options.ColorMode mode, boolean toTerminal) {
        return new Style(colour(mode, toTerminal));
    }

    /**
     * The width of text reports and tables: the terminal's when stdout is one, within
     * {@link TextRenderer#MIN_WIDTH} and {@link TextRenderer#MAX_WIDTH}; {@link TextRenderer#DEFAULT_WIDTH}
     * for files and pipes, and when the terminal cannot tell.
     */
    int width() {
        int columns = env.stdoutColumns();
        return columns <= 0 ? TextRenderer.DEFAULT_WIDTH
                : Math.max(TextRenderer.MIN_WIDTH, Math.min(TextRenderer.MAX_WIDTH, columns));
    }

    /** The terminal's width for tables that keep every column into a file or a pipe: 0 there. */
    int terminalWidth() {
        return env.stdoutColumns() <= 0 ? 0 : width();
    }

    Renderer renderer(Options.Format format, Options.ColorMode color, PrintWriter out) {
        return switch (format) {
            case text -> new TextRenderer(out, messages, style(color, env.stdoutTty()), width());
            case json -> new JsonRenderer(out, messages);
            case markdown -> new MarkdownRenderer(out, messages);
        };
    }
}
