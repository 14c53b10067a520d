package dev.sifc.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Everything the tool takes from its surroundings, so that tests can supply their own: environment
 * variables, stdin, whether stdin and stdout are terminals, the working directory, and the terminal
 * the interview runs on, and the clock (for the history's dates).
 */
public record Env(Map<String, String> vars, InputStream stdin, boolean stdinTty, boolean stdoutTty, Path cwd,
        TerminalOpener terminals, Clock clock) {
    public Env {
        vars = Map.copyOf(vars);
        java.util.Objects.requireNonNull(clock, "clock");
    }

    /** An environment with the system clock in the default time zone. */
    public Env(Map<String, String> vars, InputStream stdin, boolean stdinTty, boolean stdoutTty, Path cwd,
            TerminalOpener terminals) {
        this(vars, stdin, stdinTty, stdoutTty, cwd, terminals, Clock.systemDefaultZone());
    }

    /**
     * The real process environment. The launcher tells us about terminals, since Java 17 cannot; about
     * a standard descriptor that was closed (it reopened it on /dev/null).
     */
    public static Env system() {
        boolean console = System.console() != null;
        InputStream stdin = flag("sifc.stdin.closed", false) ? new ClosedStdin() : System.in;
        return new Env(System.getenv(), stdin,
                flag("sifc.stdin.tty", console), flag("sifc.stdout.tty", console), Path.of("").toAbsolutePath(),
                SystemTerminal::open);
    }

    /**
     * The stream for standard output: the real one, or, when the launcher found descriptor 1 closed,
     * one whose every write fails, so that the run reports it like any failed write.
     */
    public static java.io.OutputStream systemOut() {
        if (flag("sifc.stdout.closed", false)) {
            return new java.io.OutputStream() {
                @Override
                public void write(int b) throws java.io.IOException {
                    throw new java.io.IOException("standard output is closed");
                }

                @Override
                public void write(byte[] b, int off, int len) throws java.io.IOException {
                    throw new java.io.IOException("standard output is closed");
                }
            };
        }
        return new java.io.FileOutputStream(java.io.FileDescriptor.out);
    }

    /** Standard input that the launcher found closed: any read is a clear error (exit 2), wherever it is. */
    static final class ClosedStdin extends InputStream {
        @Override
        public int read() {
            throw UserException.invalid("error.stdin.closed");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            throw UserException.invalid("error.stdin.closed");
        }

        @Override
        public int available() {
            return 0;
        }
    }

    private static boolean flag(String property, boolean fallback) {
        String v = System.getProperty(property);
        return v == null || v.isEmpty() ? fallback : v.equals("1") || v.equals("true");
    }

    public String get(String name) {
        return vars.get(name);
    }

    /** Resolves a path the user gave against the working directory. */
    public Path path(String arg) {
        return cwd.resolve(arg);
    }

    /** NO_COLOR set to anything non-empty turns colour off (https://no-color.org). */
    public boolean noColor() {
        String v = vars.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    /** A terminal that cannot move the cursor: TERM unset or dumb. */
    public boolean dumbTerminal() {
        String term = vars.get("TERM");
        return term == null || term.isEmpty() || term.equals("dumb");
    }
}
