package dev.sifc.core;

/** Where something is in a file: 1-based line and column, as editors count them. */
public record Position(String source, int line, int column) {
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
