package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, checked by bash itself: it parses, and sourcing it completes what users type. */
class CompletionTest {
    @TempDir
    static Path dir;
    static Path script;

    @BeforeAll
    static void generate() throws IOException {
        CliRunner.Result r = new CliRunner().run("completion", "bash");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        script = dir.resolve("should-i-fire-client.bash");
        Files.writeString(script, r.out(), StandardCharsets.UTF_8);
    }

    private static String bash(String... commands) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("bash", "--norc", "--noprofile", "-c", String.join("\n", commands)))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** What pressing Tab after {@code words} offers (the last word is the one being completed). */
    private static List<String> complete(String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        // compopt only works while bash itself runs a completion; here we call the function directly.
        String out = bash("source '" + script + "'",
                "compopt() { :; }",
                "COMP_WORDS=(should-i-fire-client" + array + ")",
                "COMP_CWORD=" + words.length,
                "COMP_LINE=\"${COMP_WORDS[*]}\"",
                "COMP_POINT=${#COMP_LINE}",
                "_complete_should-i-fire-client",
                "printf '%s\\n' \"${COMPREPLY[@]}\"");
        return out.lines().filter(l -> !l.isEmpty()).sorted().toList();
    }

    @Test
    void theScriptIsValidBash() throws Exception {
        assertEquals("", bash("bash -n '" + script + "'"));
        assertEquals("complete -o default -F _complete_should-i-fire-client should-i-fire-client\n",
                bash("source '" + script + "'", "complete -p should-i-fire-client"));
    }

    @Test
    void subcommandsComplete() throws Exception {
        assertTrue(complete("").containsAll(List.of("completion", "help", "history", "questions", "template", "validate")),
                complete("").toString());
        assertEquals(List.of("history", "help"), complete("h").stream().sorted(Comparator.reverseOrder()).toList());
        assertEquals(List.of("bash", "zsh"), complete("completion", ""));
    }

    @Test
    void optionsAndTheirValuesComplete() throws Exception {
        assertTrue(complete("--").containsAll(List.of("--answers", "--format", "--no-history", "--lang", "--client")),
                complete("--").toString());
        assertEquals(List.of("json", "markdown", "text"), complete("--format", ""));
        assertEquals(List.of("de", "en"), complete("--lang", ""));
        assertEquals(List.of("json", "text"), complete("history", "--format", ""));
        assertEquals(List.of("--forget", "--format"), complete("history", "--fo"));
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashcompinit() {
        CliRunner.Result zsh = new CliRunner().run("completion", "zsh");
        assertEquals(0, zsh.code());
        assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit"), zsh.out());
        assertEquals(new CliRunner().run("completion", "bash").out(), zsh.out());
    }

    /**
     * Tab pressed for real, in interactive bash and zsh on a pseudo-terminal: the shells' own
     * completion machinery (zsh through compinit and bashcompinit) runs the script.
     */
    @Test
    void tabCompletesInInteractiveBashAndZsh() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH"), "HOME", dir.toString(),
                "TERM", "xterm-256color", "LANG", "C.UTF-8", "PS1", "$ ", "PROMPT", "%% "));
        try (Pty bash = new Pty(dir, env, 100, 20, "bash", "--norc", "--noprofile", "-i")) {
            bash.type("source '" + script + "'\n");
            bash.type("should-i-fire-client hi\t");
            bash.waitForScreen("should-i-fire-client history ");
            bash.type("--format \t\t");
            bash.waitForScreen("json  text");
        }
        assumeTrue(onPath("zsh"), "zsh is not installed (.ci/run installs it for CI)");
        try (Pty zsh = new Pty(dir, env, 100, 20, "zsh", "-f", "-i")) {
            zsh.type("autoload -U compinit && compinit -u && source '" + script + "'\n");
            zsh.type("should-i-fire-client hi\t");
            zsh.waitForScreen("should-i-fire-client history ");
            zsh.type("--format \t");
            zsh.waitForScreen("json");
        }
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anUnknownShellSaysWhichAreKnown() {
        CliRunner.Result r = new CliRunner().run("completion", "fish");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("should-i-fire-client: invalid value \"fish\" for SHELL; allowed: bash, zsh\n"), r.err());
    }
}
