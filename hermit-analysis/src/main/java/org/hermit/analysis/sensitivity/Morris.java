package org.hermit.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.hermit.analysis.Priors;
import org.hermit.analysis.SeedPath;
import org.hermit.analysis.Workers;
import org.hermit.model.param.Distribution;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Morris elementary-effects screening (Morris 1991; mu* after Campolongo et al. 2007), for ranking many
 * parameters at a cost of r (k + 1) evaluations.
 *
 * <p>Each trajectory starts at a random point of a p-level grid in the unit cube and moves one parameter
 * at a time by half the unit interval, in random order and direction (see the levels below). Points map
 * to parameter values through each prior's quantile function; fixed parameters stay at their value and
 * are not screened. The elementary effect of a move is (f(upper) - f(lower)) / (1/2): the change of
 * output per unit of the parameter's quantile scale, so effects of parameters in different units compare.
 * Level l of p is u = (l + 1/2) / p, the centre of an equally probable bin, which keeps unbounded priors
 * finite. Per parameter: mu (mean effect), mu* (mean absolute effect), sigma (standard deviation, n - 1),
 * and a percentile bootstrap 95% interval of mu* over trajectories. The design and the bootstrap follow
 * the seed; results are identical whatever the number of threads. The function must be thread-safe.
 */
public final class Morris {
    private Morris() {}

    /** r random trajectories on 4 levels. */
    public static MorrisResult analyze(Priors priors, ToDoubleFunction<double[]> function, int trajectories,
                                       long seed, int threads) {
        return analyze(priors, function, MorrisSettings.of(trajectories, seed, threads));
    }

    /** Parameters named x1, x2, ... in the order of the distributions. */
    public static MorrisResult analyze(List<Distribution> distributions, ToDoubleFunction<double[]> function,
                                       MorrisSettings settings) {
        return analyze(Priors.unnamed(distributions), function, settings);
    }

    /**
     * @throws IllegalStateException if the function returns a NaN or infinite value
     */
    public static MorrisResult analyze(Priors priors, ToDoubleFunction<double[]> function, MorrisSettings settings) {
        int[] free = priors.freeIndices();
        int k = free.length;
        if (k == 0) {
            throw new IllegalArgumentException("nothing to screen: every parameter is fixed");
        }
        int r = settings.trajectories();
        int p = settings.levels();
        int pointsPerTrajectory = k + 1;
        int evaluations = Math.multiplyExact(r, pointsPerTrajectory);
        double[] base = priors.medians();

        double[][] effects = new double[r][k];
        double[][] bootstrap;
        try (Workers workers = Workers.of(settings.threads())) {
            List<MorrisDesign.Trajectory> design = MorrisDesign.create(k, settings, workers);
            double[] y = workers.mapToDouble(evaluations, e -> {
                MorrisDesign.Trajectory t = design.get(e / pointsPerTrajectory);
                int point = e % pointsPerTrajectory;
                double[] x = base.clone();
                for (int c = 0; c < k; c++) {
                    x[free[c]] = priors.get(free[c]).quantile(t.u(point, c, p));
                }
                double v = function.applyAsDouble(x);
                if (!Double.isFinite(v)) {
                    throw new IllegalStateException("the output is " + v + " at trajectory " + e / pointsPerTrajectory
                            + ", point " + point);
                }
                return v;
            });
            for (int t = 0; t < r; t++) {
                MorrisDesign.Trajectory trajectory = design.get(t);
                for (int j = 0; j < k; j++) {
                    int c = trajectory.order()[j];
                    double change = y[t * pointsPerTrajectory + j + 1] - y[t * pointsPerTrajectory + j];
                    effects[t][c] = trajectory.direction()[c] * change / MorrisDesign.DELTA_U;
                }
            }
            bootstrap = workers.map(settings.bootstrapResamples(), s -> {
                SplittableRandom rng = SeedPath.stream(settings.seed(), 1, s);
                double[] muStar = new double[k];
                for (int j = 0; j < r; j++) {
                    double[] row = effects[rng.nextInt(r)];
                    for (int c = 0; c < k; c++) {
                        muStar[c] += Math.abs(row[c]) / r;
                    }
                }
                return muStar;
            }).toArray(new double[0][]);
        }

        List<MorrisEffect> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double mu = 0;
            double muStar = 0;
            for (int t = 0; t < r; t++) {
                mu += effects[t][c];
                muStar += Math.abs(effects[t][c]);
            }
            mu /= r;
            muStar /= r;
            double squares = 0;
            for (int t = 0; t < r; t++) {
                double d = effects[t][c] - mu;
                squares += d * d;
            }
            double sigma = Math.sqrt(squares / (r - 1));
            out.add(new MorrisEffect(priors.id(free[c]), mu, muStar, sigma, interval(bootstrap, c)));
        }
        return new MorrisResult(r, p, evaluations, out);
    }

    private static Interval interval(double[][] bootstrap, int column) {
        double[] values = new double[bootstrap.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = bootstrap[s][column];
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        return new Interval(percentile.evaluate(2.5), percentile.evaluate(97.5));
    }
}
