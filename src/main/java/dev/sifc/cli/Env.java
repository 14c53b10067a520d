package dev.sifc.cli;

import dev.sifc.prompt.Prompter;
import dev.sifc.prompt.SystemTerminal;
import dev.sifc.prompt.TerminalOpener;
import dev.sifc.prompt.TerminalWidth;
import dev.sifc.text.Glyphs;
import dev.sifc.text.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Everything the tool takes from its surroundings, so that tests can supply their own: environment
 * variables, stdin, whether stdin and stdout are terminals, the working directory, and the terminal
 * the interview runs on, the clock (for the history's dates), and how to ask the terminal on stdout
 * for its width (0 when it cannot tell; asked only when a report goes to a terminal); the same for
 * stderr, whose messages wrap to its width when it is a terminal.
 */
public record Env(Map<String, String> vars, InputStream stdin, boolean stdinTty, boolean stdoutTty, Path cwd,
        TerminalOpener terminals, Clock clock, IntSupplier terminalColumns, boolean stderrTty, IntSupplier stderrTerminalColumns) {
    public Env {
        vars = Map.copyOf(vars);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(terminalColumns, "terminalColumns");
        Objects.requireNonNull(stderrTerminalColumns, "stderrTerminalColumns");
    }

    /** An environment whose stderr is no terminal. */
    public Env(Map<String, String> vars, InputStream stdin, boolean stdinTty, boolean stdoutTty, Path cwd,
            TerminalOpener terminals, Clock clock, IntSupplier terminalColumns) {
        this(vars, stdin, stdinTty, stdoutTty, cwd, terminals, clock, terminalColumns, false, NoWidth.INSTANCE);
    }

    /** An environment whose terminal cannot tell its width: only COLUMNS can (as in most tests). */
    public Env(Map<String, String> vars, InputStream stdin, boolean stdinTty, boolean stdoutTty, Path cwd,
            TerminalOpener terminals, Clock clock) {
        this(vars, stdin, stdinTty, stdoutTty, cwd, terminals, clock, NoWidth.INSTANCE);
    }

    /** An environment with the system clock in the default time zone. */
    public Env(Map<String, String> vars, InputStream stdin, boolean stdinTty, boolean stdoutTty, Path cwd,
            TerminalOpener terminals) {
        this(vars, stdin, stdinTty, stdoutTty, cwd, terminals, new LocalClock(), NoWidth.INSTANCE);
    }

    /**
     * The real process environment. The launcher tells us about terminals, since Java 17 cannot; about
     * a standard descriptor that was closed (it reopened it on /dev/null); and, when it ran the JVM
     * under a UTF-8 locale of its own, about the user's locale, which still chooses the language.
     */
    public static Env system() {
        boolean console = hasConsole();
        InputStream stdin = flag("sifc.stdin.closed", false) ? new ClosedStdin() : System.in;
        return new Env(userVariables(System.getenv(), System.getProperty("sifc.user.locale")), stdin,
                flag("sifc.stdin.tty", console), flag("sifc.stdout.tty", console), Path.of("").toAbsolutePath(),
                new SystemTerminals(), new LocalClock(), new StdoutWidth(), flag("sifc.stderr.tty", console), new StderrWidth());
    }

    /*
     * The ones below are classes, not lambdas: they are made on every run, before anything else, and
     * the first lambda of a run costs a cold start some milliseconds of method-handle machinery.
     */

    /**
     * The real terminal, with its own charset and ASCII stand-ins for the glyphs it lacks: the JVM
     * itself may run under a UTF-8 locale that the launcher chose, so JLine must not guess from it.
     */
    private static final class SystemTerminals implements TerminalOpener {
        @Override
        public Prompter open(Messages messages, boolean colour) throws IOException {
            return SystemTerminal.open(messages, colour, terminalCharset());
        }
    }

    /** Asks the terminal on stdout for its width (which loads JLine's native part: only when asked). */
    private static final class StdoutWidth implements IntSupplier {
        @Override
        public int getAsInt() {
            return TerminalWidth.stdout();
        }
    }

    /** Asks the terminal on stderr for its width: only when a message is written to it. */
    private static final class StderrWidth implements IntSupplier {
        @Override
        public int getAsInt() {
            return TerminalWidth.stderr();
        }
    }

    /** A terminal that cannot tell its width. */
    private enum NoWidth implements IntSupplier {
        INSTANCE;

        @Override
        public int getAsInt() {
            return 0;
        }
    }

    /**
     * The system clock in the default time zone, which is looked up only when a date is asked for:
     * finding it reads the time-zone database, some milliseconds at start-up, and most runs that
     * print a report without a history ask for no date at all. The history's dates are the user's
     * local dates, so the default zone is the right one.
     */
    static final class LocalClock extends Clock {
        private ZoneId zone;

        @Override
        @SuppressWarnings("JavaTimeDefaultTimeZone") // on purpose: the history's dates are the user's local dates
        public synchronized ZoneId getZone() {
            if (zone == null) {
                zone = ZoneId.systemDefault();
            }
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.system(other);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }

    /**
     * The variables as the user set them. The launcher may run the JVM under {@code LC_ALL=C.UTF-8}, so
     * that Java decodes names as UTF-8; then {@code userLocale} is what the user's own LC_ALL,
     * LC_MESSAGES or LANG said (the first one set, or empty), and it takes LC_ALL's place.
     */
    static Map<String, String> userVariables(Map<String, String> vars, String userLocale) {
        if (userLocale == null) {
            return vars;
        }
        Map<String, String> copy = new HashMap<>(vars);
        copy.remove("LC_ALL");
        if (!userLocale.isEmpty()) {
            copy.put("LC_ALL", userLocale);
        }
        return copy;
    }

    /**
     * The stream for standard output: the real one, or, when the launcher found descriptor 1 closed,
     * one whose every write fails, so that the run reports it like any failed write.
     */
    public static OutputStream systemOut() {
        if (flag("sifc.stdout.closed", false)) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("standard output is closed");
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    throw new IOException("standard output is closed");
                }
            };
        }
        return new FileOutputStream(FileDescriptor.out);
    }

    /** How to encode standard output: for the terminal when it is one, else UTF-8 (data stays UTF-8). */
    public static Charset stdoutCharset() {
        return flag("sifc.stdout.tty", hasConsole()) ? terminalCharset() : StandardCharsets.UTF_8;
    }

    /** How to encode standard error: for the terminal when it is one, else UTF-8. */
    public static Charset stderrCharset() {
        return flag("sifc.stderr.tty", hasConsole()) ? terminalCharset() : StandardCharsets.UTF_8;
    }

    /**
     * The terminal's charset, with ASCII stand-ins for what it lacks ({@link Glyphs}): the codeset of
     * the user's locale, which the launcher passes on when it is not UTF-8; without the launcher, the
     * JVM's own. The C locale's ASCII counts as UTF-8, as it did before.
     */
    public static Charset terminalCharset() {
        String codeset = System.getProperty("sifc.terminal.charset");
        if (codeset == null) {
            codeset = System.getProperty("native.encoding", "UTF-8");
            if (codeset.equals("UTF-8") || Glyphs.forCodeset(codeset).equals(StandardCharsets.US_ASCII)) {
                return StandardCharsets.UTF_8; // the common case, without loading the stand-ins
            }
        }
        return Glyphs.withFallbacks(Glyphs.forCodeset(codeset));
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
        return (v == null || v.isEmpty()) ? fallback : (v.equals("1") || v.equals("true"));
    }

    /** Whether the JVM has a console, which on Java 17 means stdin and stdout are terminals. */
    @SuppressWarnings("SystemConsoleNull") // Java 17 is the target, where null means "not a terminal"
    private static boolean hasConsole() {
        return System.console() != null;
    }

    public String get(String name) {
        return vars.get(name);
    }

    /**
     * Resolves a path the user gave against the working directory. A working folder whose name is not
     * valid UTF-8 cannot be spelled in Java (U+FFFD stands where its bytes were, and Java resolves
     * relative names against that spelling), so a relative name there is refused with the reason.
     */
    public Path path(String arg) {
        if (cwd.toString().indexOf('\uFFFD') >= 0 && !Path.of(arg).isAbsolute()) {
            throw UserException.invalid("error.cwd.encoding", arg);
        }
        return cwd.resolve(arg);
    }

    /**
     * The width of the terminal on standard output, in columns, or 0 when stdout is no terminal or
     * its width is unknown. COLUMNS, when exported as a positive number, wins, as POSIX says it
     * should; otherwise the terminal is asked.
     */
    public int stdoutColumns() {
        if (!stdoutTty) {
            return 0;
        }
        String columns = vars.get("COLUMNS");
        if (columns != null && columns.matches("[0-9]{1,5}") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        return terminalColumns.getAsInt();
    }

    /**
     * The width of the terminal on standard error, as {@link #stdoutColumns} for stdout: 0 when
     * stderr is no terminal (a pipe, a file) or its width is unknown; else COLUMNS, or the terminal's.
     */
    public int stderrColumns() {
        if (!stderrTty) {
            return 0;
        }
        int columns = columns(vars.get("COLUMNS"));
        return columns > 0 ? columns : stderrTerminalColumns.getAsInt();
    }

    private static int columns(String columns) {
        return columns != null && columns.matches("[0-9]{1,5}") ? Integer.parseInt(columns) : 0;
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
