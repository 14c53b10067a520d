package dev.sifc.cli;

import dev.sifc.core.Verdict;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Enumerations, candidates and the shared options of the command line. An option that means
 * something to a few commands only is a mixin here, put on exactly those commands: inheriting it
 * from the root would offer it (in help and completion) where it does nothing.
 */
final class Options {
    private Options() {}

    enum Format { text, json, markdown }

    enum ColorMode { auto, always, never }

    /** The text of a file option as given, or null when not given. */
    static String text(Path file) {
        return file == null ? null : file.toString();
    }

    /** {@code -h}, {@code --help}: on every command; {@code -V} stays the root's alone. */
    static final class Help {
        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
        boolean help;
    }

    /**
     * {@code --questions FILE} on a subcommand that reads the questionnaire. It may also come before
     * the subcommand, as the root's option: the subcommand's own wins.
     */
    static final class Questions {
        // A Path, so that completion offers file names (picocli completes files for File and Path).
        @Option(names = "--questions", paramLabel = "FILE", descriptionKey = "questions")
        Path file;

        String or(RootCommand root) {
            return file != null ? file.toString() : root.questions();
        }
    }

    /** {@code --letters FILE} on a subcommand that reads the letters; as with --questions, its own wins over the root's. */
    static final class Letters {
        @Option(names = "--letters", paramLabel = "FILE", descriptionKey = "letters")
        Path file;

        String or(RootCommand root) {
            return file != null ? file.toString() : root.letters();
        }
    }

    /** {@code --color WHEN} on a subcommand that prints colour; as with --questions, its own wins over the root's. */
    static final class Color {
        @Option(names = "--color", paramLabel = "WHEN", descriptionKey = "color.command")
        ColorMode mode;

        ColorMode or(RootCommand root) {
            return mode != null ? mode : root.color;
        }
    }

    /**
     * The verdicts {@code --fail-on} takes: the judged ones worse than keep, by id in any case, as
     * picocli reads an enum's names.
     */
    static final class FailOnLevels implements ITypeConverter<Verdict.Kind>, Iterable<String> {
        private static final List<Verdict.Kind> LEVELS = Verdict.Kind.JUDGED.stream().filter(k -> k.severity() > 0).toList();

        @Override
        public Verdict.Kind convert(String value) {
            for (Verdict.Kind k : LEVELS) {
                if (k.name().equalsIgnoreCase(value)) {
                    return k;
                }
            }
            throw new TypeConversionException("expected one of " + String.join(", ", this) + " but was '" + value + "'");
        }

        @Override
        public Iterator<String> iterator() {
            return LEVELS.stream().map(Verdict.Kind::id).iterator();
        }
    }

    static final class LangCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("en", "de").iterator();
        }
    }
}
