package org.hermit.analysis.abc;

import java.util.SplittableRandom;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * A multivariate normal perturbation over the free parameters, with covariance twice the weighted
 * covariance of the previous population (Beaumont et al. 2009; Filippi et al. 2013 show this doubles as
 * the optimal scale for a Gaussian kernel). Fixed parameters are never moved.
 */
final class PerturbationKernel {
    static final double COVARIANCE_SCALE = 2.0;

    private final int[] free;
    /** Lower-triangular Cholesky factor of the kernel covariance. */
    private final double[][] lower;

    private PerturbationKernel(int[] free, double[][] lower) {
        this.free = free;
        this.lower = lower;
    }

    static PerturbationKernel fit(Population population, int[] free) {
        int m = free.length;
        double[] mean = new double[m];
        for (int a = 0; a < m; a++) {
            mean[a] = population.mean(free[a]);
        }
        double[][] cov = new double[m][m];
        for (int i = 0; i < population.size(); i++) {
            double w = population.weight(i);
            for (int a = 0; a < m; a++) {
                double da = population.thetaValue(i, free[a]) - mean[a];
                for (int b = 0; b <= a; b++) {
                    cov[a][b] += w * da * (population.thetaValue(i, free[b]) - mean[b]);
                }
            }
        }
        // Factor the correlation matrix so that parameters on very different scales (1e-6 beside 1e9) do not
        // trip absolute thresholds, then scale back by the standard deviations.
        double[] sd = new double[m];
        for (int a = 0; a < m; a++) {
            double variance = COVARIANCE_SCALE * cov[a][a];
            // a population collapsed onto one value still needs some spread to move
            sd[a] = variance > 0 ? Math.sqrt(variance) : 1e-9 * Math.max(1.0, Math.abs(mean[a]));
        }
        double[][] corr = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b <= a; b++) {
                double c = a == b ? 1.0 : COVARIANCE_SCALE * cov[a][b] / (sd[a] * sd[b]);
                corr[a][b] = c;
                corr[b][a] = c;
            }
        }
        double[][] factor = choleskyWithRidge(corr);
        double[][] lower = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b <= a; b++) {
                lower[a][b] = sd[a] * factor[a][b];
            }
        }
        return new PerturbationKernel(free, lower);
    }

    /** Cholesky factor of a correlation matrix, adding a growing ridge if it is not positive definite. */
    private static double[][] choleskyWithRidge(double[][] corr) {
        int m = corr.length;
        for (double ridge = 0; ridge <= 1.0; ridge = ridge == 0 ? 1e-10 : ridge * 10) {
            RealMatrix matrix = new Array2DRowRealMatrix(corr, true);
            for (int a = 0; a < m; a++) {
                matrix.setEntry(a, a, (1.0 + ridge));
            }
            try {
                return new CholeskyDecomposition(matrix, 1e-12, 1e-14).getL().getData();
            } catch (MathIllegalArgumentException notPositiveDefinite) {
                // try again with a larger ridge
            }
        }
        double[][] identity = new double[m][m];
        for (int a = 0; a < m; a++) {
            identity[a][a] = 1.0;
        }
        return identity;
    }

    /** Adds a kernel draw to the free coordinates of theta, in place. */
    void perturb(double[] theta, SplittableRandom rng) {
        int m = free.length;
        double[] z = new double[m];
        for (int a = 0; a < m; a++) {
            z[a] = rng.nextGaussian();
        }
        for (int a = 0; a < m; a++) {
            double step = 0;
            for (int b = 0; b <= a; b++) {
                step += lower[a][b] * z[b];
            }
            theta[free[a]] += step;
        }
    }

    /** Log kernel density of moving from {@code from} to {@code to}, up to a constant shared by all pairs. */
    double logDensity(double[] to, double[] from) {
        int m = free.length;
        double[] y = new double[m];
        double quadratic = 0;
        for (int a = 0; a < m; a++) {
            double s = to[free[a]] - from[free[a]];
            for (int b = 0; b < a; b++) {
                s -= lower[a][b] * y[b];
            }
            y[a] = s / lower[a][a];
            quadratic += y[a] * y[a];
        }
        return -0.5 * quadratic;
    }
}
