package dev.sifc.render;

import dev.sifc.core.Assessment;
import java.util.List;

/**
 * Writes assessments in one output format. One renderer per run; assessments arrive one at a time.
 * Renderers never flush: the caller decides, so that long portfolios are written in large blocks.
 */
public interface Renderer {
    /** Writes one client's assessment; {@code index} counts clients from 1. */
    void assessment(Assessment assessment, int index);

    /** After the last client of a portfolio (two or more clients): the ranked overview, worst first. */
    void portfolio(List<Summary> ranked);

    /** Whether this format wants the portfolio summary (JSON Lines does not: scripts rank themselves). */
    default boolean wantsPortfolio() {
        return true;
    }
}
