package dev.sifc.cli;

import dev.sifc.core.Letters;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.CompiledForm;
import dev.sifc.load.LettersLoader;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.render.JsonRenderer;
import dev.sifc.render.LetterHints;
import dev.sifc.render.MarkdownRenderer;
import dev.sifc.render.Renderer;
import dev.sifc.render.TextRenderer;
import dev.sifc.text.Messages;
import dev.sifc.text.Style;
import java.io.PrintWriter;
import java.util.Collection;

/**
 * What every command of one run shares: the environment, the language, stdin's single use, the
 * questionnaire it names and the decisions that follow from the environment (colour, renderer).
 */
final class RunContext {
    private final Env env;
    private final Messages messages;
    private final Inputs inputs;
    /** The file of --letters, once the command line names one; null for the bundled letters. */
    private String lettersFile;
    /** The letters of this run, read once when first needed. */
    private Letters letters;

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
        // Compiled from questions.yaml by the build: no YAML parser at run time. A broken one is a bug of the build.
        return CompiledForm.bundledQuestionnaire();
    }

    /**
     * Takes the --letters file of this run, and reads it at once: a broken file is reported before an
     * interview begins, not after its answers were given. The bundled letters are read only when a
     * report or the letter command needs them.
     */
    void useLetters(String file) {
        lettersFile = file;
        letters = file == null ? null : readLetters(file, null);
    }

    String lettersFile() {
        return lettersFile;
    }

    /** The letters of this run: the --letters file, or the bundled ones. */
    Letters letters() {
        if (letters == null) {
            letters = lettersFile == null ? bundledLetters() : readLetters(lettersFile, null);
        }
        return letters;
    }

    /** The letters in {@code file}, their signs checked against {@code signs} unless that is null. */
    Letters readLetters(String file, Collection<String> signs) {
        return LettersLoader.load(Inputs.sourceName(file), inputs.readAll(file, Inputs.SMALL_FILE_MAX), signs);
    }

    private static Letters bundledLetters() {
        return CompiledForm.bundledLetters(); // compiled from letters.yaml by the build, as the questionnaire
    }

    /** The letters a report points to, with the commands that print them. */
    LetterHints letterHints() {
        return new LetterHints(this::letters, messages.lang(), lettersFile);
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

    /**
     * Standard error as the run's messages are written to it: at a terminal, wrapped to its width
     * (within the report's bounds) so that no word breaks; into a pipe or a file as it is, one line
     * per message, for scripts to grep. Wrapping one that wraps already changes nothing. The width is
     * asked only when a message is written.
     */
    PrintWriter stderr(PrintWriter err) {
        if (!env.stderrTty() || err instanceof WrappedStderr) {
            return err;
        }
        return new WrappedStderr(err, () -> {
            int columns = env.stderrColumns(); // asked at the first message: most runs print none
            return columns <= 0 ? 0 : Math.max(WrappedStderr.MIN_WIDTH, Math.min(TextRenderer.MAX_WIDTH, columns));
        });
    }

    Renderer renderer(Options.Format format, Options.ColorMode color, PrintWriter out) {
        return switch (format) {
            case text -> new TextRenderer(out, messages, style(color, env.stdoutTty()), width(), letterHints());
            case json -> new JsonRenderer(out, messages, letterHints());
            case markdown -> new MarkdownRenderer(out, messages, letterHints());
        };
    }
}
