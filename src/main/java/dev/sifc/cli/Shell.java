package dev.sifc.cli;

/** Words as a POSIX shell needs them, for the commands the tool suggests (resume a draft, validate a file). */
final class Shell {
    private Shell() {}

    /** {@code s} as it is when a shell reads it unchanged, else in single quotes. */
    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./@%+=:,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
