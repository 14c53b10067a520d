package dev.sifc.cli;

import dev.sifc.prompt.TerminalOpener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Drives the real command line through the same factory as main, with in-memory streams. */
final class CliRunner {
    /** What a run printed and returned. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>(Map.of("LANG", "en_US.UTF-8", "TERM", "xterm-256color"));
    @SuppressWarnings("JavaTimeDefaultTimeZone") // as Env's: the history's dates are the user's local dates
    private Clock clock = Clock.systemDefaultZone();
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private boolean stdinTty;
    private boolean stdoutTty;
    private boolean stderrTty;
    private Path cwd = Path.of("").toAbsolutePath();
    private TerminalOpener terminals = (messages, colour) -> {
        throw new IOException("no terminal in this test");
    };

    /** Each runner has its own state folder (history, drafts) under target/, never the user's. */
    CliRunner() {
        Path state = Path.of("target", "test-state", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            Files.createDirectories(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("XDG_STATE_HOME", state.toString());
    }

    /** The environment a run gets, as the tool sees it. */
    Env env() {
        return new Env(env, stdin, stdinTty, stdoutTty, cwd, terminals, clock, () -> 0, stderrTty, () -> 0);
    }

    /** The folder the tool keeps its history and drafts in, for this runner. */
    Path stateDir() {
        return Path.of(env.get("XDG_STATE_HOME")).resolve("should-i-fire-client");
    }

    CliRunner clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** A fixed clock at noon UTC on {@code date}. */
    CliRunner on(String date) {
        return clock(Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneOffset.UTC));
    }

    CliRunner env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    CliRunner stdin(String text) {
        this.stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    CliRunner stdinStream(InputStream in) {
        this.stdin = in;
        return this;
    }

    CliRunner terminal(boolean in, boolean out) {
        this.stdinTty = in;
        this.stdoutTty = out;
        return this;
    }

    /** Whether stderr is a terminal (its width is COLUMNS then). */
    CliRunner stderrTerminal(boolean tty) {
        this.stderrTty = tty;
        return this;
    }

    CliRunner terminals(TerminalOpener opener) {
        this.terminals = opener;
        return this;
    }

    CliRunner cwd(Path dir) {
        this.cwd = dir;
        return this;
    }

    /** Writes {@code content} to a.yaml in {@code dir} and runs {@code --answers a.yaml} there, plus {@code extra}. */
    Result runWithAnswers(Path dir, String content, String... extra) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), content, StandardCharsets.UTF_8);
        String[] args = new String[extra.length + 2];
        args[0] = "--answers";
        args[1] = "a.yaml";
        System.arraycopy(extra, 0, args, 2, extra.length);
        return cwd(dir).run(args);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(env(), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
