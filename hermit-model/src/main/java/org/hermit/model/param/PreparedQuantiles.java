package org.hermit.model.param;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Quantile functions prepared once for drawing many values, as an ensemble does for every run. PERT distributions
 * get a tabulated Beta quantile ({@link BetaQuantile}: one power and a short polynomial per value, accurate to about
 * 1e-14 of the range), shared by all PERT distributions of the same shape; the others are their own
 * {@link Distribution#quantile}, which is already cheap.
 *
 * <p>{@link Distribution.Pert#quantile} itself solves for the value with a general root finder that stops within
 * 1e-9 of the range, so the two agree to that accuracy, not bit for bit.
 */
public final class PreparedQuantiles {
    private PreparedQuantiles() {}

    /** One quantile function per distribution, in the same order. Thread-safe once built. */
    public static DoubleUnaryOperator[] of(Distribution[] distributions) {
        Map<Shape, BetaQuantile> shapes = new HashMap<>();
        DoubleUnaryOperator[] out = new DoubleUnaryOperator[distributions.length];
        for (int i = 0; i < distributions.length; i++) {
            Distribution d = distributions[i];
            if (d instanceof Distribution.Pert p) {
                double min = p.min();
                double range = p.max() - p.min();
                // The shape as Distribution.Pert defines it.
                Shape shape = new Shape(1.0 + 4.0 * (p.mode() - p.min()) / range, 1.0 + 4.0 * (p.max() - p.mode()) / range);
                BetaQuantile beta = shapes.computeIfAbsent(shape, s -> new BetaQuantile(s.alpha(), s.beta()));
                out[i] = u -> min + range * beta.quantile(u);
            } else {
                out[i] = d::quantile;
            }
        }
        return out;
    }

    private record Shape(double alpha, double beta) {}
}
