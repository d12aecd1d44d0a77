package org.hermit.model.param;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;

/**
 * The uncertainty of one parameter. Every distribution is sampled through its quantile function so that
 * plain Monte Carlo, Latin hypercube, Sobol/Saltelli designs and ABC all map a point of the unit interval
 * to a value the same way.
 */
public sealed interface Distribution
        permits Distribution.Fixed, Distribution.Uniform, Distribution.Triangular,
                Distribution.Normal, Distribution.LogNormal, Distribution.Pert {

    /** Inverse cumulative distribution: the value below which a share u (0 &lt; u &lt; 1) of the mass lies. */
    double quantile(double u);

    /** Probability density at x (for a fixed value: 1 at the value, 0 elsewhere). */
    double density(double x);

    double mean();

    /** Smallest possible value (may be negative infinity). */
    double lower();

    /** Largest possible value (may be positive infinity). */
    double upper();

    /** The name used in scenario files: fixed, uniform, triangular, normal, lognormal, pert. */
    String kind();

    /** Short human text such as "triangular(60, 90, 120)". */
    String describe();

    default boolean isFixed() {
        return this instanceof Fixed;
    }

    record Fixed(double value) implements Distribution {
        public Fixed {
            requireFinite(value, "value");
        }
        public double quantile(double u) { return value; }
        public double density(double x) { return x == value ? 1.0 : 0.0; }
        public double mean() { return value; }
        public double lower() { return value; }
        public double upper() { return value; }
        public String kind() { return "fixed"; }
        public String describe() { return "fixed(" + fmt(value) + ")"; }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireFinite(min, "min");
            requireFinite(max, "max");
            if (!(max > min)) {
                throw new IllegalArgumentException("uniform needs min < max, got " + fmt(min) + " and " + fmt(max));
            }
        }
        public double quantile(double u) { return min + clampUnit(u) * (max - min); }
        public double density(double x) { return x >= min && x <= max ? 1.0 / (max - min) : 0.0; }
        public double mean() { return 0.5 * (min + max); }
        public double lower() { return min; }
        public double upper() { return max; }
        public String kind() { return "uniform"; }
        public String describe() { return "uniform(" + fmt(min) + ", " + fmt(max) + ")"; }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireOrdered(min, mode, max, "triangular");
        }
        private TriangularDistribution dist() { return new TriangularDistribution(min, mode, max); }
        public double quantile(double u) { return dist().inverseCumulativeProbability(clampUnit(u)); }
        public double density(double x) { return dist().density(x); }
        public double mean() { return (min + mode + max) / 3.0; }
        public double lower() { return min; }
        public double upper() { return max; }
        public String kind() { return "triangular"; }
        public String describe() { return "triangular(" + fmt(min) + ", " + fmt(mode) + ", " + fmt(max) + ")"; }
    }

    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            requireFinite(mean, "mean");
            requireFinite(sd, "sd");
            if (!(sd > 0)) {
                throw new IllegalArgumentException("normal needs sd > 0, got " + fmt(sd));
            }
        }
        private NormalDistribution dist() { return new NormalDistribution(mean, sd); }
        public double quantile(double u) { return dist().inverseCumulativeProbability(clampOpen(u)); }
        public double density(double x) { return dist().density(x); }
        public double lower() { return Double.NEGATIVE_INFINITY; }
        public double upper() { return Double.POSITIVE_INFINITY; }
        public String kind() { return "normal"; }
        public String describe() { return "normal(mean " + fmt(mean) + ", sd " + fmt(sd) + ")"; }
    }

    /** Log-normal given its median and the standard deviation of the log (sigma). */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            requireFinite(median, "median");
            requireFinite(sigma, "sigma");
            if (!(median > 0) || !(sigma > 0)) {
                throw new IllegalArgumentException("lognormal needs median > 0 and sigma > 0, got " + fmt(median) + " and " + fmt(sigma));
            }
        }
        private LogNormalDistribution dist() { return new LogNormalDistribution(Math.log(median), sigma); }
        public double quantile(double u) { return dist().inverseCumulativeProbability(clampOpen(u)); }
        public double density(double x) { return x <= 0 ? 0.0 : dist().density(x); }
        public double mean() { return median * Math.exp(0.5 * sigma * sigma); }
        public double lower() { return 0.0; }
        public double upper() { return Double.POSITIVE_INFINITY; }
        public String kind() { return "lognormal"; }
        public String describe() { return "lognormal(median " + fmt(median) + ", sigma " + fmt(sigma) + ")"; }
    }

    /** Beta-PERT: a smooth three-point estimate (min, most likely, max), the usual choice for expert ranges. */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            requireOrdered(min, mode, max, "pert");
        }
        private double alpha() { return 1.0 + 4.0 * (mode - min) / (max - min); }
        private double beta() { return 1.0 + 4.0 * (max - mode) / (max - min); }
        private BetaDistribution dist() { return new BetaDistribution(alpha(), beta()); }
        public double quantile(double u) { return min + (max - min) * dist().inverseCumulativeProbability(clampUnit(u)); }
        public double density(double x) {
            if (x < min || x > max) {
                return 0.0;
            }
            return dist().density((x - min) / (max - min)) / (max - min);
        }
        public double mean() { return (min + 4.0 * mode + max) / 6.0; }
        public double lower() { return min; }
        public double upper() { return max; }
        public String kind() { return "pert"; }
        public String describe() { return "pert(" + fmt(min) + ", " + fmt(mode) + ", " + fmt(max) + ")"; }
    }

    private static void requireFinite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + v);
        }
    }

    private static void requireOrdered(double min, double mode, double max, String kind) {
        requireFinite(min, "min");
        requireFinite(mode, "mode");
        requireFinite(max, "max");
        if (!(min < max) || mode < min || mode > max) {
            throw new IllegalArgumentException(kind + " needs min <= mode <= max and min < max, got "
                    + fmt(min) + ", " + fmt(mode) + ", " + fmt(max));
        }
    }

    private static double clampUnit(double u) {
        return u < 0 ? 0 : (u > 1 ? 1 : u);
    }

    /** Keeps unbounded quantiles finite at the edges of the unit interval. */
    private static double clampOpen(double u) {
        final double eps = 1e-12;
        return u < eps ? eps : (u > 1 - eps ? 1 - eps : u);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
