package dev.sifc.cli;

import dev.sifc.prompt.Prompter;
import dev.sifc.prompt.TerminalPrompter;
import dev.sifc.render.Messages;
import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

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
 */
final class SystemTerminal {
    private SystemTerminal() {}

    static Prompter open(Messages messages, boolean colour) throws IOException {
        String type = System.getenv("TERM");
        if (type != null && InfoCmp.getLoadedInfoCmp(type) == null) {
            String bundled = InfoCmp.getDefaultInfoCmp(type);
            if (bundled != null) {
                InfoCmp.setLoadedInfoCmp(type, bundled);
            }
        }
        // The terminal's own charset, with ASCII stand-ins for the glyphs it lacks: the JVM itself may
        // run under a UTF-8 locale that the launcher chose, so JLine must not guess from it.
        java.nio.charset.Charset charset = Env.terminalCharset();
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).name("should-i-fire-client").providers("jni").jni(true).exec(false).ffm(false).dumb(false)
                    .graphemeCluster(false).encoding(charset).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            // No native support on this platform: let JLine choose among all its providers.
            terminal = TerminalBuilder.builder().system(true).name("should-i-fire-client").encoding(charset).build();
        }
        return new TerminalPrompter(terminal, messages, colour, true);
    }
}
