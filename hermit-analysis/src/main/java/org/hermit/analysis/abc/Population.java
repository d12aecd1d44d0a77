package org.hermit.analysis.abc;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hermit.analysis.SeedPath;

/**
 * A weighted sample of parameter vectors with their distances: one generation of ABC-SMC. Weights are
 * normalised to sum to one. Immutable.
 */
public final class Population {
    private final double[][] thetas;
    private final double[] weights;
    private final double[] distances;

    /** Weights need not be normalised but must be finite, non-negative and not all zero. */
    public Population(double[][] thetas, double[] weights, double[] distances) {
        if (thetas.length == 0 || thetas.length != weights.length || thetas.length != distances.length) {
            throw new IllegalArgumentException("a population needs as many weights and distances as particles, got "
                    + thetas.length + ", " + weights.length + ", " + distances.length);
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        this.thetas = new double[thetas.length][];
        this.weights = new double[weights.length];
        for (int i = 0; i < thetas.length; i++) {
            if (thetas[i].length != thetas[0].length) {
                throw new IllegalArgumentException("particles must all have " + thetas[0].length + " values");
            }
            this.thetas[i] = thetas[i].clone();
            this.weights[i] = weights[i] / sum;
        }
        this.distances = distances.clone();
    }

    public int size() {
        return thetas.length;
    }

    public int dimension() {
        return thetas[0].length;
    }

    /** A copy of particle i's parameter values. */
    public double[] theta(int i) {
        return thetas[i].clone();
    }

    double thetaValue(int i, int j) {
        return thetas[i][j];
    }

    public double weight(int i) {
        return weights[i];
    }

    public double distance(int i) {
        return distances[i];
    }

    /** A copy of the normalised weights. */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of the distances. */
    public double[] distances() {
        return distances.clone();
    }

    /** Kish's effective sample size, (sum w)^2 / sum w^2 = 1 / sum w^2 for normalised weights. */
    public double effectiveSampleSize() {
        double sumSquares = 0;
        for (double w : weights) {
            sumSquares += w * w;
        }
        return 1.0 / sumSquares;
    }

    /** Weighted mean of parameter j. */
    public double mean(int j) {
        double m = 0;
        for (int i = 0; i < thetas.length; i++) {
            m += weights[i] * thetas[i][j];
        }
        return m;
    }

    /** Weighted standard deviation of parameter j (the weighted population variance, square-rooted). */
    public double sd(int j) {
        double m = mean(j);
        double v = 0;
        for (int i = 0; i < thetas.length; i++) {
            double d = thetas[i][j] - m;
            v += weights[i] * d * d;
        }
        return Math.sqrt(v);
    }

    /** The smallest distance d such that particles with distance at most d hold at least share q of the weight. */
    public double weightedDistanceQuantile(double q) {
        Integer[] order = new Integer[distances.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(distances[a], distances[b]));
        double cumulative = 0;
        for (Integer i : order) {
            cumulative += weights[i];
            if (cumulative >= q) {
                return distances[i];
            }
        }
        return distances[order[order.length - 1]];
    }

    /**
     * An unweighted sample of the given size drawn in proportion to the weights (systematic resampling,
     * then shuffled so the rows come in random order). Deterministic given the seed.
     */
    public double[][] resample(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("resample size must be at least 1, got " + size);
        }
        SplittableRandom rng = SeedPath.stream(seed, 0x7265_7361_6d70L); // "resamp"
        double[][] out = new double[size][];
        double step = 1.0 / size;
        double position = rng.nextDouble() * step;
        double cumulative = weights[0];
        int particle = 0;
        for (int k = 0; k < size; k++) {
            while (position > cumulative && particle < weights.length - 1) {
                particle++;
                cumulative += weights[particle];
            }
            out[k] = thetas[particle].clone();
            position += step;
        }
        for (int k = size - 1; k > 0; k--) {
            int swap = rng.nextInt(k + 1);
            double[] tmp = out[k];
            out[k] = out[swap];
            out[swap] = tmp;
        }
        return out;
    }
}
