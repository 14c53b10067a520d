package dev.sifc.core;

import java.util.Objects;
import java.util.function.UnaryOperator;

/** A text in English and German. */
public record LocalText(String en, String de) {
    public LocalText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(de, "de");
    }

    public static LocalText of(String both) {
        return new LocalText(both, both);
    }

    public String get(Lang lang) {
        return lang == Lang.DE ? de : en;
    }

    /** Applies the same transformation to both languages. */
    public LocalText mapBoth(UnaryOperator<String> f) {
        return new LocalText(f.apply(en), f.apply(de));
    }
}
