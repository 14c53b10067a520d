package dev.sifc.render;

import dev.sifc.core.AnswerChanges;
import dev.sifc.core.Assessment;
import dev.sifc.core.Trend;
import java.util.List;

/**
 * Writes assessments in one output format. One renderer per run; assessments arrive one at a time.
 * Renderers never flush: the caller decides, so that long portfolios are written in large blocks.
 */
public interface Renderer {
    /** The index of a report that is no part of a portfolio. */
    int SINGLE = 0;

    /**
     * Writes one client's assessment; {@code index} counts the clients of a portfolio from 1, and is
     * {@link #SINGLE} for a report on its own (an unnamed client then gets no "client 1" title).
     *
     * @param trend the change since the client's last assessment and when to look again
     */
    void assessment(Assessment assessment, Trend trend, int index);

    /**
     * As {@link #assessment(Assessment, Trend, int)}, for a re-check: with how the answers changed
     * since the client's last assessment ({@code changes}; null when there is nothing to compare with).
     */
    default void assessment(Assessment assessment, Trend trend, AnswerChanges changes, int index) {
        assessment(assessment, trend, index);
    }

    /** After the last client of a portfolio (two or more clients): the ranked overview, worst first. */
    void portfolio(List<Summary> ranked);

    /** Whether this format wants the portfolio summary (JSON Lines does not: scripts rank themselves). */
    default boolean wantsPortfolio() {
        return true;
    }
}
