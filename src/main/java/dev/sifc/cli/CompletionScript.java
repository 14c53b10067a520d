package dev.sifc.cli;

import dev.sifc.core.ClientHistory;
import dev.sifc.store.HistoryFile;
import dev.sifc.store.StateDir;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.util.List;

/**
 * The completion script: picocli's AutoComplete writes it from the same command model the tool
 * parses with, so it never falls behind the options, and it completes files where the model has
 * File or Path values. Three things picocli cannot know are added here: a header of our own for
 * each shell (picocli's says "Bash Completion" with install steps that are not ours), and the
 * names of the recorded clients after {@code history} and {@code history --forget}, which exist
 * only at completion time: the script asks the tool for them ({@link #CLIENTS_OPTION}).
 */
final class CompletionScript {
    /** The hidden option of {@code completion} that prints the recorded client names, one per line. */
    static final String CLIENTS_OPTION = "--clients";

    private final String name;
    private final Messages messages;

    CompletionScript(String name, Messages messages) {
        this.name = name;
        this.messages = messages;
    }

    /** The names of the clients in the history, as first written; none when there is no history to read. */
    static List<String> clientNames(Env env) {
        try {
            ClientHistory.Collector collector = new ClientHistory.Collector();
            new HistoryFile(StateDir.resolve(env.vars())).read(collector::accept);
            return collector.result(ClientHistory.BY_NAME).stream().map(ClientHistory::name).toList();
        } catch (IOException e) { // FileErrors.Refused included: Tab must never print an error into the line being typed
            return List.of();
        }
    }

    /**
     * The script for bash or zsh, from picocli's {@code bash} script. {@code helpTopics}: the commands
     * {@code help} takes, which picocli offers only for its own annotated help command.
     */
    String script(String bash, boolean zsh, List<String> helpTopics) {
        // picocli's header ends where the code starts; its notes point into that header's references.
        String body = cut(bash, "if [ -n \"$BASH_VERSION\" ]; then\n").replaceAll(" \\(see \\[\\d+\\]\\)", "");
        body = insertBefore(body, "# Bash completion entry point function.\n", clientsFunction());
        String history = "function _picocli_" + name + "_history() {\n";
        int start = at(body, history);
        int end = body.indexOf("\n}\n", start);
        String f = body.substring(start, end);
        f = replace(f, "    '--forget')\n      return\n      ;;\n",
                "    '--forget')\n      _" + name + "_clients\n      return 0\n      ;;\n");
        f = replace(f, "  else\n    local positionals=\"\"\n",
                "  else\n    _" + name + "_clients\n    return 0\n    local positionals=\"\"\n");
        body = body.substring(0, start) + f + body.substring(end);
        String help = "function _picocli_" + name + "_help() {\n";
        start = at(body, help);
        end = body.indexOf("\n}\n", start);
        f = replace(body.substring(start, end), "  local commands=\"\"\n", "  local commands=\"" + String.join(" ", helpTopics) + "\"\n");
        body = body.substring(0, start) + f + body.substring(end);
        return header(zsh) + body;
    }

    private String header(boolean zsh) {
        String shell = zsh ? "zsh" : "bash";
        StringBuilder h = new StringBuilder(zsh ? "#compdef " + name + "\n" : "#!/usr/bin/env bash\n");
        String text = messages.get("completion.script." + shell, name).replace("%n", "\n");
        for (String line : text.split("\n", -1)) {
            h.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        return h.append('\n').toString();
    }

    /**
     * Sets COMPREPLY to the recorded names that begin with the word being completed, each quoted for
     * the command line ("ACME\ GmbH"). The names come from the tool that is being completed.
     */
    private String clientsFunction() {
        return "# The recorded client names that begin with the word being completed, quoted for the command line.\n"
                + "function _" + name + "_clients() {\n"
                + "  local curr_word=${COMP_WORDS[COMP_CWORD]}\n"
                + "  local IFS=$'\\n'\n"
                + "  local client quoted\n"
                + "  COMPREPLY=()\n"
                + "  for client in $(\"${COMP_WORDS[0]}\" completion bash " + CLIENTS_OPTION + " 2>/dev/null); do\n"
                + "    if [[ \"$client\" == \"$curr_word\"* ]]; then\n"
                + "      printf -v quoted %q \"$client\"\n"
                + "      COMPREPLY+=(\"$quoted\")\n"
                + "    fi\n"
                + "  done\n"
                + "}\n\n";
    }

    /** {@code s} from {@code marker} on; fails the build's tests, not a user, if picocli changes. */
    private static String cut(String s, String marker) {
        return s.substring(at(s, marker));
    }

    private static String insertBefore(String s, String marker, String text) {
        int i = at(s, marker);
        return s.substring(0, i) + text + s.substring(i);
    }

    private static String replace(String s, String what, String with) {
        at(s, what);
        return s.replace(what, with);
    }

    private static int at(String s, String marker) {
        int i = s.indexOf(marker);
        if (i < 0) {
            throw new IllegalStateException("picocli's completion script has no \"" + marker.strip() + "\"");
        }
        return i;
    }
}
