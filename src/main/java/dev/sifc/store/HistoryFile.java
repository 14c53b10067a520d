package dev.sifc.store;

import dev.sifc.core.Snapshot;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The history: one JSON line per assessment in {@code history.jsonl}, only ever appended to.
 *
 * <p>Writers take an exclusive lock on the separate {@code history.lock} (which is never replaced,
 * so a lock always means the same thing) and write whole lines with one positioned write each, so
 * two processes recording at once both land and no line is torn. Readers take a shared lock when
 * they can, and stream the file line by line with a cap on the line length, so memory stays bounded
 * whatever the size of the file. {@link #forget} is the one operation that replaces the file: it
 * writes a new one beside it and renames it over the old one.
 *
 * <p>Every state file is checked to be a regular file before it is opened ({@link StateDir#present}):
 * a named pipe or a link to {@code /dev/zero} in its place is refused, never read.
 */
public final class HistoryFile {
    public static final String FILE = "history.jsonl";
    public static final String LOCK = "history.lock";
    /** Longer lines are not records this tool wrote; they are skipped without being held in memory. */
    public static final int MAX_LINE = 16 * 1024;

    private static final Set<OpenOption> LOCK_OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);

    private final Path dir;

    public HistoryFile(Path dir) {
        this.dir = dir;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /** A line that was not read as a record, and why. */
    public record Skipped(long line, Problem problem) {}

    public enum Problem { GARBAGE, FUTURE, TRUNCATED, TOO_LONG }

    /** Appends the records, in order, as one write under the lock. Creates the folder and files if needed. */
    @SuppressWarnings("try") // the lock is held for the try block; it need not be referenced in it
    public void append(List<Snapshot> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(records.size() * 256);
        for (Snapshot s : records) {
            sb.append(HistoryCodec.encode(s)).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        StateDir.create(dir);
        try (FileChannel lockChannel = openLock();
                FileLock lock = lockChannel.lock()) {
            removeLeftovers();
            StateDir.present(file()); // a pipe would take the first 64 KiB and then block forever
            try (FileChannel ch = FileChannel.open(file(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), privateFile())) {
                append(ch, bytes);
            }
        }
    }

    /** One positioned write at the end: no other append can come between, as all hold the lock. */
    private static void append(FileChannel ch, byte[] bytes) throws IOException {
        long end = ch.size();
        ByteBuffer buffer;
        if (end > 0 && lastByte(ch, end) != '\n') {
            // The last write was cut short (a crash, a full disk): end that line so ours stays whole.
            buffer = ByteBuffer.allocate(bytes.length + 1).put((byte) '\n').put(bytes).flip();
        } else {
            buffer = ByteBuffer.wrap(bytes);
        }
        while (buffer.hasRemaining()) {
            end += ch.write(buffer, end);
        }
        ch.force(false);
    }

    private static byte lastByte(FileChannel ch, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        ch.read(one, size - 1);
        return one.get(0);
    }

    /**
     * Streams every record to {@code each}, oldest first. A missing file has no records.
     *
     * @return the lines that were skipped, and why
     */
    public List<Skipped> read(Consumer<Snapshot> each) throws IOException {
        return read(each, null);
    }

    /**
     * Like {@link #read(Consumer)}, but streams exactly the records of one client (by {@link
     * Snapshot#key}), and no other: a caller cannot count or name a look-alike by mistake. Most
     * records of other clients are passed over without being decoded ({@link Prefilter}); those it
     * cannot rule out are decoded and compared here. A run about one client reads a history of
     * 100,000 records in tens of milliseconds this way instead of over a second.
     *
     * @param clientKey the client's key; null streams every record, as {@link #read(Consumer)}
     */
    public List<Skipped> read(Consumer<Snapshot> each, String clientKey) throws IOException {
        byte[] token = clientKey == null ? null : Prefilter.token(clientKey);
        return scan(token, (record, raw, problem) -> {
            if (record != null && (clientKey == null || record.key().equals(clientKey))) {
                each.accept(record);
            }
        });
    }

    /**
     * Decides, from the bytes alone, that a line is a well-formed record of some other client. It
     * only ever says so for lines that are plain ASCII and look like this version's records, and
     * whose bytes do not contain the longest ASCII run of letters and digits of the client's key,
     * compared ignoring ASCII case: such a line cannot name the client (names match by case and
     * spacing only, and ASCII lowercases within ASCII). Anything else is decoded as usual, so
     * damaged and newer lines are still reported.
     *
     * <p>It is a sieve, not a match: what it lets through may name another client ("Nightmare Ltd"
     * for "Nightmare Ltd (JSON)"), so it stays private to {@link #read(Consumer, String)}, which
     * compares the keys of what comes through (issue 13: a confirmation counted look-alikes).
     */
    static final class Prefilter {
        private static final byte[] RECORD_START = "{\"schema\":1,".getBytes(StandardCharsets.US_ASCII);

        private Prefilter() {}

        /** The longest run of [a-z0-9] in the key, or null when it has none (then nothing is left out). */
        static byte[] token(String key) {
            String best = "";
            for (String run : key.split("[^a-z0-9]+", -1)) {
                if (run.length() > best.length()) {
                    best = run;
                }
            }
            return best.isEmpty() ? null : best.getBytes(StandardCharsets.US_ASCII);
        }

        static boolean otherClient(ByteBuffer line, byte[] token) {
            int from = line.position();
            int to = line.limit();
            if (to - from < RECORD_START.length + 1 || line.get(to - 1) != '}') {
                return false;
            }
            for (int i = 0; i < RECORD_START.length; i++) {
                if (line.get(from + i) != RECORD_START[i]) {
                    return false;
                }
            }
            for (int i = from; i < to; i++) {
                if (line.get(i) < 0) {
                    return false; // not ASCII: decode it
                }
            }
            for (int i = from; i + token.length <= to; i++) {
                int k = 0;
                while (k < token.length && lower(line.get(i + k)) == token[k]) {
                    k++;
                }
                if (k == token.length) {
                    return false;
                }
            }
            return true;
        }

        private static byte lower(byte b) {
            return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
        }
    }

    /** What {@link #forget} removed: the client's records, and leftovers of killed runs (copies of the history). */
    public record Forgotten(int records, int leftovers) {
        public Forgotten {
            if (records < 0 || leftovers < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }
    }

    /**
     * Removes every record of the client, under the lock: a new file is written beside the history
     * and renamed over it. Lines it cannot read (a newer schema, a damaged line, a line too long to be
     * a record) are copied as they are. When the history is a symbolic link (synced dotfiles), the
     * file it points to is rewritten, in its own folder, and the link stays. Leftovers of killed
     * runs are removed first: they are full copies of the history, forgotten clients included.
     *
     * @throws FileErrors.Refused when the history has other hard links, which would keep the records
     */
    @SuppressWarnings("try") // the lock is held for the try block; it need not be referenced in it
    public Forgotten forget(String key, Consumer<Snapshot> removedRecords) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new Forgotten(0, 0);
        }
        int[] removed = {0};
        try (FileChannel lockChannel = openLock();
                FileLock lock = lockChannel.lock()) {
            int leftovers = removeLeftovers();
            if (!StateDir.present(file())) {
                return new Forgotten(0, leftovers);
            }
            // Through a link: rewrite the file it points to, in its folder, and leave the link as it is.
            Path target = file().toRealPath();
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try {
                try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                        OutputStream os = new BufferedOutputStream(Channels.newOutputStream(out), 64 * 1024)) {
                    IOException[] failed = {null};
                    scanUnlocked(null, (record, raw, problem) -> {
                        if (failed[0] != null) {
                            return;
                        }
                        try {
                            if (record != null && record.key().equals(key)) {
                                removed[0]++;
                                removedRecords.accept(record);
                            } else if (problem == Problem.TOO_LONG) {
                                os.write('\n'); // the line itself went through as it was read
                            } else {
                                os.write(raw.array(), raw.arrayOffset(), raw.limit());
                                os.write('\n');
                            }
                        } catch (IOException e) {
                            failed[0] = e;
                        }
                    }, os);
                    if (failed[0] != null) {
                        throw failed[0];
                    }
                    os.flush();
                    out.force(true);
                }
                if (removed[0] > 0) {
                    Object links = Files.getAttribute(target, "unix:nlink");
                    if (links instanceof Integer n && n > 1) {
                        // A rename would leave every other name of the file with the records: never split the history.
                        throw new FileErrors.Refused("history.hard-links", "history.fix.hard-links", target, n - 1);
                    }
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    AtomicFiles.syncDirectory(target.getParent());
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new Forgotten(removed[0], leftovers);
        }
    }

    /** The lock file, opened for writing; checked first, since a pipe in its place would block. */
    private FileChannel openLock() throws IOException {
        StateDir.present(dir.resolve(LOCK));
        return FileChannel.open(dir.resolve(LOCK), LOCK_OPTIONS, privateFile());
    }

    /**
     * Removes the temporary files that a killed {@link #forget} left, whatever their age: only a
     * forget writes them, and it does so under the exclusive lock, so whoever holds the lock (shared
     * or exclusive) knows that none is being written. Never fails.
     *
     * @return how many were removed
     */
    private int removeLeftovers() {
        int removed = AtomicFiles.removeTemporaries(dir, FILE, true);
        if (Files.isSymbolicLink(file())) {
            try {
                Path target = file().toRealPath();
                removed += AtomicFiles.removeTemporaries(target.getParent(), target.getFileName().toString(), true);
            } catch (IOException | RuntimeException e) {
                // a link to nowhere has no temporaries beside its target
            }
        }
        return removed;
    }

    /** What the scan hands over for each line: the record (null if skipped) and the line's bytes. */
    private interface LineSink {
        void line(Snapshot record, ByteBuffer raw, Problem problem);
    }

    private List<Skipped> scan(byte[] token, LineSink sink) throws IOException {
        FileChannel lockChannel = null;
        FileLock lock = null;
        try {
            if (StateDir.present(dir.resolve(LOCK))) {
                try {
                    lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.READ);
                    lock = lockChannel.lock(0, Long.MAX_VALUE, true);
                } catch (IOException e) {
                    // A read-only folder: read without the lock; a line being written shows as truncated.
                }
            }
            if (lock != null) {
                removeLeftovers();
            }
            return scanUnlocked(token, sink, null);
        } finally {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        }
    }

    /**
     * @param longLines when not null, lines too long to be records are copied there as they are read
     *     (without their line end, which the sink adds), so that a rewrite keeps them without holding them
     */
    private List<Skipped> scanUnlocked(byte[] token, LineSink sink, OutputStream longLines) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        if (!StateDir.present(file())) {
            return skipped; // checked before opening: a pipe would block here, /dev/zero never end
        }
        InputStream raw;
        try {
            raw = Files.newInputStream(file());
        } catch (NoSuchFileException e) {
            return skipped;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = raw) {
            byte[] chunk = new byte[64 * 1024];
            ByteBuffer line = ByteBuffer.allocate(MAX_LINE);
            long[] number = {0};
            boolean tooLong = false;
            int n;
            while ((n = in.read(chunk)) != -1) {
                int start = 0;
                for (int k = 0; k < n; k++) {
                    if (chunk[k] != '\n') {
                        continue;
                    }
                    tooLong = collect(line, chunk, start, k - start, tooLong, longLines);
                    emit(line, tooLong ? Problem.TOO_LONG : null, number, decoder, token, sink, skipped);
                    tooLong = false;
                    start = k + 1;
                }
                tooLong = collect(line, chunk, start, n - start, tooLong, longLines);
            }
            if (line.position() > 0 || tooLong) {
                emit(line, tooLong ? Problem.TOO_LONG : Problem.TRUNCATED, number, decoder, token, sink, skipped);
            }
        }
        return skipped;
    }

    /** Adds bytes to the line being read; returns true once it is longer than {@link #MAX_LINE}. */
    private static boolean collect(ByteBuffer line, byte[] bytes, int from, int length, boolean tooLong,
            OutputStream longLines) throws IOException {
        if (!tooLong && length <= line.remaining()) {
            line.put(bytes, from, length);
            return false;
        }
        if (longLines != null) {
            if (!tooLong) {
                longLines.write(line.array(), line.arrayOffset(), line.position());
            }
            longLines.write(bytes, from, length);
        }
        return true;
    }

    private static void emit(ByteBuffer line, Problem known, long[] number, CharsetDecoder decoder,
            byte[] token, LineSink sink, List<Skipped> skipped) {
        number[0]++;
        line.flip();
        try {
            if (known != null) {
                skipped.add(new Skipped(number[0], known));
                sink.line(null, line, known);
            } else if (token != null && Prefilter.otherClient(line, token)) {
                return; // a record of another client: no need to decode it
            } else if (line.hasRemaining() && !isBlank(line)) {
                Snapshot record = null;
                Problem problem = null;
                try {
                    record = HistoryCodec.decode(decoder.reset().decode(line.duplicate()).toString());
                } catch (CharacterCodingException e) {
                    problem = Problem.GARBAGE;
                } catch (HistoryCodec.BadLine e) {
                    problem = e.problem == HistoryCodec.Problem.FUTURE ? Problem.FUTURE : Problem.GARBAGE;
                }
                if (problem != null) {
                    skipped.add(new Skipped(number[0], problem));
                }
                sink.line(record, line, problem);
            }
        } finally {
            line.clear();
        }
    }

    private static boolean isBlank(ByteBuffer line) {
        for (int i = line.position(); i < line.limit(); i++) {
            byte c = line.get(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The history names clients: only the owner may read it. */
    private static FileAttribute<?>[] privateFile() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
