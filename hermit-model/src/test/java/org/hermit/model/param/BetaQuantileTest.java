package org.hermit.model.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

/**
 * The tabulated Beta quantile is the inverse of the Beta CDF to near machine precision, over the shapes PERT
 * distributions have (alpha + beta = 6, both from 1 to 5) and others with both at least 1.
 */
class BetaQuantileTest {
    static final double[] PROBABILITIES = {1e-300, 1e-100, 1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.3,
            0.4, 0.49, 0.5, 0.51, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12};

    /**
     * The x where the CDF crosses u, by bisection down to adjacent doubles. Above the median it solves for 1 - x in
     * Beta(b, a) at 1 - u, where the CDF is resolved finely (near 1 it moves by less than one ulp of 1 per step).
     */
    static double exactQuantile(double u, double a, double b) {
        if (u >= 1.0) {
            return 1.0;
        }
        return u > 0.5 ? 1.0 - bisect(1.0 - u, b, a) : bisect(u, a, b);
    }

    private static double bisect(double u, double a, double b) {
        double lo = 0.0;
        double hi = 1.0;
        while (Math.nextUp(lo) < hi) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (Beta.regularizedBeta(mid, a, b) < u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void invertsTheCdfToNearMachinePrecisionForEveryPertShape() {
        for (double alpha = 1.0; alpha <= 5.0; alpha += 0.125) {
            BetaQuantile q = new BetaQuantile(alpha, 6.0 - alpha);
            for (double u : PROBABILITIES) {
                assertThat(q.quantile(u)).as("alpha %s, u %s", alpha, u)
                        .isCloseTo(exactQuantile(u, alpha, 6.0 - alpha), within(2e-13));
            }
        }
    }

    @Property(tries = 300)
    void invertsTheCdfForAnyShapeAndProbability(@ForAll @DoubleRange(min = 1.0, max = 8.0) double alpha,
                                               @ForAll @DoubleRange(min = 1.0, max = 8.0) double beta,
                                               @ForAll @DoubleRange(min = 0.0, max = 1.0) double u) {
        BetaQuantile q = new BetaQuantile(alpha, beta);
        assertThat(q.quantile(u)).isCloseTo(exactQuantile(u, alpha, beta), within(2e-13));
    }

    @Test
    void agreesWithHipparchusWithinItsSolverAccuracyAndIsMonotone() {
        BetaDistribution hipparchus = new BetaDistribution(2.6, 3.4);
        BetaQuantile q = new BetaQuantile(2.6, 3.4);
        double previous = -1;
        for (int i = 0; i <= 10_000; i++) {
            double u = i / 10_000.0;
            double x = q.quantile(u);
            assertThat(x).isCloseTo(hipparchus.inverseCumulativeProbability(u), within(2e-9));
            assertThat(x).isGreaterThanOrEqualTo(previous);
            previous = x;
        }
        assertThat(q.quantile(0.0)).isZero();
        assertThat(q.quantile(1.0)).isEqualTo(1.0);
    }

    @Test
    void preparedPertQuantilesMapOntoTheRangeAndOthersAreTheirOwn() {
        Distribution pert = new Distribution.Pert(10, 30, 50);
        Distribution tri = new Distribution.Triangular(0, 1, 4);
        DoubleUnaryOperator[] q = PreparedQuantiles.of(new Distribution[] {pert, tri, new Distribution.Pert(0, 0.5, 1)});
        for (double u : List.of(0.0, 0.1, 0.5, 0.9, 1.0)) {
            assertThat(q[0].applyAsDouble(u)).isCloseTo(pert.quantile(u), within(40 * 2e-9));
            assertThat(q[1].applyAsDouble(u)).isEqualTo(tri.quantile(u));
        }
        assertThat(q[0].applyAsDouble(0.5)).isCloseTo(30.0, within(1e-12));   // symmetric: the median is the mode
        assertThat(q[2].applyAsDouble(0.5)).isCloseTo(0.5, within(1e-15));
    }
}
