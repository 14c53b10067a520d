package dev.sifc.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where the tool keeps what it remembers (the history and drafts), by one rule for both, after the
 * XDG Base Directory specification: {@code $XDG_STATE_HOME/should-i-fire-client}, or
 * {@code $HOME/.local/state/should-i-fire-client} when XDG_STATE_HOME is unset, empty or relative
 * (the spec says relative paths are invalid and to be ignored).
 *
 * <ul>
 *   <li>A folder that does not exist yet is created, private (mode 700), when something is first
 *       written: also a missing XDG_STATE_HOME, as the spec asks.
 *   <li>An XDG_STATE_HOME that exists but is not a folder is refused: it is not "missing".
 *   <li>A HOME that is not an existing folder ({@code HOME=/nonexistent}, the convention for a user
 *       without a home) is never created: then nothing is kept, and callers say so.
 * </ul>
 *
 * <p>The files in it are used only if they are regular files (after following links): a named pipe
 * would block the first read forever, {@code /dev/zero} would never end. {@link #present} checks a
 * file's type before it is opened.
 */
public final class StateDir {
    public static final String APP = "should-i-fire-client";

    private StateDir() {}

    /** The folder as configured, whether it can be used or not: for messages only. */
    public static Path of(Map<String, String> env) {
        try {
            return resolve(env);
        } catch (FileErrors.Refused e) {
            String home = home(env);
            return Path.of(home.isEmpty() ? "/" : home, ".local", "state", APP);
        }
    }

    /**
     * The folder to keep state in; it may not exist yet ({@link #create} makes it).
     *
     * @throws FileErrors.Refused when no state can be kept: XDG_STATE_HOME is not a folder, or
     *     XDG_STATE_HOME is not set and there is no home folder
     */
    public static Path resolve(Map<String, String> env) throws FileErrors.Refused {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && !state.isEmpty()) {
            Path base;
            try {
                base = Path.of(state);
            } catch (InvalidPathException e) {
                throw new FileErrors.Refused("state.xdg-invalid", "state.fix", state);
            }
            if (base.isAbsolute()) {
                if (Files.exists(base) && !Files.isDirectory(base)) {
                    throw new FileErrors.Refused("state.xdg-not-folder", "state.fix", state);
                }
                return base.resolve(APP);
            }
        }
        String home = home(env);
        Path base;
        try {
            base = Path.of(home);
        } catch (InvalidPathException e) {
            throw new FileErrors.Refused("state.no-home", "state.fix", home);
        }
        if (!base.isAbsolute() || !Files.isDirectory(base)) {
            // Creating ~/.local/state here would create the home folder itself: never.
            throw new FileErrors.Refused("state.no-home", "state.fix", home);
        }
        return base.resolve(".local").resolve("state").resolve(APP);
    }

    private static String home(Map<String, String> env) {
        String home = env.get("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home", "");
        }
        return home;
    }

    /** Creates {@code dir} and any missing parents private (rwx------), as the XDG spec asks of state folders. */
    public static void create(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Whether the state file {@code file} exists, checked before it is ever opened: opening a named
     * pipe blocks until someone writes to it, and a device such as {@code /dev/zero} never ends.
     *
     * @return true for a regular file (also through a symbolic link), false when there is none
     * @throws FileErrors.Refused when it is anything else: a pipe, a device, a socket, a folder
     */
    public static boolean present(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows links
        } catch (NoSuchFileException e) {
            return false; // also a link to nowhere: writing creates its target
        }
        if (attributes.isRegularFile()) {
            return true;
        }
        if (Files.isSymbolicLink(file)) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                target = Files.readSymbolicLink(file);
            }
            throw new FileErrors.Refused("state.not-regular.link", "state.fix.not-regular", file.getFileName(), target);
        }
        throw new FileErrors.Refused("state.not-regular." + kind(file, attributes), "state.fix.not-regular", file.getFileName());
    }

    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "folder";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            if (type == 0010000) {
                return "pipe";
            }
            if (type == 0140000) {
                return "socket";
            }
            if (type == 0020000 || type == 0060000) {
                return "device";
            }
        } catch (IOException | RuntimeException e) {
            // no unix view: say only that it is not a regular file
        }
        return "other";
    }
}
