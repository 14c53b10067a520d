package dev.sifc.prompt;

import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * One full-screen prompt: plain state, a frame drawn from it, and a key that changes it. Knows no
 * terminal, so a test can drive it with keys and read its frames.
 *
 * @param <T> what the screen ends with
 */
interface Screen<T> {
    /** Which keys the screen reads. */
    KeyMaps.Kind keys();

    /** What the screen shows now, laid out for {@code layout}. */
    List<AttributedString> frame(Layout layout);

    /**
     * Takes a key; the result once the screen is done, else empty (and the next frame shows the change).
     *
     * @param typed the characters of the key (the digit or letter of {@link Key#CHAR}, the text of
     *     {@link Key#PASTE})
     */
    Optional<T> key(Key key, String typed);
}
