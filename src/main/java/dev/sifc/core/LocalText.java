package dev.sifc.core;

import java.util.Objects;

/** A text in English and German. */
public record LocalText(String en, String de) {
    public LocalText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(de, "de");
    }

    public String get(Lang lang) {
        return lang == Lang.DE ? de : en;
    }
}
