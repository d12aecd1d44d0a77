package org.hermit.api;

import java.util.List;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.ProgressListener;

/**
 * What a sensitivity analysis explains and how:
 * {@code SensitivityOptions.sobol("reserves_usd").year(2030).n(512).threads(2)}.
 *
 * @param method             Sobol indices or Morris screening
 * @param variable           the output variable's id (see {@link org.hermit.model.output.Variables})
 * @param year               the year whose annual value is explained; null for the scenario's last year
 * @param n                  Sobol: base samples N (N (k + 2) design points); Morris: trajectories r (r (k + 1)
 *                           points); null for {@link #DEFAULT_SOBOL_N} or {@link #DEFAULT_MORRIS_TRAJECTORIES}
 * @param parameters         the parameters to vary; null for the default: Sobol over the screenTop parameters a
 *                           quick Morris screen ranks highest (every parameter that is not fixed when screenTop is
 *                           0), Morris over every parameter that is not fixed. Parameters not varied stay at their
 *                           central values.
 * @param seed               seed of the runs (every design point runs with the same seeds: common random numbers),
 *                           of the Morris design and of the bootstrap; null for the scenario's seed
 * @param threads            worker threads; results do not depend on it
 * @param replicates         runs per design point, each with its own seed, whose outputs are averaged
 * @param screenTrajectories trajectories of the quick Morris screen behind the default Sobol parameters
 * @param screenTop          how many parameters the screen passes on to Sobol; 0 for no screen
 * @param progress           told after each design point with model runs done and to do
 */
public record SensitivityOptions(Method method, String variable, Integer year, Integer n, List<String> parameters,
                                 Long seed, int threads, int replicates, int screenTrajectories,
                                 int screenTop, ProgressListener progress) {
    public static final int DEFAULT_SOBOL_N = 1024;
    public static final int DEFAULT_MORRIS_TRAJECTORIES = 20;
    public static final int DEFAULT_SCREEN_TRAJECTORIES = 10;
    public static final int DEFAULT_SCREEN_TOP = 15;

    /** Variance-based indices, or elementary-effects screening. */
    public enum Method {
        SOBOL("sobol"), MORRIS("morris");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        /** The name on the command line and in files. */
        public String id() {
            return id;
        }
    }

    public SensitivityOptions {
        if (method == null || variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("a sensitivity analysis needs a method and an output variable");
        }
        if (n != null && n < 2) {
            throw new IllegalArgumentException((method == Method.SOBOL ? "base samples" : "trajectories")
                    + " must be at least 2, got " + n);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
        }
        if (screenTrajectories < 2) {
            throw new IllegalArgumentException("the screen needs at least 2 trajectories, got " + screenTrajectories);
        }
        if (screenTop < 0) {
            throw new IllegalArgumentException("the screen's top must be 0 or more, got " + screenTop);
        }
        parameters = parameters == null ? null : List.copyOf(parameters);
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Sobol indices of the variable's annual value in the scenario's last year, with every default. */
    public static SensitivityOptions sobol(String variable) {
        return new SensitivityOptions(Method.SOBOL, variable, null, null, null, null, EnsembleRunner.defaultThreads(),
                1, DEFAULT_SCREEN_TRAJECTORIES, DEFAULT_SCREEN_TOP, ProgressListener.NONE);
    }

    /** Morris screening of the variable's annual value in the scenario's last year, with every default. */
    public static SensitivityOptions morris(String variable) {
        return sobol(variable).method(Method.MORRIS);
    }

    /** N for Sobol or r for Morris: the one asked for, else the default. */
    public int designSize() {
        if (n != null) {
            return n;
        }
        return method == Method.SOBOL ? DEFAULT_SOBOL_N : DEFAULT_MORRIS_TRAJECTORIES;
    }

    public SensitivityOptions method(Method m) {
        return new SensitivityOptions(m, variable, year, n, parameters, seed, threads, replicates, screenTrajectories,
                screenTop, progress);
    }

    public SensitivityOptions year(int y) {
        return new SensitivityOptions(method, variable, y, n, parameters, seed, threads, replicates, screenTrajectories,
                screenTop, progress);
    }

    public SensitivityOptions n(int size) {
        return new SensitivityOptions(method, variable, year, size, parameters, seed, threads, replicates,
                screenTrajectories, screenTop,
                progress);
    }

    /** Vary these parameters (registry ids) and hold every other at its central value. */
    public SensitivityOptions parameters(List<String> ids) {
        return new SensitivityOptions(method, variable, year, n, ids, seed, threads, replicates, screenTrajectories,
                screenTop, progress);
    }

    public SensitivityOptions seed(long s) {
        return new SensitivityOptions(method, variable, year, n, parameters, s, threads, replicates, screenTrajectories,
                screenTop, progress);
    }

    public SensitivityOptions threads(int t) {
        return new SensitivityOptions(method, variable, year, n, parameters, seed, t, replicates, screenTrajectories,
                screenTop, progress);
    }

    public SensitivityOptions replicates(int r) {
        return new SensitivityOptions(method, variable, year, n, parameters, seed, threads, r, screenTrajectories,
                screenTop, progress);
    }

    /** Sobol over every parameter that is not fixed, without a screen (unless parameters are given). */
    public SensitivityOptions everyParameter() {
        return screenTop(0);
    }

    public SensitivityOptions screenTop(int top) {
        return new SensitivityOptions(method, variable, year, n, parameters, seed, threads, replicates,
                screenTrajectories, top, progress);
    }

    public SensitivityOptions screenTrajectories(int r) {
        return new SensitivityOptions(method, variable, year, n, parameters, seed, threads, replicates, r, screenTop,
                progress);
    }

    public SensitivityOptions progress(ProgressListener p) {
        return new SensitivityOptions(method, variable, year, n, parameters, seed, threads, replicates,
                screenTrajectories, screenTop, p);
    }
}
