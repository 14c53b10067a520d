package dev.sifc.cli;

/** The exit codes, stable for scripts. Documented in --help and the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int INVALID = 2;
    public static final int FAIL_ON = 3;
    /** The output could not be written: standard output is a full disk, closed, or failed otherwise. */
    public static final int OUTPUT = 4;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
