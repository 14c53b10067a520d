package dev.sifc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version and commit from the build, with the Java runtime, for bug reports. */
final class VersionProvider implements CommandLine.IVersionProvider {
    private static Properties build() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/sifc/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": the version line must never fail
        }
        return p;
    }

    /** A property the build filled in, or null when it could not (no git, an unfiltered resource). */
    private static String filled(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() || v.startsWith("${") ? null : v.strip();
    }

    /** "commit 1a2b3c4d5e6f, 2026-11-27", with "+ local changes" when built from a modified tree. */
    static String commit(Properties p) {
        String id = filled(p, "commit");
        if (id == null) {
            return "commit unknown";
        }
        String date = filled(p, "commitDate");
        return "commit " + id + (date != null ? ", " + date : "") + ("true".equals(filled(p, "dirty")) ? ", with local changes" : "");
    }

    @Override
    public String[] getVersion() {
        Properties p = build();
        String v = filled(p, "version");
        return new String[] {
            "should-i-fire-client " + (v == null ? "unknown" : v) + " (" + commit(p) + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.vm.name") + ")"
        };
    }
}
