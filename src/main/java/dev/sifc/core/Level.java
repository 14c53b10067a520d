package dev.sifc.core;

import java.util.Locale;

/** How strongly a sign shows. */
public enum Level {
    NONE, MILD, SERIOUS, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean concerning() {
        return this == MILD || this == SERIOUS;
    }
}
