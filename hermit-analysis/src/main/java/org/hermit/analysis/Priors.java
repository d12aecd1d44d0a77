package org.hermit.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;

/**
 * Named, independent parameter distributions: the prior of a calibration and the input factors of a
 * sensitivity analysis. Parameter vectors handed to models are in this order. Each parameter may be
 * bounded more tightly than its distribution's support (a registry parameter's legal [min, max]); the
 * prior is then the distribution truncated to the bounds. Fixed distributions stay at their value:
 * calibration does not move them and sensitivity analysis leaves them out. Immutable.
 */
public final class Priors {
    private final List<String> ids;
    private final List<Distribution> distributions;
    private final double[] lower;
    private final double[] upper;

    /** Priors bounded by their distributions' support. */
    public Priors(List<String> ids, List<Distribution> distributions) {
        this(ids, distributions, null, null);
    }

    /**
     * Priors truncated to [lower[i], upper[i]] intersected with each distribution's support (null arrays
     * mean no bound beyond the support).
     */
    public Priors(List<String> ids, List<Distribution> distributions, double[] lower, double[] upper) {
        this.ids = List.copyOf(ids);
        this.distributions = List.copyOf(distributions);
        int k = this.ids.size();
        if (k == 0) {
            throw new IllegalArgumentException("priors need at least one parameter");
        }
        if (k != this.distributions.size()) {
            throw new IllegalArgumentException(k + " ids but " + this.distributions.size() + " distributions");
        }
        if ((lower != null && lower.length != k) || (upper != null && upper.length != k)) {
            throw new IllegalArgumentException("need one lower and one upper bound per parameter");
        }
        Set<String> seen = new HashSet<>();
        for (String id : this.ids) {
            if (id.isBlank() || !id.equals(id.strip()) || id.matches(".*[,\"\\r\\n].*")) {
                throw new IllegalArgumentException("parameter id must be non-blank text without commas, quotes or"
                        + " surrounding spaces, got '" + id + "'");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate parameter id " + id);
            }
        }
        this.lower = new double[k];
        this.upper = new double[k];
        for (int i = 0; i < k; i++) {
            Distribution d = this.distributions.get(i);
            this.lower[i] = lower == null ? d.lower() : Math.max(lower[i], d.lower());
            this.upper[i] = upper == null ? d.upper() : Math.min(upper[i], d.upper());
            if (!(this.lower[i] <= this.upper[i])) {
                throw new IllegalArgumentException("parameter " + this.ids.get(i) + ": the bounds leave none of "
                        + d.describe());
            }
        }
    }

    /** The registry's priors in the registry's order, each truncated to the parameter's legal [min, max]. */
    public static Priors of(ParameterSpace space) {
        List<String> ids = new ArrayList<>(space.size());
        List<Distribution> dists = new ArrayList<>(space.size());
        double[] lower = new double[space.size()];
        double[] upper = new double[space.size()];
        for (int i = 0; i < space.size(); i++) {
            ParameterDef def = space.get(i);
            ids.add(def.id());
            dists.add(def.prior());
            lower[i] = def.min();
            upper[i] = def.max();
        }
        return new Priors(ids, dists, lower, upper);
    }

    /** Distributions named x1, x2, ... (for toy models and tests). */
    public static Priors unnamed(List<Distribution> distributions) {
        List<String> ids = new ArrayList<>(distributions.size());
        for (int i = 1; i <= distributions.size(); i++) {
            ids.add("x" + i);
        }
        return new Priors(ids, distributions);
    }

    public static Priors unnamed(Distribution... distributions) {
        return unnamed(List.of(distributions));
    }

    public List<String> ids() {
        return ids;
    }

    public List<Distribution> distributions() {
        return distributions;
    }

    public int size() {
        return ids.size();
    }

    public String id(int index) {
        return ids.get(index);
    }

    public Distribution get(int index) {
        return distributions.get(index);
    }

    /** The smallest allowed value of parameter i. */
    public double lower(int index) {
        return lower[index];
    }

    /** The largest allowed value of parameter i. */
    public double upper(int index) {
        return upper[index];
    }

    /** Indices of the parameters that are not fixed, ascending. */
    public int[] freeIndices() {
        return IntStream.range(0, size()).filter(i -> !distributions.get(i).isFixed()).toArray();
    }

    /**
     * Maps a point u of the unit hypercube (one coordinate per parameter) through each quantile function.
     * Bounds are not applied here: a sensitivity design uses the plain distributions.
     */
    public double[] fromUnit(double[] u) {
        if (u.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " coordinates, got " + u.length);
        }
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = distributions.get(i).quantile(u[i]);
        }
        return x;
    }

    /** Every parameter at its median (fixed ones at their value). */
    public double[] medians() {
        double[] x = new double[size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = distributions.get(i).quantile(0.5);
        }
        return x;
    }

    /** True when every value lies within its bounds. */
    public boolean inBounds(double[] theta) {
        for (int i = 0; i < theta.length; i++) {
            if (!(theta[i] >= lower[i] && theta[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Log of the joint prior density over the free parameters up to a constant (fixed ones contribute
     * nothing; truncation only rescales), or negative infinity outside the bounds or where a density is 0.
     */
    public double logDensity(double[] theta) {
        if (theta.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " values, got " + theta.length);
        }
        if (!inBounds(theta)) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            Distribution d = distributions.get(i);
            if (d.isFixed()) {
                continue;
            }
            double density = d.density(theta[i]);
            if (!(density > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(density);
        }
        return sum;
    }
}
