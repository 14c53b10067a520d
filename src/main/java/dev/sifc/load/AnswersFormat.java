package dev.sifc.load;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * How an answers stream is written: YAML documents (JSON being YAML), or JSON Lines, one client per
 * line. A file says it by its name; a stream without a telling name (stdin, {@code /dev/fd/3}) by its
 * first line.
 */
public enum AnswersFormat {
    /** One YAML or JSON document per client, {@code ---} between them. */
    YAML,
    /** One JSON object per line ({@code .jsonl}, {@code .ndjson}). */
    JSON_LINES;

    /** As many bytes as the longest line a JSON Lines stream may have: the first line is looked at within these. */
    public static final int SNIFF_BYTES = JsonLinesLoader.MAX_LINE + 4;

    /** The format a file's name says: {@code .jsonl} and {@code .ndjson} are JSON Lines, {@code .yaml}, {@code .yml}, {@code .json} YAML. */
    public static Optional<AnswersFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /**
     * The format of a stream by its first bytes ({@code length} of them, at most {@link #SNIFF_BYTES}):
     * JSON Lines when its first line that is not blank is one complete JSON object and nothing else;
     * YAML otherwise (a JSON document spread over several lines starts with a line that is not).
     * A single-line JSON document reads the same either way.
     */
    public static AnswersFormat sniff(byte[] head, int length) {
        int start = length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (start < length && (head[start] == ' ' || head[start] == '\t' || head[start] == '\r' || head[start] == '\n')) {
            start++;
        }
        if (start == length || head[start] != '{') {
            return YAML;
        }
        int end = start;
        while (end < length && head[end] != '\n') {
            end++;
        }
        if (end == length && length >= SNIFF_BYTES) {
            return YAML; // no line end in sight: no line of JSON Lines is this long
        }
        return oneObject(new String(head, start, end - start, StandardCharsets.UTF_8)) ? JSON_LINES : YAML;
    }

    /** {@link #sniff(byte[], int)} for a text already read. */
    public static AnswersFormat sniff(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length() && " \t\r\n".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (start == text.length() || text.charAt(start) != '{') {
            return YAML;
        }
        int end = text.indexOf('\n', start);
        return oneObject(text.substring(start, end < 0 ? text.length() : end)) ? JSON_LINES : YAML;
    }

    private static boolean oneObject(String line) {
        if (line.length() > JsonLinesLoader.MAX_LINE) {
            return false;
        }
        try (JsonReader r = new JsonReader(new StringReader(line))) {
            r.setStrictness(Strictness.STRICT);
            r.skipValue();
            return r.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | RuntimeException e) {
            return false; // not JSON on its own: YAML's reader says what is wrong
        }
    }
}
