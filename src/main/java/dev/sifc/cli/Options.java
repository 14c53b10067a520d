package dev.sifc.cli;

import java.util.Iterator;
import java.util.List;

/** Enumerations and candidates for the command-line options. */
final class Options {
    private Options() {}

    enum Format { text, json, markdown }

    enum ColorMode { auto, always, never }

    enum FailOn {
        recalibrate(1), fire(2);

        final int severity;

        FailOn(int severity) {
            this.severity = severity;
        }
    }

    static final class LangCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("en", "de").iterator();
        }
    }
}
