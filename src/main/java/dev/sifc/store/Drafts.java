package dev.sifc.store;

import dev.sifc.core.Answers;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Snapshot;
import dev.sifc.load.AnswersLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Saves unfinished interviews under $XDG_STATE_HOME/should-i-fire-client/drafts/ (default ~/.local/state). */
public final class Drafts {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Map<String, String> env;

    public Drafts(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Path directory() {
        return StateDir.of(env).resolve("drafts");
    }

    /**
     * Writes a draft ({@code content}, the answers as YAML) of {@code client} (null when unnamed)
     * with a name no other process uses; returns its path.
     *
     * @throws FileErrors.Refused when no state can be kept (see {@link StateDir#resolve})
     */
    @SuppressWarnings("JavaTimeDefaultTimeZone") // on purpose: the draft's name has the user's local time
    public Path save(String client, String content) throws IOException {
        Path dir = StateDir.resolve(env).resolve("drafts");
        StateDir.create(dir);
        String stem = slug(client) + "-" + LocalDateTime.now().format(STAMP) + "-" + ProcessHandle.current().pid();
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
    public record Removed(List<Path> drafts, String name, int leftovers) {
        public Removed {
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
    public Removed forget(String key) throws IOException {
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
    public Removed find(String key) throws IOException {
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
                if (client != null && Snapshot.key(client).equals(key)) {
                    matching.add(p);
                    name = name == null ? client : name;
                }
            }
        }
        return new Removed(matching, name, 0);
    }

    /**
     * One draft in the folder, read against {@code questionnaire}.
     *
     * @param client the name in it, or null
     * @param saved when it was last written
     */
    public record Draft(Path path, String client, Answers answers, Instant saved) {}

    /**
     * Every draft in the folder that this tool can read as answers of {@code questionnaire}, newest
     * first; files that are not drafts (or not regular files) are passed over, never opened.
     */
    public List<Draft> list(Questionnaire questionnaire) throws IOException {
        Path dir = usableDirectory();
        List<Draft> found = new ArrayList<>();
        if (dir == null) {
            return found;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "[!.]*.yaml")) {
            for (Path p : all) {
                read(p, questionnaire).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Draft::saved).reversed().thenComparing(Draft::path));
        return found;
    }

    /** The draft at {@code p}, or empty when it is none this tool can read. */
    public static Optional<Draft> read(Path p, Questionnaire questionnaire) {
        try {
            if (!StateDir.present(p) || Files.size(p) > MAX_DRAFT) {
                return Optional.empty();
            }
            Instant saved = Files.getLastModifiedTime(p).toInstant();
            try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                Answers a = new AnswersLoader(questionnaire).readOne(p.getFileName().toString(), in);
                return Optional.of(new Draft(p, a.client(), a, saved));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not valid, gone meanwhile: not a draft of ours
        }
    }

    /** Removes {@code files}, drafts that {@link #list} or {@link #find} returned. */
    public void remove(List<Path> files) throws IOException {
        Path dir = usableDirectory();
        for (Path p : files) {
            Files.deleteIfExists(p);
        }
        if (dir != null && !files.isEmpty()) {
            AtomicFiles.syncDirectory(dir);
        }
    }

    /** Whether {@code file} is in this drafts folder (so the tool may replace or remove it). */
    public boolean holds(Path file) {
        Path dir = usableDirectory();
        if (dir == null || file == null) {
            return false;
        }
        try {
            Path real = file.toRealPath();
            return Files.isRegularFile(real) && real.getParent() != null && real.getParent().equals(dir.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
            try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                return AnswersLoader.clientOf(in, (int) MAX_DRAFT);
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
    public Path rewrite(Path current, String client, String content) throws IOException {
        if (current == null) {
            return save(client, content);
        }
        AtomicFiles.write(current, content, true);
        return current;
    }

    public static String slug(String client) {
        if (client == null) {
            return "client";
        }
        String ascii = Normalizer.normalize(client.replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40);
        }
        return s.isEmpty() ? "client" : s;
    }
}
