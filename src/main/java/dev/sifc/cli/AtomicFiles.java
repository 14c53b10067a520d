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
        check(target, overwrite);
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

    /** The target exists but is a folder, a device or a pipe: only regular files are ever replaced. */
    static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean folder;

        NotAFile(Path target, boolean folder) {
            super(target + (folder ? " is a folder" : " is not a regular file"));
            this.folder = folder;
        }

        boolean folder() {
            return folder;
        }
    }

    /**
     * Whether {@code target} may be written: callers check before asking the user anything, and
     * {@link #write} checks again.
     *
     * @throws NotAFile when it is a folder, a device or a pipe, which are never replaced
     * @throws FileAlreadyExistsException when it exists and {@code overwrite} is false
     */
    static void check(Path target, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            // Renaming over a link would replace the link, not the file it points to: refuse instead.
            throw new IOException("it is a symbolic link; give the path of the real file");
        }
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // A rename would replace a device (/dev/null), a pipe or a folder with a plain file: never.
            throw new NotAFile(target, Files.isDirectory(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        }
        if (!overwrite && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
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
