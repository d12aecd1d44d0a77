package org.hermit.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.hermit.analysis.Priors;
import org.hermit.analysis.SeedPath;
import org.hermit.analysis.Workers;
import org.hermit.model.param.Distribution;
import org.hipparchus.random.SobolSequenceGenerator;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Variance-based global sensitivity: Sobol first-order and total indices.
 *
 * <p>Design (Saltelli 2002; Saltelli et al. 2010): N points of a 2k-dimensional Sobol low-discrepancy
 * sequence (Joe and Kuo directions, the origin skipped) give the matrices A (first k coordinates) and B
 * (last k); A_B^i is A with column i taken from B. Each coordinate u is mapped to a parameter value by its
 * prior's quantile function; fixed parameters stay at their value and are not analysed. The function is
 * evaluated at the N (k + 2) rows of A, B and every A_B^i, in parallel. With V the variance of f over A
 * and B together:
 * <ul>
 *   <li>first order (Saltelli et al. 2010, Table 2 (f), after Jansen 1999):
 *       S_i = (V - (1/2N) sum_j (f(B)_j - f(A_B^i)_j)^2) / V;</li>
 *   <li>total (Jansen 1999): ST_i = (1/2N) sum_j (f(A)_j - f(A_B^i)_j)^2 / V.</li>
 * </ul>
 * Confidence intervals: the N rows are resampled with replacement, the indices recomputed, and the 2.5th
 * and 97.5th percentiles taken (percentile bootstrap). Resampling treats the rows as independent draws,
 * which Sobol points are not, so the intervals are conservative: the estimates are usually much closer
 * to the truth than the intervals suggest. The design is deterministic; the seed drives only
 * the bootstrap, so results are identical whatever the number of threads. N a power of two keeps the Sobol
 * points balanced. The function must be thread-safe and deterministic (a stochastic model should use a
 * fixed seed: common random numbers).
 */
public final class Sobol {
    /** Bootstrap resamples unless told otherwise. */
    public static final int DEFAULT_BOOTSTRAP_RESAMPLES = 500;
    /** The Sobol sequence's direction numbers cover 1000 dimensions, two per parameter. */
    public static final int MAX_PARAMETERS = 500;

    private Sobol() {}

    /** Parameters named x1, x2, ... in the order of the distributions. */
    public static SobolResult analyze(List<Distribution> distributions, ToDoubleFunction<double[]> function,
                                      int n, long seed, int threads) {
        return analyze(Priors.unnamed(distributions), function, n, seed, threads);
    }

    public static SobolResult analyze(Priors priors, ToDoubleFunction<double[]> function, int n, long seed,
                                      int threads) {
        return analyze(priors, function, n, seed, threads, DEFAULT_BOOTSTRAP_RESAMPLES);
    }

    /**
     * @param function           the output as a function of every parameter's value (in the priors' order)
     * @param n                  base samples N (at least 2; a power of two is best)
     * @param seed               seed of the bootstrap
     * @param threads            worker threads; 0 or less uses every available processor
     * @param bootstrapResamples resamples for the confidence intervals (at least 1)
     * @throws IllegalStateException if the function returns a NaN or infinite value (naming the point)
     */
    public static SobolResult analyze(Priors priors, ToDoubleFunction<double[]> function, int n, long seed,
                                      int threads, int bootstrapResamples) {
        int[] free = priors.freeIndices();
        int k = free.length;
        if (k == 0) {
            throw new IllegalArgumentException("nothing to analyse: every parameter is fixed");
        }
        if (k > MAX_PARAMETERS) {
            throw new IllegalArgumentException("at most " + MAX_PARAMETERS + " free parameters, got " + k);
        }
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 base samples, got " + n);
        }
        if (bootstrapResamples < 1) {
            throw new IllegalArgumentException("need at least 1 bootstrap resample, got " + bootstrapResamples);
        }
        int evaluations = Math.multiplyExact(n, k + 2);

        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        sequence.nextVector(); // the origin maps unbounded priors to their extreme quantiles
        double[] base = priors.medians();
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int r = 0; r < n; r++) {
            double[] u = sequence.nextVector();
            a[r] = base.clone();
            b[r] = base.clone();
            for (int c = 0; c < k; c++) {
                Distribution d = priors.get(free[c]);
                a[r][free[c]] = d.quantile(u[c]);
                b[r][free[c]] = d.quantile(u[k + c]);
            }
        }

        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[] y;
        double[][] bootstrap;
        try (Workers workers = Workers.of(threads)) {
            y = workers.mapToDouble(evaluations, e -> {
                int block = e / n;
                int r = e % n;
                double[] x = (block == 1 ? b[r] : a[r]).clone();
                if (block >= 2) {
                    x[free[block - 2]] = b[r][free[block - 2]];
                }
                return finite(function.applyAsDouble(x), priors, x);
            });
            if (!(variance(y, n, all) > 0)) {
                throw new IllegalStateException("the output is the same at every point of the design: "
                        + "there is no variance to apportion");
            }
            bootstrap = workers.map(bootstrapResamples, s -> {
                SplittableRandom rng = SeedPath.stream(seed, s);
                int[] rows = new int[n];
                for (int j = 0; j < n; j++) {
                    rows[j] = rng.nextInt(n);
                }
                return estimate(y, n, k, rows);
            }).toArray(new double[0][]);
        }

        double[] point = estimate(y, n, k, all);
        List<SobolIndices> indices = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            indices.add(new SobolIndices(priors.id(free[c]), point[c], percentileInterval(bootstrap, c),
                    point[k + c], percentileInterval(bootstrap, k + c)));
        }
        double mean = 0;
        for (int j = 0; j < 2 * n; j++) {
            mean += y[j];
        }
        mean /= 2 * n;
        return new SobolResult(n, evaluations, mean, variance(y, n, all), bootstrapResamples, indices);
    }

    private static double finite(double v, Priors priors, double[] x) {
        if (!Double.isFinite(v)) {
            StringBuilder at = new StringBuilder();
            for (int i = 0; i < x.length; i++) {
                at.append(i == 0 ? "" : ", ").append(priors.id(i)).append('=').append(x[i]);
            }
            throw new IllegalStateException("the output is " + v + " at " + at);
        }
        return v;
    }

    /** Variance of f over the chosen rows of A and B together (2N values, sample variance). */
    private static double variance(double[] y, int n, int[] rows) {
        double sum = 0;
        for (int r : rows) {
            sum += y[r] + y[n + r];
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int r : rows) {
            double da = y[r] - mean;
            double db = y[n + r] - mean;
            squares += da * da + db * db;
        }
        return squares / (2.0 * rows.length - 1);
    }

    /** [S1 of each free parameter..., ST of each...] over the chosen rows. */
    private static double[] estimate(double[] y, int n, int k, int[] rows) {
        double v = variance(y, n, rows);
        double[] out = new double[2 * k];
        for (int c = 0; c < k; c++) {
            int offset = (c + 2) * n;
            double firstSum = 0;
            double totalSum = 0;
            for (int r : rows) {
                double fAB = y[offset + r];
                double db = y[n + r] - fAB;
                double da = y[r] - fAB;
                firstSum += db * db;
                totalSum += da * da;
            }
            double twoN = 2.0 * rows.length;
            out[c] = (v - firstSum / twoN) / v;
            out[k + c] = totalSum / twoN / v;
        }
        return out;
    }

    private static Interval percentileInterval(double[][] bootstrap, int column) {
        double[] values = new double[bootstrap.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = bootstrap[s][column];
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        double tail = 100 * (1 - SobolResult.CONFIDENCE) / 2;
        return new Interval(percentile.evaluate(tail), percentile.evaluate(100 - tail));
    }
}
