package org.hermit.analysis.abc;

import java.util.function.ToDoubleFunction;

/**
 * What ABC calibrates: a stochastic model that, given parameter values and a random seed, simulates and
 * returns its distance to the observed data (0 = a perfect match). It must be deterministic given
 * (theta, seed) and safe to call from several threads at once. A NaN or infinite distance rejects the
 * proposal; a negative one is an error.
 */
@FunctionalInterface
public interface AbcModel {

    /**
     * @param theta parameter values in the order of the prior's ids (a copy the model may keep)
     * @param seed  the seed for this simulation's random streams
     */
    double distance(double[] theta, long seed);

    /** A simulator returning summaries S of a run, for use with {@link #of}. */
    @FunctionalInterface
    interface Simulator<S> {
        S simulate(double[] theta, long seed);
    }

    /** A model that simulates summaries and measures their distance to the observed summaries. */
    static <S> AbcModel of(Simulator<S> simulator, ToDoubleFunction<? super S> distanceToObserved) {
        return (theta, seed) -> distanceToObserved.applyAsDouble(simulator.simulate(theta, seed));
    }
}
