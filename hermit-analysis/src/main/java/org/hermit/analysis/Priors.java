package org.hermit.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;

/**
 * Named, independent parameter distributions: the prior of a calibration and the input factors of a
 * sensitivity analysis. Parameter vectors handed to models are in this order. Fixed distributions stay at
 * their value: calibration does not move them and sensitivity analysis leaves them out.
 */
public record Priors(List<String> ids, List<Distribution> distributions) {

    public Priors {
        ids = List.copyOf(ids);
        distributions = List.copyOf(distributions);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("priors need at least one parameter");
        }
        if (ids.size() != distributions.size()) {
            throw new IllegalArgumentException(ids.size() + " ids but " + distributions.size() + " distributions");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id.isBlank() || !id.equals(id.strip()) || id.matches(".*[,\"\\r\\n].*")) {
                throw new IllegalArgumentException("parameter id must be non-blank text without commas, quotes or"
                        + " surrounding spaces, got '" + id + "'");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate parameter id " + id);
            }
        }
    }

    /** The registry's priors, in the registry's order. */
    public static Priors of(ParameterSpace space) {
        List<String> ids = new ArrayList<>(space.size());
        List<Distribution> dists = new ArrayList<>(space.size());
        for (ParameterDef def : space.defs()) {
            ids.add(def.id());
            dists.add(def.prior());
        }
        return new Priors(ids, dists);
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

    public int size() {
        return ids.size();
    }

    public String id(int index) {
        return ids.get(index);
    }

    public Distribution get(int index) {
        return distributions.get(index);
    }

    /** Indices of the parameters that are not fixed, ascending. */
    public int[] freeIndices() {
        return java.util.stream.IntStream.range(0, size()).filter(i -> !distributions.get(i).isFixed()).toArray();
    }

    /** Maps a point u of the unit hypercube (one coordinate per parameter) through each quantile function. */
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

    /**
     * Log of the joint prior density over the free parameters (fixed ones contribute nothing), or negative
     * infinity when theta lies outside the support of any parameter (a fixed one away from its value included).
     */
    public double logDensity(double[] theta) {
        if (theta.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " values, got " + theta.length);
        }
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            Distribution d = distributions.get(i);
            double x = theta[i];
            if (!(x >= d.lower() && x <= d.upper())) {
                return Double.NEGATIVE_INFINITY;
            }
            if (d.isFixed()) {
                continue;
            }
            double density = d.density(x);
            if (!(density > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(density);
        }
        return sum;
    }
}
