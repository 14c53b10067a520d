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
        /** A list: arrows, j/k, digits, Home/End and PageUp/PageDown move, letters are keys. */
        LIST,
        /**
         * A yes-no question: the one-letter words for yes and no answer it (y, j, n), so j and k do
         * not move here; arrows and digits do.
         */
        YES_NO,
        /** A number: digits and most characters are typed, the key letters are still keys. */
        NUMBER,
        /** Text (the client's name): every character is typed, and a paste is text. */
        TEXT
    }

    static final String PASTE_START = "\033[200~";
    static final String PASTE_END = "\033[201~";

    private final Map<Kind, KeyMap<Key>> maps = new EnumMap<>(Kind.class);

    KeyMaps(Terminal terminal) {
        maps.put(Kind.LIST, build(terminal, Kind.LIST));
        maps.put(Kind.YES_NO, build(terminal, Kind.YES_NO));
        maps.put(Kind.NUMBER, build(terminal, Kind.NUMBER));
        maps.put(Kind.TEXT, build(terminal, Kind.TEXT));
    }

    KeyMap<Key> get(Kind kind) {
        return maps.get(kind);
    }

    private static KeyMap<Key> build(Terminal terminal, Kind kind) {
        boolean text = kind == Kind.TEXT;
        boolean typing = text || kind == Kind.NUMBER;
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
            bind(terminal, map, Key.UP, Capability.key_up, "\033[A", "\033OA");
            bind(terminal, map, Key.DOWN, Capability.key_down, "\033[B", "\033OB");
            bind(terminal, map, Key.HOME, Capability.key_home, "\033[H", "\033OH", "\033[1~", "\033[7~");
            bind(terminal, map, Key.END, Capability.key_end, "\033[F", "\033OF", "\033[4~", "\033[8~");
            bind(terminal, map, Key.PAGE_UP, Capability.key_ppage, "\033[5~");
            bind(terminal, map, Key.PAGE_DOWN, Capability.key_npage, "\033[6~");
            if (kind == Kind.YES_NO) {
                // Letters answer here: j is "ja", so j/k cannot also move.
                bindWords(map, Key.YES, Words.Meaning.YES);
                bindWords(map, Key.NO, Words.Meaning.NO);
            } else {
                map.bind(Key.UP, "k");
                map.bind(Key.DOWN, "j");
            }
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
