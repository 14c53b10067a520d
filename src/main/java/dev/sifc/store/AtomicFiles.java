package dev.sifc.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers only ever see the old or the new version: a temporary file in the
 * same folder, flushed to disk, then renamed over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code content} (as UTF-8) to {@code target} through a temporary file in its folder.
     *
     * @param overwrite whether an existing target may be replaced
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
     */
    public static void write(Path target, String content, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        check(target, overwrite);
        removeLeftovers(dir, absolute.getFileName().toString());
        // The process id in the name tells a later run whether the writer is still alive.
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".", ".tmp");
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
    public static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean folder;

        NotAFile(Path target, boolean folder) {
            super(target + (folder ? " is a folder" : " is not a regular file"));
            this.folder = folder;
        }

        public boolean folder() {
            return folder;
        }
    }

    /** The target is a symbolic link: renaming over it would replace the link, not the file it points to. */
    public static final class IsALink extends IOException {
        private static final long serialVersionUID = 1L;

        IsALink(Path target) {
            super("it is a symbolic link; give the path of the real file");
        }
    }

    /**
     * Whether {@code target} may be written: callers check before asking the user anything, and
     * {@link #write} checks again.
     *
     * @throws NotAFile when it is a folder, a device or a pipe, which are never replaced
     * @throws IsALink when it is a symbolic link
     * @throws FileAlreadyExistsException when it exists and {@code overwrite} is false
     */
    public static void check(Path target, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            throw new IsALink(target);
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            // A rename would replace a device (/dev/null), a pipe or a folder with a plain file: never.
            throw new NotAFile(target, Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS));
        }
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
    }

    /** Temporary files older than this were left by a run that was killed; no live writer is that slow. */
    public static final long STALE_AFTER_MS = 10 * 60 * 1000;

    /** {@code .NAME.PID.RANDOM.tmp}, as {@link #write} names its temporary files. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(\\d{1,19})\\.\\d+\\.tmp");

    /**
     * Removes the temporary files that killed runs left beside {@code name} in {@code dir} (any name
     * when {@code name} is null); they hold a full copy of what was being written. A temporary file
     * is left over when the process named in it is gone (or is a newer process with the same id), or
     * when it is older than {@link #STALE_AFTER_MS}. Never fails: cleaning up is a courtesy.
     *
     * @return how many were removed
     */
    public static int removeLeftovers(Path dir, String name) {
        return removeTemporaries(dir, name, false);
    }

    /**
     * Removes the temporary files of {@link #write} beside {@code name} in {@code dir} (any name when
     * null): all of them when {@code all} (the caller holds a lock under which no writer can be at
     * work), else only those a killed run left (see {@link #removeLeftovers}). Never fails.
     *
     * @return how many were removed
     */
    public static int removeTemporaries(Path dir, String name, boolean all) {
        int removed = 0;
        String glob = name == null ? ".*.tmp" : "." + globEscape(name) + ".*.tmp";
        long cutoff = System.currentTimeMillis() - STALE_AFTER_MS;
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(dir, glob)) {
            for (Path p : temporaries) {
                try {
                    var attributes = Files.readAttributes(p, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    long modified = attributes.lastModifiedTime().toMillis();
                    if (attributes.isRegularFile()
                            && (all || modified < cutoff || writerGone(p.getFileName().toString(), name, modified))
                            && Files.deleteIfExists(p)) {
                        removed++;
                    }
                } catch (IOException | RuntimeException e) {
                    // gone meanwhile, or not ours to remove
                }
            }
        } catch (IOException | RuntimeException e) {
            // no folder, or one we cannot list
        }
        return removed;
    }

    /** Whether the file name carries the id of a process that cannot be the one writing it now. */
    public static boolean writerGone(String fileName, String name, long modifiedMillis) {
        Matcher m = TEMPORARY.matcher(fileName);
        if (!m.matches() || (name != null && !m.group(1).equals(name))) {
            return false; // not named by this version: only its age tells
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> writer = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (writer.isEmpty()) {
            return true;
        }
        // A process that started after the file was last written reuses the id of the one that wrote it.
        return writer.get().info().startInstant().map(started -> started.toEpochMilli() > modifiedMillis + 1000).orElse(false);
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1");
    }

    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system can sync a directory; the rename itself is still atomic.
        }
    }
}
