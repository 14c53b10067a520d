package dev.sifc.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers only ever see the old or the new version: a temporary file in the
 * same folder, flushed to disk, then renamed over the target.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * @param overwrite whether an existing target may be replaced
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
     */
    static void write(Path target, String content, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isSymbolicLink(absolute)) {
            // Renaming over a link would replace the link, not the file it points to: refuse instead.
            throw new IOException("it is a symbolic link; give the path of the real file");
        }
        if (!overwrite && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        removeStaleTemporaries(dir, absolute.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            if (overwrite) {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target appeared meanwhile: no clobbering between processes.
                Files.createLink(absolute, tmp);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files older than this were left by a run that was killed; no live writer is that slow. */
    static final long STALE_AFTER_MS = 10 * 60 * 1000;

    private static void removeStaleTemporaries(Path dir, String name) {
        long cutoff = System.currentTimeMillis() - STALE_AFTER_MS;
        try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.tmp")) {
            for (Path p : stale) {
                if (Files.getLastModifiedTime(p).toMillis() < cutoff) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy; the write itself must not fail for it.
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1");
    }

    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system can sync a directory; the rename itself is still atomic.
        }
    }
}
