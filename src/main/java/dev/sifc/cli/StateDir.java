package dev.sifc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the tool keeps what it remembers: {@code $XDG_STATE_HOME/should-i-fire-client}, or
 * {@code ~/.local/state/should-i-fire-client} when XDG_STATE_HOME is unset, empty or relative (the
 * XDG spec says relative paths are to be ignored).
 */
final class StateDir {
    static final String APP = "should-i-fire-client";

    private StateDir() {}

    /** The folder, whether it exists or not. */
    static Path of(Env env) {
        return base(env).resolve(APP);
    }

    /**
     * The folder for the history, if it may be used: an XDG_STATE_HOME that the user set must exist
     * (a missing one is more likely a typo than a wish for a new folder); the default is created.
     *
     * @return the folder, or empty if the configured one is missing
     */
    static Optional<Path> forHistory(Env env) {
        if (explicit(env) && !Files.isDirectory(base(env))) {
            return Optional.empty();
        }
        return Optional.of(of(env));
    }

    /** Creates {@code dir} and any missing parents private (rwx------), as the XDG spec asks of state folders. */
    static void create(Path dir) throws java.io.IOException {
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static boolean explicit(Env env) {
        String state = env.get("XDG_STATE_HOME");
        return state != null && !state.isEmpty() && Path.of(state).isAbsolute();
    }

    private static Path base(Env env) {
        if (explicit(env)) {
            return Path.of(env.get("XDG_STATE_HOME"));
        }
        String home = env.get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".local", "state");
    }
}
