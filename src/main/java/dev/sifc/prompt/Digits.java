package dev.sifc.prompt;

import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * The digit shortcut of the list screens: a digit picks its number at once, and two digits typed
 * quickly make one number ("1", "2" is 12) when the list is that long.
 */
final class Digits {
    /** Two digits typed within this time make one number. */
    static final long WINDOW_MS = 800;

    private final LongSupplier millis;
    /** The digit typed last, if it may start a two-digit number, else -1; and when it was typed. */
    private int lastDigit = -1;
    private long lastDigitAt;

    /** @param millis the clock, in milliseconds, that tells whether two digits came quickly */
    Digits(LongSupplier millis) {
        this.millis = millis;
    }

    /** The number (1 to {@code count}) that {@code digit} picks, or empty when it picks none. */
    OptionalInt type(String typed, int count) {
        int digit = typed.charAt(0) - '0';
        long now = millis.getAsLong();
        int combined = lastDigit * 10 + digit;
        if (lastDigit > 0 && now - lastDigitAt < WINDOW_MS && combined <= count) {
            lastDigit = -1;
            return OptionalInt.of(combined);
        }
        if (digit >= 1 && digit <= count) {
            lastDigit = digit;
            lastDigitAt = now;
            return OptionalInt.of(digit);
        }
        lastDigit = -1;
        return OptionalInt.empty();
    }
}
