package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.fail;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.utils.ScreenTerminal;

/**
 * A command running in a real pseudo-terminal. What it prints is rendered on a virtual screen (for
 * what the user sees now) and kept as a transcript without escape sequences (for what scrolled by).
 */
final class Pty implements AutoCloseable {
    private final PtyProcess process;
    private final ScreenTerminal screen;
    private final StringBuilder transcript = new StringBuilder();
    private final StringBuilder raw = new StringBuilder();
    private final Thread pump;

    Pty(Path dir, Map<String, String> env, int columns, int rows, String... command) throws IOException {
        process = new PtyProcessBuilder(command).setDirectory(dir.toString()).setEnvironment(env)
                .setInitialColumns(columns).setInitialRows(rows).setConsole(false).start();
        screen = new ScreenTerminal(columns, rows);
        pump = new Thread(this::pump, "pty-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump() {
        try (Reader r = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            int n;
            while ((n = r.read(buf)) >= 0) {
                String chunk = new String(buf, 0, n);
                synchronized (this) {
                    screen.write(chunk);
                    raw.append(chunk);
                    transcript.append(chunk.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\u001b[=>78]|\r", ""));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    synchronized String screen() {
        return screen.toString();
    }

    synchronized String transcript() {
        return transcript.toString();
    }

    /** Everything printed so far, escape sequences included. */
    synchronized String raw() {
        return raw.toString();
    }

    /** The process id of the command (the shell, when the command is {@code bash -c}). */
    long pid() {
        return process.pid();
    }

    void type(String keys) {
        try {
            process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the screen shows {@code text} and is still; fails showing the screen otherwise. */
    String waitForScreen(String text) {
        return waitFor(text, true);
    }

    /** Waits until the transcript contains {@code text}. */
    String waitForTranscript(String text) {
        return waitFor(text, false);
    }

    private String waitFor(String text, boolean onScreen) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String previous = null;
        while (System.nanoTime() < deadline) {
            String s = onScreen ? screen() : transcript();
            if (s.contains(text) && (!onScreen || s.equals(previous))) {
                return s;
            }
            previous = s;
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("never saw \"" + text + "\"; screen:\n" + screen() + "\ntranscript:\n" + transcript());
    }

    void when(String text, String keys) {
        waitForScreen(text);
        type(keys);
    }

    int waitForExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            fail("still running; screen:\n" + screen());
        }
        pump.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
