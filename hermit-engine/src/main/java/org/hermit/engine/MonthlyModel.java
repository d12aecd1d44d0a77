package org.hermit.engine;

import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;

/**
 * What the engine runs: one deterministic run that fills a {@link SeriesBuffer} from parameter values and a run
 * seed. The production path is {@link #of(Simulation)}; the interface exists so that the engine's own tests can
 * drive it with a small model whose output they know.
 */
public interface MonthlyModel {

    /** First simulated month (see {@link org.hermit.model.time.Months}). */
    int startMonth();

    /** Number of simulated months. */
    int months();

    /** The parameters a run's values must belong to. */
    ParameterSpace space();

    /**
     * Runs once, writing every variable of every month into out (cleared by the caller). Must be thread-safe
     * across different buffers and depend on nothing but its arguments. Throws
     * {@link org.hermit.model.ModelException} naming the variable and month when a value turns NaN or infinite.
     */
    void run(ParameterValues params, long runSeed, SeriesBuffer out);

    /**
     * True when {@link #run} writes every variable of every month and itself throws on a value that is NaN or
     * infinite, as the real model does: the engine then neither clears a reused buffer before a run nor checks it
     * after (two passes over the whole output a run). False unless a model says so.
     */
    default boolean writesAndChecksEveryValue() {
        return false;
    }

    /** The real model. */
    static MonthlyModel of(Simulation simulation) {
        return new MonthlyModel() {
            @Override
            public int startMonth() {
                return simulation.startMonth();
            }

            @Override
            public int months() {
                return simulation.months();
            }

            @Override
            public ParameterSpace space() {
                return simulation.space();
            }

            @Override
            public void run(ParameterValues params, long runSeed, SeriesBuffer out) {
                simulation.run(params, runSeed, out);
            }

            /** {@link Simulation#run} records every variable each month and stops at the first non-finite one. */
            @Override
            public boolean writesAndChecksEveryValue() {
                return true;
            }
        };
    }
}
