package dev.sifc.prompt;

import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * The width of the terminal that standard output (or standard error) goes to, asked of the terminal itself (the
 * TIOCGWINSZ ioctl, through JLine's native provider) without opening it: no raw mode, no process,
 * no wait. In its own class, like {@link SystemTerminal}, so that runs into a file or a pipe never
 * load JLine.
 */
public final class TerminalWidth {
    private TerminalWidth() {}

    /** The columns of the terminal on standard output, or 0 when there is none or it cannot tell. */
    public static int stdout() {
        try {
            return Math.max(0, new JniTerminalProvider().systemStreamWidth(SystemStream.Output));
        } catch (RuntimeException | LinkageError e) {
            return 0; // no native support on this platform: the report keeps its usual width
        }
    }

    /** The columns of the terminal on standard error, or 0 when there is none or it cannot tell. */
    public static int stderr() {
        try {
            return Math.max(0, new JniTerminalProvider().systemStreamWidth(SystemStream.Error));
        } catch (RuntimeException | LinkageError e) {
            return 0; // no native support on this platform: messages are not wrapped
        }
    }
}
