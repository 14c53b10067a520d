package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sifc.Main;
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

    /** Each shell gets its own header, whose install steps are the README's; the body is the same. */
    @Test
    void eachShellGetsItsOwnHeaderWithTheReadmesSteps() throws Exception {
        String bashScript = new CliRunner().run("completion", "bash").out();
        CliRunner.Result zsh = new CliRunner().run("completion", "zsh");
        assertEquals(0, zsh.code(), zsh::toString);
        assertTrue(bashScript.startsWith("#!/usr/bin/env bash\n# Tab completion for should-i-fire-client in bash, made by"),
                bashScript.substring(0, 200));
        assertTrue(zsh.out().startsWith("#compdef should-i-fire-client\n# Tab completion for should-i-fire-client in zsh, made by"),
                zsh.out().substring(0, 200));
        for (String script : List.of(bashScript, zsh.out())) {
            assertFalse(script.contains("Bash Completion") || script.contains("bash_profile") || script.contains("see ["), script);
        }
        String readme = Files.readString(Path.of("README.md"));
        for (String step : List.of("source <(should-i-fire-client completion bash)",
                "should-i-fire-client completion bash > ~/.local/share/bash-completion/completions/should-i-fire-client")) {
            assertTrue(bashScript.contains("#   " + step + "\n") && readme.contains(step), step);
        }
        assertTrue(zsh.out().contains("#   source <(should-i-fire-client completion zsh)\n")
                && readme.contains("source <(should-i-fire-client completion zsh)"), zsh.out());
        assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit"), zsh.out());
        String body = "if [ -n \"$BASH_VERSION\" ]; then";
        assertEquals(bashScript.substring(bashScript.indexOf(body)), zsh.out().substring(zsh.out().indexOf(body)));
        CliRunner.Result de = new CliRunner().run("--lang", "de", "completion", "zsh");
        assertTrue(de.out().startsWith("#compdef should-i-fire-client\n# Tab-Vervollständigung für should-i-fire-client in zsh"),
                de.out().substring(0, 200));
        assumeTrue(onPath("zsh"), "zsh is not installed (.ci/run installs it for CI)");
        Path zshScript = dir.resolve("should-i-fire-client.zsh");
        Files.writeString(zshScript, zsh.out(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("zsh", "-n", zshScript.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("", out);
    }

    @Test
    void filesCompleteWhereFilesGo() throws Exception {
        Files.writeString(dir.resolve("acme answers.yaml"), "answers: {}\n");
        String script = Files.readString(CompletionTest.script);
        for (String function : List.of("_picocli_should-i-fire-client", "_picocli_should-i-fire-client_validate",
                "_picocli_should-i-fire-client_questions", "_picocli_should-i-fire-client_template",
                "_picocli_should-i-fire-client_history")) {
            String body = script.substring(script.indexOf("function " + function + "() {"));
            body = body.substring(0, body.indexOf("\n}\n"));
            assertTrue(body.contains("compgen -f"), function + " completes no files:\n" + body);
        }
        String prefix = dir.resolve("acme").toString();
        String file = dir.resolve("acme answers.yaml").toString();
        assertEquals(List.of(file), complete("--answers", prefix));
        assertEquals(List.of(file), complete("--questions", prefix));
        assertEquals(List.of(file), complete("--save-answers", prefix));
        assertEquals(List.of(file), complete("validate", prefix));
        assertEquals(List.of(file), complete("validate", "--allow-missing", file, prefix));
        assertEquals(List.of(file), complete(prefix)); // the answers file without --answers
        assertEquals(List.of(), complete("--client", prefix)); // a name is no file
    }

    @Test
    void valuesCompleteForEveryOptionThatHasAFewAllowed() throws Exception {
        assertEquals(List.of("fire", "recalibrate"), complete("--fail-on", ""));
        assertEquals(List.of("always", "auto", "never"), complete("--color", ""));
        assertEquals(List.of("always", "auto", "never"), complete("history", "--color", ""));
        assertEquals(List.of("de", "en"), complete("questions", "--lang", ""));
        assertEquals(List.of("json", "text"), complete("questions", "--format", ""));
    }

    /** Each command offers its own options: none that mean nothing there, -V only at the root. */
    @Test
    void eachCommandOffersOnlyItsOwnOptions() throws Exception {
        assertEquals(List.of("--debug", "--help", "--lang", "-h"), complete("completion", "-"));
        assertEquals(List.of("--debug", "--help", "--lang", "--questions", "-h"), complete("template", "-"));
        assertTrue(complete("-").containsAll(List.of("-V", "--version")), complete("-").toString());
        assertFalse(complete("history", "-").contains("-V"), complete("history", "-").toString());
        assertFalse(complete("completion", "--").contains(CompletionScript.CLIENTS_OPTION), "the hidden option stays hidden");
    }

    /**
     * The tool run from the compiled classes, under its own name, for the script to ask at completion
     * time (the launcher would build the jar: these tests run before it exists).
     */
    private static Path toolOnPath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = bin.resolve("should-i-fire-client");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(tool, "#!/bin/sh\nexec '" + java + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
        tool.toFile().setExecutable(true);
        return bin;
    }

    /**
     * Tab pressed for real, in interactive bash and zsh on a pseudo-terminal: the shells' own
     * completion machinery (zsh through compinit and bashcompinit) runs the script, which asks the
     * tool for the names in the history.
     */
    @Test
    void tabCompletesInInteractiveBashAndZsh() throws Exception {
        CliRunner runner = new CliRunner();
        runner.run("--answers", "examples/fire.yaml", "--client", "ACME GmbH");
        runner.run("--answers", "examples/keep.yaml", "--client", "Bäckerei Müller");
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("acme answers.yaml"), "answers: {}\n");
        Map<String, String> env = new HashMap<>(Map.of("PATH", toolOnPath() + File.pathSeparator + System.getenv("PATH"),
                "HOME", dir.toString(), "TERM", "xterm-256color", "LANG", "C.UTF-8", "PS1", "$ ", "PROMPT", "%% ",
                "XDG_STATE_HOME", runner.stateDir().getParent().toString()));
        try (Pty bash = new Pty(work, env, 100, 20, "bash", "--norc", "--noprofile", "-i")) {
            bash.type("source '" + script + "'\n");
            bash.type("should-i-fire-client hi\t");
            bash.waitForScreen("should-i-fire-client history ");
            bash.type("--format \t\t");
            bash.waitForScreen("json  text");
            bash.type("\u0015should-i-fire-client --answers acme\t");
            bash.waitForScreen("$ should-i-fire-client --answers acme\\ answers.yaml ");
            bash.type("\u0015should-i-fire-client history AC\t");
            bash.waitForScreen("$ should-i-fire-client history ACME\\ GmbH ");
            bash.type("\u0015should-i-fire-client history --forget B\t");
            bash.waitForScreen("$ should-i-fire-client history --forget Bäckerei\\ Müller ");
        }
        assumeTrue(onPath("zsh"), "zsh is not installed (.ci/run installs it for CI)");
        try (Pty zsh = new Pty(work, env, 100, 20, "zsh", "-f", "-i")) {
            // As the README says: one line in ~/.zshrc, nothing else (the script loads compinit itself).
            zsh.type("source <(should-i-fire-client completion zsh)\n");
            zsh.type("should-i-fire-client hi\t");
            zsh.waitForScreen("should-i-fire-client history ");
            zsh.type("--format \t");
            zsh.waitForScreen("json");
            zsh.type("\u0015should-i-fire-client acme\t");
            zsh.waitForScreen("should-i-fire-client acme\\ answers.yaml ");
            zsh.type("\u0015should-i-fire-client history --forget AC\t");
            zsh.waitForScreen(" should-i-fire-client history --forget ACME\\ GmbH ");
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
