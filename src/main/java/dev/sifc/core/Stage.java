package dev.sifc.core;

import java.util.Locale;

/**
 * How far along a warning sign is, in the article's terms: not showing; showing, so that the sign's
 * first step applies; or at the point where the article says to move on. Unknown when too few of the
 * sign's questions were answered to tell.
 */
public enum Stage {
    NONE, SHOWING, MOVE_ON, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Showing or worse. */
    public boolean shows() {
        return this == SHOWING || this == MOVE_ON;
    }
}
