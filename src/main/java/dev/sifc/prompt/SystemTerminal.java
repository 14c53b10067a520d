package dev.sifc.prompt;

import dev.sifc.text.Messages;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The real terminal. In its own class so that batch runs never load JLine: only the interview
 * touches this class.
 *
 * <p>Two choices keep the first prompt fast; each saves a process that JLine would otherwise start,
 * about 80 ms apiece: the native (JNI) provider alone, so that nothing runs {@code test -t} to find
 * out whether stdout is a terminal; and JLine's bundled capabilities for the common terminal types,
 * so that nothing runs {@code infocmp}. Other types still ask {@code infocmp}. And no grapheme-cluster
 * mode: asking the terminal whether it supports it (and the other modes probed with it) waits up to
 * 200 ms for terminals that never answer, and the prompts need none of these modes.
 *
 * <p>Signals: JLine would reset SIGINT and SIGTSTP to their default actions, which kill or stop the
 * JVM with the terminal still raw and on the alternate screen. With a handler of its own for every
 * signal, they reach the prompter instead (see {@link FullScreenTerminal}).
 */
public final class SystemTerminal {
    private SystemTerminal() {}

    /** The one way the tool builds its system terminal: the choices above, for the interview and its training run alike. */
    static TerminalBuilder builder() {
        return TerminalBuilder.builder().system(true).name("should-i-fire-client").providers("jni").jni(true).exec(false).ffm(false)
                .graphemeCluster(false).signalHandler(Terminal.SignalHandler.SIG_IGN);
    }

    public static Prompter open(Messages messages, boolean colour, Charset charset) throws IOException {
        String type = System.getenv("TERM");
        if (type != null && InfoCmp.getLoadedInfoCmp(type) == null) {
            String bundled = InfoCmp.getDefaultInfoCmp(type);
            if (bundled != null) {
                InfoCmp.setLoadedInfoCmp(type, bundled);
            }
        }
        Terminal terminal;
        try {
            terminal = builder().dumb(false).encoding(charset).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            // No native support on this platform: let JLine choose among all its providers.
            terminal = TerminalBuilder.builder().system(true).name("should-i-fire-client").encoding(charset)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        }
        // The keys come straight from standard input, in blocks (see TtyReader): the terminal's
        // input is our standard input whichever provider JLine chose.
        TtyReader keys = new TtyReader(new FileInputStream(FileDescriptor.in), terminal.inputEncoding());
        return new TerminalPrompter(terminal, keys, SystemTerminal::stop, messages, colour, true);
    }

    /** How long to wait for SIGCONT after SIGTSTP was sent, in case the system discarded it. */
    private static final long STOP_WAIT_MS = 500;

    /**
     * Stops the process as SIGTSTP does by default, until SIGCONT. Java raises only signals it has a
     * handler for, so the default action is put back for a moment and {@code kill} sends the signal;
     * then the handlers are restored once SIGCONT came. The kernel discards SIGTSTP in an orphaned
     * process group (no shell that could continue us): then, after a short wait, nothing happened.
     */
    private static void stop() {
        Signal tstp = new Signal("TSTP");
        Signal cont = new Signal("CONT");
        CountDownLatch continued = new CountDownLatch(1);
        SignalHandler previousCont = Signal.handle(cont, s -> continued.countDown());
        SignalHandler previous = Signal.handle(tstp, SignalHandler.SIG_DFL);
        try {
            Process kill = new ProcessBuilder("kill", "-TSTP", Long.toString(ProcessHandle.current().pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor() == 0) {
                continued.await(STOP_WAIT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            // no kill command: the process cannot stop itself, so Ctrl-Z just redraws
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Signal.handle(tstp, previous);
            Signal.handle(cont, previousCont);
        }
    }
}
