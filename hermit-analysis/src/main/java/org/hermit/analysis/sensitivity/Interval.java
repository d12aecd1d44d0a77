package org.hermit.analysis.sensitivity;

/** A closed interval [lower, upper], such as a bootstrap confidence interval. */
public record Interval(double lower, double upper) {

    public Interval {
        if (lower > upper) {
            throw new IllegalArgumentException("interval needs lower <= upper, got [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    public double width() {
        return upper - lower;
    }
}
