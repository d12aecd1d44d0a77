package org.hermit.analysis.abc;

/**
 * Settings of an ABC-SMC calibration.
 *
 * @param populationSize     accepted particles per generation (at least 2)
 * @param maxGenerations     generations to run at most, the prior sample (generation 0) included
 * @param simulationBudget   simulations to run at most over all generations; never exceeded
 * @param minEpsilon         stop after the generation whose tolerance reaches this distance (0: no floor)
 * @param minAcceptanceRate  stop after a generation accepting fewer than this share of its proposals; a
 *                           generation that cannot reach it is abandoned (0: no floor)
 * @param seed               master seed: the same seed gives the same result on any number of threads
 * @param threads            worker threads; 0 or less uses every available processor
 */
public record AbcSettings(int populationSize, int maxGenerations, long simulationBudget, double minEpsilon,
                          double minAcceptanceRate, long seed, int threads) {

    public AbcSettings {
        if (populationSize < 2) {
            throw new IllegalArgumentException("population size must be at least 2, got " + populationSize);
        }
        if (maxGenerations < 1) {
            throw new IllegalArgumentException("max generations must be at least 1, got " + maxGenerations);
        }
        if (simulationBudget < populationSize) {
            throw new IllegalArgumentException("the simulation budget (" + simulationBudget
                    + ") must cover at least one population (" + populationSize + ")");
        }
        if (!(minEpsilon >= 0) || Double.isInfinite(minEpsilon)) {
            throw new IllegalArgumentException("min epsilon must be a finite number >= 0, got " + minEpsilon);
        }
        if (!(minAcceptanceRate >= 0 && minAcceptanceRate < 1)) {
            throw new IllegalArgumentException("min acceptance rate must be in [0, 1), got " + minAcceptanceRate);
        }
    }

    /** 1,000 particles, up to 20 generations and 100,000 simulations, stop below 1% acceptance, all cores. */
    public static AbcSettings defaults() {
        return new AbcSettings(1000, 20, 100_000, 0.0, 0.01, 1L, 0);
    }

    public AbcSettings withPopulationSize(int v) {
        return new AbcSettings(v, maxGenerations, simulationBudget, minEpsilon, minAcceptanceRate, seed, threads);
    }

    public AbcSettings withMaxGenerations(int v) {
        return new AbcSettings(populationSize, v, simulationBudget, minEpsilon, minAcceptanceRate, seed, threads);
    }

    public AbcSettings withSimulationBudget(long v) {
        return new AbcSettings(populationSize, maxGenerations, v, minEpsilon, minAcceptanceRate, seed, threads);
    }

    public AbcSettings withMinEpsilon(double v) {
        return new AbcSettings(populationSize, maxGenerations, simulationBudget, v, minAcceptanceRate, seed, threads);
    }

    public AbcSettings withMinAcceptanceRate(double v) {
        return new AbcSettings(populationSize, maxGenerations, simulationBudget, minEpsilon, v, seed, threads);
    }

    public AbcSettings withSeed(long v) {
        return new AbcSettings(populationSize, maxGenerations, simulationBudget, minEpsilon, minAcceptanceRate, v, threads);
    }

    public AbcSettings withThreads(int v) {
        return new AbcSettings(populationSize, maxGenerations, simulationBudget, minEpsilon, minAcceptanceRate, seed, v);
    }
}
