package org.hermit.analysis.abc;

/**
 * Receives progress of a calibration, on the thread that called {@link AbcSmc#run}, between batches of
 * simulations (so a progress bar can be redrawn without locking).
 */
public interface AbcProgress {
    /** Reports nothing. */
    AbcProgress NONE = (generation, done, budget) -> { };

    /** After each slice of parallel simulations: simulations run so far over all generations, of the budget. */
    void simulations(int generation, long done, long budget);

    /** After each completed generation. */
    default void generationDone(GenerationStats stats) {
    }
}
