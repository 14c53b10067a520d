package dev.sifc.cli;

import dev.sifc.core.Answers;
import dev.sifc.core.Questionnaire;
import dev.sifc.render.AnswersYaml;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

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

    /**
     * Writes a draft with a name no other process uses; returns its path.
     *
     * @throws FileErrors.Refused when no state can be kept (see {@link StateDir#resolve})
     */
    Path save(Questionnaire q, Answers answers) throws IOException {
        Path dir = StateDir.resolve(env).resolve("drafts");
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

    /** Drafts are small; a bigger file in the folder is not one this tool wrote. */
    private static final long MAX_DRAFT = 1024 * 1024;

    /** What {@link #forget} removed: the client's drafts (and their name as written), and leftovers of killed saves. */
    record Removed(List<Path> drafts, String name, int leftovers) {
        Removed {
            drafts = List.copyOf(drafts);
            if (leftovers < 0 || (name == null) != drafts.isEmpty()) {
                throw new IllegalArgumentException("inconsistent counts");
            }
        }
    }

    /**
     * Removes the drafts of a client (by the name in them, compared as the history compares names:
     * {@code key} is {@link dev.sifc.core.Snapshot#key}), and the temporary files that killed saves
     * left in the folder, which may hold anyone's answers. Files that are not regular files are
     * never opened.
     *
     * @throws IOException when a draft of the client cannot be removed
     */
    Removed forget(String key) throws IOException {
        Path dir = usableDirectory();
        if (dir == null) {
            return new Removed(List.of(), null, 0);
        }
        int leftovers = AtomicFiles.removeLeftovers(dir, null);
        Removed found = find(key);
        for (Path p : found.drafts()) {
            Files.delete(p);
        }
        if (!found.drafts().isEmpty()) {
            AtomicFiles.syncDirectory(dir);
        }
        return new Removed(found.drafts(), found.name(), leftovers);
    }

    /** The drafts of a client (see {@link #forget}), without removing anything; no leftovers are counted. */
    Removed find(String key) throws IOException {
        Path dir = usableDirectory();
        List<Path> matching = new ArrayList<>();
        String name = null;
        if (dir != null) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "[!.]*")) {
                all.forEach(files::add);
            }
            files.sort(null);
            for (Path p : files) {
                String client = clientOf(p);
                if (client != null && dev.sifc.core.Snapshot.key(client).equals(key)) {
                    matching.add(p);
                    name = name == null ? client : name;
                }
            }
        }
        return new Removed(matching, name, 0);
    }

    /** The drafts folder if there is one to look into. */
    private Path usableDirectory() {
        try {
            Path dir = StateDir.resolve(env).resolve("drafts");
            return Files.isDirectory(dir) ? dir : null;
        } catch (FileErrors.Refused e) {
            return null;
        }
    }

    /** The client named in a draft, or null when it names none or is not a draft this tool can read. */
    private static String clientOf(Path p) {
        try {
            if (!StateDir.present(p) || Files.size(p) > MAX_DRAFT) {
                return null; // a pipe, a device or a folder is never opened
            }
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(20);
            options.setCodePointLimit((int) MAX_DRAFT);
            try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                // The node tree only: nothing is constructed, no tag can load a class.
                if (new Yaml(options).compose(in) instanceof MappingNode map) {
                    for (NodeTuple t : map.getValue()) {
                        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("client")
                                && t.getValueNode() instanceof ScalarNode v) {
                            return v.getValue();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not valid UTF-8, not YAML, gone meanwhile: not a draft of ours
        }
        return null;
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
