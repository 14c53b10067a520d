package dev.sifc;

import dev.sifc.cli.Cli;
import dev.sifc.cli.Env;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.prompt.Rehearsal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the class-data archive the launcher builds (AppCDS on Java 17, the AOT cache on
 * Java 25): runs the common paths once, in one JVM, so that their classes are archived. Batch runs over
 * the bundled examples in every format and both languages, help, every subcommand (the letters, the history
 * and the drafts of a state folder the training runs fill), and the prompts on a virtual terminal. Prints
 * nothing. See docs/performance.md.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) throws IOException {
        // Its own history, in a folder removed afterwards: training must not touch the user's.
        Path state = Files.createTempDirectory("sifc-training-");
        try {
            train(Path.of(args.length > 0 ? args[0] : "examples"), state);
        } finally {
            try (Stream<Path> files = Files.walk(state)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void train(Path examples, Path state) throws IOException {
        Map<String, String> vars = Map.of("LANG", "en_US.UTF-8", "XDG_STATE_HOME", state.toString());
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        List<String[]> runs = new ArrayList<>();
        for (String example : new String[] {"keep", "recalibrate", "fire", "portfolio"}) {
            for (String format : new String[] {"text", "json", "markdown"}) {
                for (String lang : new String[] {"en", "de"}) {
                    runs.add(new String[] {"--answers", examples.resolve(example + ".yaml").toString(), "--format", format,
                        "--lang", lang});
                }
            }
        }
        runs.add(new String[] {"--answers", examples.resolve("fire.json").toString(), "--format", "json"});
        runs.add(new String[] {"--answers", examples.resolve("portfolio.jsonl").toString(), "--format", "json"});
        runs.add(new String[] {"--answers", examples.resolve("partial.yaml").toString()});
        runs.add(new String[] {"--help"});
        runs.add(new String[] {"--version"});
        runs.add(new String[] {"questions", "--format", "json"});
        runs.add(new String[] {"questions"});
        runs.add(new String[] {"template"});
        runs.add(new String[] {"validate", examples.resolve("portfolio.yaml").toString()});
        runs.add(new String[] {"--no-such-option"});
        // The letters: the list, one letter with blanks filled in, in both languages, and a mail draft.
        runs.add(new String[] {"letter"});
        runs.add(new String[] {"letter", "--lang", "de"});
        runs.add(new String[] {"letter", "payment-reminder", "--client", "Nightmare Ltd", "--set", "amount=1200"});
        runs.add(new String[] {"letter", "ending", "--client", "Nightmare Ltd", "--lang", "de"});
        runs.add(new String[] {"letter", "hours", "--client", "Nightmare Ltd", "--format", "eml", "--to", "client@example.com"});
        runs.add(new String[] {"completion", "bash"});
        Env env = new Env(vars, new ByteArrayInputStream(new byte[0]), false, false,
                Path.of("").toAbsolutePath(), (messages, colour) -> {
                    throw new IOException("no terminal while training");
                });
        for (String[] run : runs) {
            Cli.run(env, sink, sink, run);
        }
        // An interview stopped after three answers leaves a draft. The state folder now holds the
        // history the runs above recorded and that draft: history and drafts read a seeded state, as
        // a user's would be.
        Cli.run(new Env(vars, new ByteArrayInputStream("2\n2\n2\n".getBytes(StandardCharsets.UTF_8)), false, false,
                Path.of("").toAbsolutePath(), null), sink, sink, "--client", "Draft Client", "--plain");
        for (String[] run : new String[][] {{"history"}, {"history", "Nightmare Ltd"}, {"history", "--format", "json"},
            {"history", "--lang", "de"}, {"drafts"}, {"drafts", "--format", "json"}}) {
            Cli.run(env, sink, sink, run);
        }
        // The interview's first screens: plain mode from a script, and the arrow-key prompter on a
        // virtual terminal, with the keys queued before each prompt reads them.
        int questions = bundledQuestions();
        Cli.run(new Env(vars, new ByteArrayInputStream("2\n".repeat(questions).getBytes(StandardCharsets.UTF_8)),
                false, false, Path.of("").toAbsolutePath(), null), sink, sink, "--format", "json");
        Rehearsal.interview(questions, terminals -> Cli.run(new Env(Map.of("LANG", "en_US.UTF-8", "TERM", "xterm-256color",
                "XDG_STATE_HOME", state.toString()), new ByteArrayInputStream(new byte[0]), true, true,
                Path.of("").toAbsolutePath(), terminals), sink, sink, "--client", "Training", "--format", "json"));
    }

    /** How many questions a whole interview asks, so that the scripted answers reach the verdict. */
    private static int bundledQuestions() throws IOException {
        String bundled = "/dev/sifc/questions.yaml";
        try (InputStream in = Training.class.getResourceAsStream(bundled)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return QuestionnaireLoader.load(bundled, text).questions().size();
        }
    }
}
