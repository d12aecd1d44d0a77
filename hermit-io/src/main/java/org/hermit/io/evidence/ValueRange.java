package org.hermit.io.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as the evidence states it: a single number (low == high) or a range written {@code low-high}
 * (e.g. {@code 630000000-1000000000}, {@code 0.015-0.076}). A leading minus is a sign, not a range.
 */
public record ValueRange(double low, double high) {
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final Pattern SINGLE = Pattern.compile(NUMBER);
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")-(" + NUMBER + ")");

    public ValueRange {
        if (!(low <= high)) {
            throw new IllegalArgumentException("a range needs low <= high, got " + low + ".." + high);
        }
    }

    public static ValueRange of(double value) {
        return new ValueRange(value, value);
    }

    /** Parses "8150", "-0.5", "9000-15000"; empty for words ("billions"), blanks and anything else. */
    public static Optional<ValueRange> parse(String text) {
        String t = text == null ? "" : text.trim();
        if (SINGLE.matcher(t).matches()) {
            return Optional.of(of(Double.parseDouble(t)));
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            return Optional.of(new ValueRange(Math.min(a, b), Math.max(a, b)));
        }
        return Optional.empty();
    }

    public double midpoint() {
        return (low + high) / 2;
    }

    public boolean isRange() {
        return low != high;
    }

    public ValueRange times(double factor) {
        double a = low * factor;
        double b = high * factor;
        return new ValueRange(Math.min(a, b), Math.max(a, b));
    }
}
