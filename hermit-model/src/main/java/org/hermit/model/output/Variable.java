package org.hermit.model.output;

import org.hermit.model.time.Months;

/**
 * An output variable: a stable id other tools depend on, its unit, how it aggregates to a year, and how many
 * leading months of a run it has no meaning in.
 *
 * @param undefinedMonths months at the start of every run in which the variable is undefined (a growth rate over
 *                        two years needs two years of history). The model still writes a number there (0.0, so a
 *                        run's buffer stays free of NaN); every consumer must treat those months, and the annual
 *                        values built from them, as missing: not written as numbers, not drawn, not scored.
 */
public record Variable(int index, String id, String unit, Aggregation annual, String description, int undefinedMonths) {
    public Variable {
        if (undefinedMonths < 0) {
            throw new IllegalArgumentException(id + ": undefinedMonths must be >= 0, was " + undefinedMonths);
        }
    }

    /** Whether the value of month t of a run (0 = the run's first month) has a meaning. */
    public boolean definedAt(int t) {
        return t >= undefinedMonths;
    }

    /**
     * Whether the annual value of the given calendar year has a meaning in a run of the given months starting at
     * startMonth ({@link Months} index): every month the annual value is made of must be defined, that is the
     * year's months within the run, or for a {@link Aggregation#LAST} variable only the last of them. False for a
     * year the run does not reach.
     */
    public boolean definedInYear(int startMonth, int months, int year) {
        int first = Math.max(startMonth, Months.of(year, 1));
        int last = Math.min(startMonth + months - 1, Months.of(year, 12));
        if (first > last) {
            return false;
        }
        int drawnFrom = annual == Aggregation.LAST ? last : first;
        return definedAt(drawnFrom - startMonth);
    }

    /** Whether every month of a run, and so every year, is defined. */
    public boolean alwaysDefined() {
        return undefinedMonths == 0;
    }
}
