package org.hermit.api;

import java.util.List;
import org.hermit.analysis.abc.AbcProgress;
import org.hermit.engine.EnsembleRunner;
import org.hermit.io.observed.ObservedData;

/**
 * How to fit a scenario's parameters to the record:
 * {@code CalibrationOptions.defaults().cutoff(Months.of(2016, 12)).budget(50_000).seed(7)}.
 *
 * @param cutoff         last month of observations fitted (Months encoding); null for the scenario's end or the last
 *                       observation, whichever comes first
 * @param budget         simulations to run at most over all generations (never exceeded)
 * @param population     particles per generation
 * @param maxGenerations generations at most, the prior sample included
 * @param parameters     registry ids to fit; null for the bundled list
 *                       ({@link org.hermit.analysis.history.CalibrationParameters#BUNDLED})
 * @param observed       the record to fit; null for the bundled evidence
 * @param seed           master seed; null for the scenario's
 * @param threads        worker threads; results do not depend on it
 * @param fitRuns        runs (with different seeds) averaged when reporting the fit per series
 * @param progress       told after each batch of simulations and each generation
 */
public record CalibrationOptions(Integer cutoff, long budget, int population, int maxGenerations, List<String> parameters,
                                 ObservedData observed, Long seed, int threads, int fitRuns, AbcProgress progress) {
    public static final long DEFAULT_BUDGET = 50_000;
    public static final int DEFAULT_POPULATION = 500;
    public static final int DEFAULT_MAX_GENERATIONS = 20;
    public static final int DEFAULT_FIT_RUNS = 10;

    public CalibrationOptions {
        if (population < 2) {
            throw new IllegalArgumentException("the population must be at least 2 particles, got " + population);
        }
        if (budget < population) {
            throw new IllegalArgumentException("the budget (" + budget + " simulations) must cover at least one population ("
                    + population + ")");
        }
        if (maxGenerations < 1) {
            throw new IllegalArgumentException("at least one generation, got " + maxGenerations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (fitRuns < 1) {
            throw new IllegalArgumentException("fit runs must be at least 1, got " + fitRuns);
        }
        parameters = parameters == null ? null : List.copyOf(parameters);
        progress = progress == null ? AbcProgress.NONE : progress;
    }

    public static CalibrationOptions defaults() {
        return new CalibrationOptions(null, DEFAULT_BUDGET, DEFAULT_POPULATION, DEFAULT_MAX_GENERATIONS, null, null, null,
                EnsembleRunner.defaultThreads(), DEFAULT_FIT_RUNS, AbcProgress.NONE);
    }

    public CalibrationOptions cutoff(int month) {
        return new CalibrationOptions(month, budget, population, maxGenerations, parameters, observed, seed, threads, fitRuns, progress);
    }

    public CalibrationOptions budget(long simulations) {
        return new CalibrationOptions(cutoff, simulations, population, maxGenerations, parameters, observed, seed, threads, fitRuns, progress);
    }

    public CalibrationOptions population(int particles) {
        return new CalibrationOptions(cutoff, budget, particles, maxGenerations, parameters, observed, seed, threads, fitRuns, progress);
    }

    public CalibrationOptions maxGenerations(int n) {
        return new CalibrationOptions(cutoff, budget, population, n, parameters, observed, seed, threads, fitRuns, progress);
    }

    public CalibrationOptions parameters(List<String> ids) {
        return new CalibrationOptions(cutoff, budget, population, maxGenerations, ids, observed, seed, threads, fitRuns, progress);
    }

    public CalibrationOptions observed(ObservedData data) {
        return new CalibrationOptions(cutoff, budget, population, maxGenerations, parameters, data, seed, threads, fitRuns, progress);
    }

    public CalibrationOptions seed(long s) {
        return new CalibrationOptions(cutoff, budget, population, maxGenerations, parameters, observed, s, threads, fitRuns, progress);
    }

    public CalibrationOptions threads(int n) {
        return new CalibrationOptions(cutoff, budget, population, maxGenerations, parameters, observed, seed, n, fitRuns, progress);
    }

    public CalibrationOptions fitRuns(int n) {
        return new CalibrationOptions(cutoff, budget, population, maxGenerations, parameters, observed, seed, threads, n, progress);
    }

    public CalibrationOptions progress(AbcProgress p) {
        return new CalibrationOptions(cutoff, budget, population, maxGenerations, parameters, observed, seed, threads, fitRuns, p);
    }
}
