package org.hermit.model.param;

import java.util.Arrays;

/** One run's parameter values, by the index of a {@link ParameterSpace}. Immutable. */
public final class ParameterValues {
    private final ParameterSpace space;
    private final double[] values;

    public ParameterValues(ParameterSpace space, double[] values) {
        if (values.length != space.size()) {
            throw new IllegalArgumentException("expected " + space.size() + " values, got " + values.length);
        }
        this.space = space;
        this.values = values.clone();
    }

    public static ParameterValues central(ParameterSpace space) {
        return new ParameterValues(space, space.centralValues());
    }

    public ParameterSpace space() {
        return space;
    }

    public double get(String id) {
        return values[space.indexOf(id)];
    }

    /** The value of prefix + name (see {@link ParameterSpace#indexOf(String, String)}). */
    public double get(String prefix, String name) {
        return values[space.indexOf(prefix, name)];
    }

    public double get(int index) {
        return values[index];
    }

    public int size() {
        return values.length;
    }

    public double[] toArray() {
        return values.clone();
    }

    /** A copy with one value replaced (for sensitivity analysis and tests). */
    public ParameterValues with(String id, double value) {
        double[] v = values.clone();
        v[space.indexOf(id)] = value;
        return new ParameterValues(space, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues p && p.space == space && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
