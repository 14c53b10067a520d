package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.AnswersYaml;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Saves unfinished interviews under $XDG_STATE_HOME/should-i-fire-client/drafts/ (default ~/.local/state). */
final class Drafts {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Env env;

    Drafts(Env env) {
        this.env = env;
    }

    Path directory() {
        return StateDir.of(env).resolve("drafts");
    }

    /** Writes a draft with a name no other process uses; returns its path. */
    Path save(Questionnaire q, Answers answers) throws IOException {
        Path dir = directory();
        StateDir.create(dir);
        String stem = slug(answers.client()) + "-" + LocalDateTime.now().format(STAMP) + "-" + ProcessHandle.current().pid();
        String content = AnswersYaml.write(q, answers, "should-i-fire-client draft: resume with --answers <this file>");
        for (int n = 1; ; n++) {
            Path target = dir.resolve(stem + (n == 1 ? "" : "-" + n) + ".yaml");
            try {
                AtomicFiles.write(target, content, false);
                return target;
            } catch (FileAlreadyExistsException e) {
                if (n > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * The draft of an interview under way, written after every answer: the first call writes a new
     * file (as {@link #save} does), every later one replaces that same file by an atomic rename, so
     * one interview keeps one draft and a kill at any moment leaves the previous or the new version.
     *
     * @param current the file the previous call returned, or null for the first
     * @return the draft's path
     */
    Path rewrite(Path current, Questionnaire q, Answers answers) throws IOException {
        if (current == null) {
            return save(q, answers);
        }
        AtomicFiles.write(current, AnswersYaml.write(q, answers, "should-i-fire-client draft: resume with --answers <this file>"), true);
        return current;
    }

    static String slug(String client) {
        if (client == null) {
            return "client";
        }
        String ascii = java.text.Normalizer.normalize(client.replace("ß", "ss"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40);
        }
        return s.isEmpty() ? "client" : s;
    }
}
