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

    /** The real process environment. The launcher tells us about terminals, since Java 17 cannot. */
    public static Env system() {
        boolean console = System.console() != null;
        return new Env(System.getenv(), System.in,
                flag("sifc.stdin.tty", console), flag("sifc.stdout.tty", console), Path.of("").toAbsolutePath(),
                SystemTerminal::open);
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
