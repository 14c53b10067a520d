package dev.sifc.prompt;

import dev.sifc.text.Words;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The keys of the full-screen prompts, one map for each kind of screen. Arrow keys are bound as the
 * terminal sends them (keypad mode changes them) and as the common terminals do; help, skip and
 * back are the one-character {@link Words}.
 */
final class KeyMaps {
    /** Which keys a screen reads. */
    enum Kind {
        /** A list: arrows, j/k and digits move, letters are keys. */
        LIST,
        /** A number: digits and most characters are typed, the key letters are still keys. */
        NUMBER,
        /** Text (the client's name): every character is typed, and a paste is text. */
        TEXT
    }

    static final String PASTE_START = "\033[200~";
    static final String PASTE_END = "\033[201~";

    private final Map<Kind, KeyMap<Key>> maps = new EnumMap<>(Kind.class);

    KeyMaps(Terminal terminal) {
        maps.put(Kind.LIST, build(terminal, false, false));
        maps.put(Kind.NUMBER, build(terminal, true, false));
        maps.put(Kind.TEXT, build(terminal, true, true));
    }

    KeyMap<Key> get(Kind kind) {
        return maps.get(kind);
    }

    private static KeyMap<Key> build(Terminal terminal, boolean typing, boolean text) {
        KeyMap<Key> map = new KeyMap<>();
        map.setAmbiguousTimeout(100);
        map.setNomatch(Key.IGNORE);
        map.setUnicode(text ? Key.CHAR : Key.IGNORE);
        if (typing) {
            for (char c = ' '; c <= '~'; c++) {
                map.bind(Key.CHAR, Character.toString(c));
            }
            map.bind(Key.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        } else {
            for (char c = '0'; c <= '9'; c++) {
                map.bind(Key.CHAR, Character.toString(c));
            }
            bind(terminal, map, Key.UP, Capability.key_up, "\033[A", "\033OA", "k");
            bind(terminal, map, Key.DOWN, Capability.key_down, "\033[B", "\033OB", "j");
        }
        if (!text) {
            // Bound after the typing range, so that in number questions these letters are keys too.
            bindWords(map, Key.HELP, Words.Meaning.HELP);
            bindWords(map, Key.SKIP, Words.Meaning.SKIP);
            bindWords(map, Key.BACK, Words.Meaning.BACK);
            bind(terminal, map, Key.BACK, Capability.key_left, "\033[D", "\033OD");
        }
        map.bind(Key.BACK, KeyMap.esc());
        map.bind(Key.ENTER, "\r", "\n");
        map.bind(Key.INTERRUPT, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        map.bind(Key.SUSPEND, KeyMap.ctrl('Z'));
        map.bind(Key.PASTE, PASTE_START);
        map.bind(Key.IGNORE, PASTE_END); // the end of a paste that took too long
        return map;
    }

    /** The one-character words for {@code meaning}, in either case. */
    private static void bindWords(KeyMap<Key> map, Key key, Words.Meaning meaning) {
        for (String k : Words.keys(meaning)) {
            map.bind(key, k.toLowerCase(Locale.ROOT), k.toUpperCase(Locale.ROOT));
        }
    }

    private static void bind(Terminal terminal, KeyMap<Key> map, Key key, Capability cap, String... sequences) {
        String fromTerminal = KeyMap.key(terminal, cap);
        if (fromTerminal != null && !fromTerminal.isEmpty()) {
            map.bind(key, fromTerminal);
        }
        map.bind(key, sequences);
    }
}
