package dev.sifc.store;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.sifc.core.QuestionnaireRef;
import dev.sifc.core.Snapshot;
import dev.sifc.core.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The last answers of each named client, so that a re-check can start from them: one small JSON file
 * per client under $XDG_STATE_HOME/should-i-fire-client/answers/, named by the client's history key
 * ({@link Snapshot#key}) as a readable slug plus a hash of the key (so that "Müller" and "Muller" never
 * share a file). Written atomically and private, as the history is; files that are not regular files
 * are never opened.
 */
public final class KeptAnswers {
    /** The format this version writes; a file with a higher number is not guessed at. */
    public static final int SCHEMA = 1;
    /** A kept file is small; anything bigger is not one this tool wrote. */
    private static final long MAX_SIZE = 256 * 1024;

    private final Map<String, String> env;

    public KeptAnswers(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * One client's last answers.
     *
     * @param at when the assessment they gave was recorded
     * @param verdict the verdict they reached then
     * @param answers canonical values by question id, as given then (not yet checked against today's questionnaire)
     */
    public record Kept(String client, Instant at, Verdict.Kind verdict, QuestionnaireRef questionnaire, Map<String, String> answers) {
        public Kept {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(questionnaire, "questionnaire");
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }
    }

    /** The folder, whether or not it exists. */
    public Path directory() {
        return StateDir.of(env).resolve("answers");
    }

    /** The file of the client with history key {@code key}. */
    public Path file(String key) {
        return directory().resolve(name(key));
    }

    static String name(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Drafts.slug(key) + "-" + HexFormat.of().formatHex(hash, 0, 6) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Replaces the client's kept answers with {@code kept}.
     *
     * @throws FileErrors.Refused when no state can be kept (see {@link StateDir#resolve})
     */
    public void keep(Kept kept) throws IOException {
        Path dir = StateDir.resolve(env).resolve("answers");
        StateDir.create(dir);
        Path target = dir.resolve(name(Snapshot.key(kept.client())));
        StateDir.present(target); // a pipe or a device in its place is refused, never replaced
        AtomicFiles.write(target, encode(kept), true);
    }

    /**
     * The kept answers of the client with history key {@code key}; empty when there are none, or the
     * file is damaged, from a newer version, or about someone else.
     */
    public Optional<Kept> find(String key) {
        try {
            Path dir = StateDir.resolve(env).resolve("answers");
            Path p = dir.resolve(name(key));
            if (!StateDir.present(p) || Files.size(p) > MAX_SIZE) {
                return Optional.empty();
            }
            try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                return decode(in).filter(k -> Snapshot.key(k.client()).equals(key));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a re-check then starts afresh: nothing is lost but a shortcut
        }
    }

    /**
     * Removes the kept answers of the client with history key {@code key}.
     *
     * @return whether there were any
     */
    public boolean forget(String key) throws IOException {
        Path dir;
        try {
            dir = StateDir.resolve(env).resolve("answers");
        } catch (FileErrors.Refused e) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        AtomicFiles.removeLeftovers(dir, null);
        boolean removed = Files.deleteIfExists(dir.resolve(name(key)));
        if (removed) {
            AtomicFiles.syncDirectory(dir);
        }
        return removed;
    }

    static String encode(Kept k) {
        StringWriter s = new StringWriter();
        try (JsonWriter w = new JsonWriter(s)) {
            w.setIndent("  ");
            w.beginObject();
            w.name("schema").value(SCHEMA);
            w.name("client").value(k.client());
            w.name("at").value(k.at().toString());
            w.name("verdict").value(k.verdict().id());
            w.name("questionnaire").beginObject().name("id").value(k.questionnaire().id())
                    .name("version").value(k.questionnaire().version()).endObject();
            w.name("answers").beginObject();
            for (Map.Entry<String, String> e : k.answers().entrySet()) {
                w.name(e.getKey()).value(e.getValue());
            }
            w.endObject();
            w.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return s + "\n";
    }

    static Optional<Kept> decode(Reader in) throws IOException {
        JsonReader r = new JsonReader(in);
        int schema = -1;
        String client = null;
        Instant at = null;
        Verdict.Kind verdict = null;
        String qid = null;
        int version = 0;
        Map<String, String> answers = null;
        try {
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "schema" -> schema = r.nextInt();
                    case "client" -> client = r.nextString();
                    case "at" -> at = Instant.parse(r.nextString());
                    case "verdict" -> verdict = Verdict.Kind.parse(r.nextString()).orElse(null);
                    case "questionnaire" -> {
                        r.beginObject();
                        while (r.hasNext()) {
                            switch (r.nextName()) {
                                case "id" -> qid = r.nextString();
                                case "version" -> version = r.nextInt();
                                default -> r.skipValue();
                            }
                        }
                        r.endObject();
                    }
                    case "answers" -> {
                        answers = new LinkedHashMap<>();
                        r.beginObject();
                        while (r.hasNext()) {
                            String id = r.nextName();
                            if (r.peek() == JsonToken.STRING) {
                                answers.put(id, r.nextString());
                            } else {
                                r.skipValue();
                            }
                        }
                        r.endObject();
                    }
                    default -> r.skipValue();
                }
            }
            r.endObject();
        } catch (IllegalStateException | NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
        if (schema < 1 || schema > SCHEMA || client == null || client.isBlank() || at == null || verdict == null
                || !verdict.judged() || qid == null || answers == null) {
            return Optional.empty();
        }
        return Optional.of(new Kept(client, at, verdict, new QuestionnaireRef(qid, version), answers));
    }
}
