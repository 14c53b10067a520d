package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.AnswersYaml;
import dev.sifc.store.Drafts;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the latest answers of an interview and its draft. With a person at the terminal
 * ({@code asYouGo}), the draft is rewritten after every answer, so that even kill -9 loses at
 * most the answer being given; it is removed once the answers reached their destination. On
 * Ctrl-C, or when the process is killed, it is saved exactly once more, with the hint to resume
 * (both can happen at the same time). A draft with no answer is never written: a name alone is
 * not worth one. An interview that continues a draft rewrites that same file ({@link #adopt}), so
 * that stopping again leaves one draft, and removes it once finished.
 */
final class DraftKeeper {
    private final Questionnaire questionnaire;
    private final Drafts drafts;
    private final Messages messages;
    private final PrintWriter err;
    private Answers start;
    private final boolean asYouGo;
    private Answers latest;
    private Path path;
    private boolean failing;
    private boolean saved;

    DraftKeeper(Questionnaire questionnaire, Answers start, Drafts drafts, Messages messages, PrintWriter err, boolean asYouGo) {
        this.questionnaire = questionnaire;
        this.start = start;
        this.latest = start;
        this.drafts = drafts;
        this.messages = messages;
        this.err = err;
        this.asYouGo = asYouGo;
    }

    /**
     * The interview continues the draft at {@code file} (a file of the drafts folder) holding {@code
     * answers}: that file is the one rewritten, and removed once the interview is finished.
     */
    synchronized void adopt(Path file, Answers answers) {
        if (path != null && !path.equals(file)) {
            try {
                Files.deleteIfExists(path); // an earlier version of this very interview
            } catch (IOException e) {
                // a second draft loses nothing
            }
        }
        path = file;
        start = answers;
        latest = answers;
    }

    /**
     * The interview starts from {@code answers} that are kept elsewhere (a re-check from the last
     * answers): until one of them changes, there is nothing a draft would add.
     */
    synchronized void startFrom(Answers answers) {
        start = answers;
    }

    synchronized void update(Answers answers) {
        latest = answers;
        if (asYouGo && !saved && !failing && !answers.values().isEmpty() && !answers.equals(start)) {
            try {
                path = drafts.rewrite(path, answers.client(), AnswersYaml.draft(questionnaire, answers));
            } catch (IOException | RuntimeException e) {
                // Nothing can be shown on the interview's screen; the final save says why.
                failing = true;
            }
        }
    }

    /** The answers reached the report (and --save-answers): the draft has done its work. */
    synchronized void discard() {
        saved = true;
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a draft left behind loses nothing
            }
        }
    }

    /** The answers did not all reach their destination: the draft stays, and the user learns where. */
    synchronized void keep() {
        if (saved) {
            return; // saveOnce already said where the draft is
        }
        saved = true;
        if (path != null) {
            err.println(messages.get("prompt.draft.resume", Shell.quote(path.toString())));
            err.flush();
        }
    }

    /** Saves {@code answers} (or the latest known, when null) unless a draft was saved already. */
    synchronized void saveOnce(Answers answers) {
        saveOnce(answers, "prompt.draft.saved");
    }

    /** As {@link #saveOnce(Answers)}, saying where with the message {@code savedKey} (count, path). */
    synchronized void saveOnce(Answers answers, String savedKey) {
        if (saved) {
            return;
        }
        saved = true;
        Answers toSave = answers != null ? answers : latest;
        boolean unchanged = path == null && !toSave.values().isEmpty() && toSave.equals(start);
        if (toSave.values().isEmpty() || unchanged) {
            // Nothing answered, or nothing changed since the answers it started from: no draft.
            err.println();
            err.println(messages.get(unchanged ? "prompt.draft.unchanged" : "prompt.draft.nothing"));
            err.flush();
            return;
        }
        try {
            path = drafts.rewrite(path, toSave.client(), AnswersYaml.draft(questionnaire, toSave));
            err.println();
            err.println(messages.get(savedKey, toSave.values().size(), path));
            err.println(messages.get("prompt.draft.resume", Shell.quote(path.toString())));
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("error.prefix") + messages.get("prompt.draft.failed", FileProblems.explain(messages, e)));
            WrappedStderr.verbatim(err, AnswersYaml.write(questionnaire, toSave, null)); // a file to copy: its lines as they are
        }
        err.flush();
    }
}
