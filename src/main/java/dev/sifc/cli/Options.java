package dev.sifc.cli;

import dev.sifc.core.Verdict;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Enumerations and candidates for the command-line options. */
final class Options {
    private Options() {}

    enum Format { text, json, markdown }

    enum ColorMode { auto, always, never }

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
