package dev.sifc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment the integration tests run the launcher in: the test's folder as HOME and state
 * folder, nothing of the user's (no history, no drafts, no locale of theirs), and the same Java.
 */
final class LaunchEnv {
    private LaunchEnv() {}

    /** PATH, HOME and XDG_STATE_HOME under {@code dir} (created), JAVA_HOME if set, and LANG={@code lang}. */
    static Map<String, String> in(Path dir, String lang) throws IOException {
        Files.createDirectories(dir.resolve("state"));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.toString());
        env.put("XDG_STATE_HOME", dir.resolve("state").toString());
        env.put("LANG", lang);
        if (System.getenv("JAVA_HOME") != null) {
            env.put("JAVA_HOME", System.getenv("JAVA_HOME"));
        }
        return env;
    }
}
