package dev.sifc.cli;

import dev.sifc.core.Verdict;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Enumerations, candidates and the shared options of the command line, built with picocli's
 * programmatic API: no annotation is read at start-up (reading them cost a cold start tens of
 * milliseconds of reflection and annotation proxies). An option that means something to a few
 * commands only is a shared builder here, put on exactly those commands: inheriting it from the
 * root would offer it (in help and completion) where it does nothing. Each option's help text is
 * the bundle's key named by its description key, or its longest name without dashes.
 */
final class Options {
    private Options() {}

    enum Format { text, json, markdown }

    enum ColorMode { auto, always, never }

    /** The text of a file option as given, or null when not given. */
    static String text(Path file) {
        return file == null ? null : file.toString();
    }

    /** An option that takes a value of {@code type}, shown as {@code label}. */
    static OptionSpec.Builder option(String name, String label, Class<?> type) {
        return OptionSpec.builder(name).paramLabel(label).type(type);
    }

    /** An option without a value. */
    static OptionSpec.Builder flag(String... names) {
        return OptionSpec.builder(names).type(boolean.class);
    }

    /**
     * A file option. Files are Paths, so that completion offers file names (picocli completes files
     * for File and Path).
     */
    static OptionSpec.Builder file(String name) {
        return option(name, "FILE", Path.class);
    }

    /** One positional parameter of {@code type}; required when {@code arity} asks for at least one value. */
    static PositionalParamSpec.Builder positional(String label, String arity, Class<?> type, String descriptionKey) {
        return PositionalParamSpec.builder().paramLabel(label).arity(arity).required(!arity.startsWith("0")).type(type)
                .descriptionKey(descriptionKey);
    }

    /** {@code -h}, {@code --help}: on every command; {@code -V} stays the root's alone. */
    static OptionSpec help() {
        return flag("-h", "--help").usageHelp(true).descriptionKey("mixinStandardHelpOptions.help").build();
    }

    /**
     * {@code --questions FILE} on a subcommand that reads the questionnaire. It may also come before
     * the subcommand, as the root's option: the subcommand's own wins ({@link #questions(CommandSpec, RootCommand)}).
     */
    static OptionSpec questions() {
        return file("--questions").descriptionKey("questions").build();
    }

    static String questions(CommandSpec spec, RootCommand root) {
        String file = file(spec, "--questions");
        return file != null ? file : root.questions();
    }

    /** {@code --letters FILE} on a subcommand that reads the letters; as with --questions, its own wins over the root's. */
    static OptionSpec letters() {
        return file("--letters").descriptionKey("letters").build();
    }

    static String letters(CommandSpec spec, RootCommand root) {
        String file = file(spec, "--letters");
        return file != null ? file : root.letters();
    }

    /** {@code --color WHEN} on a subcommand that prints colour; as with --questions, its own wins over the root's. */
    static OptionSpec color() {
        return option("--color", "WHEN", ColorMode.class).descriptionKey("color.command").build();
    }

    static ColorMode color(CommandSpec spec, RootCommand root) {
        ColorMode mode = value(spec, "--color", ColorMode.class);
        return mode != null ? mode : root.color();
    }

    /** The value of {@code spec}'s option {@code name} after parsing: what was given, its default, or null. */
    static <T> T value(CommandSpec spec, String name, Class<T> type) {
        return type.cast(spec.findOption(name).getValue());
    }

    /** The text of {@code spec}'s option {@code name}, or null. */
    static String string(CommandSpec spec, String name) {
        return value(spec, name, String.class);
    }

    /** The file of {@code spec}'s file option {@code name} as given, or null. */
    static String file(CommandSpec spec, String name) {
        return text(value(spec, name, Path.class));
    }

    /** Whether {@code spec}'s option {@code name} without a value was given. */
    static boolean given(CommandSpec spec, String name) {
        return Boolean.TRUE.equals(spec.findOption(name).getValue());
    }

    /** The value of {@code spec}'s first positional parameter after parsing, or null. */
    static <T> T positional(CommandSpec spec, Class<T> type) {
        return type.cast(spec.positionalParameters().get(0).getValue());
    }

    /** The values of a multi-value option or parameter, each as text; empty when none was given. */
    static List<String> texts(ArgSpec arg) {
        List<?> values = arg.getValue();
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
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
