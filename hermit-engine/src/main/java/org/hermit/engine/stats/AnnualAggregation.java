package org.hermit.engine.stats;

import org.hermit.model.output.Aggregation;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;
import org.hermit.model.time.Months;

/**
 * Turns a run's monthly values into annual values, each variable by its {@link Variable#annual()} rule: flows add
 * up (SUM), prices average (MEAN), stocks take the year's last month (LAST), gaps take the largest (MAX). A year
 * the run covers only in part aggregates the months it has (a SUM is then a part-year total). A year whose value
 * draws on a month in which the variable is undefined ({@link Variable#definedInYear}) is missing: NaN.
 */
public final class AnnualAggregation {
    private final int startMonth;
    private final int months;
    private final int firstYear;
    private final int years;
    private final int[] yearIndex;
    private final int[] monthsInYear;
    private final Aggregation[] rules;
    /** Per variable, the index of its first defined year: years before it are NaN. */
    private final int[] firstDefinedYear;

    public AnnualAggregation(int startMonth, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("at least one month needed");
        }
        this.startMonth = startMonth;
        this.months = months;
        this.firstYear = Months.year(startMonth);
        this.years = Months.year(startMonth + months - 1) - firstYear + 1;
        this.yearIndex = new int[months];
        this.monthsInYear = new int[years];
        for (int t = 0; t < months; t++) {
            yearIndex[t] = Months.year(startMonth + t) - firstYear;
            monthsInYear[yearIndex[t]]++;
        }
        this.rules = new Aggregation[Variables.COUNT];
        this.firstDefinedYear = new int[Variables.COUNT];
        for (Variable v : Variables.all()) {
            rules[v.index()] = v.annual();
            int y = 0;
            while (y < years && !v.definedInYear(startMonth, months, firstYear + y)) {
                y++;
            }
            firstDefinedYear[v.index()] = y;
        }
    }

    public int startMonth() {
        return startMonth;
    }

    public int months() {
        return months;
    }

    public int firstYear() {
        return firstYear;
    }

    public int years() {
        return years;
    }

    /** Whether the annual value of variable in year index y (0 = {@link #firstYear()}) is defined. */
    public boolean defined(int variable, int y) {
        return y >= firstDefinedYear[variable];
    }

    /** Number of annual cells: variables times years, laid out [variable * years + year]. */
    public int cells() {
        return Variables.COUNT * years;
    }

    /**
     * Aggregates monthly values laid out [variable * months + t] (a {@link org.hermit.model.output.SeriesBuffer}'s
     * raw array) into annual values laid out [variable * years + year], NaN where the year is undefined for the
     * variable (see {@link #defined}). Allocates nothing.
     */
    public void aggregate(double[] monthly, double[] annual) {
        if (monthly.length != Variables.COUNT * months || annual.length != cells()) {
            throw new IllegalArgumentException("array sizes do not match " + months + " months and " + years + " years");
        }
        for (int v = 0; v < Variables.COUNT; v++) {
            int in = v * months;
            int out = v * years;
            Aggregation rule = rules[v];
            for (int y = 0; y < years; y++) {
                annual[out + y] = rule == Aggregation.MAX ? Double.NEGATIVE_INFINITY : 0.0;
            }
            for (int t = 0; t < months; t++) {
                int cell = out + yearIndex[t];
                double x = monthly[in + t];
                switch (rule) {
                    case SUM, MEAN -> annual[cell] += x;
                    case LAST -> annual[cell] = x;
                    case MAX -> annual[cell] = Math.max(annual[cell], x);
                }
            }
            if (rule == Aggregation.MEAN) {
                for (int y = 0; y < years; y++) {
                    annual[out + y] /= monthsInYear[y];
                }
            }
            for (int y = 0; y < firstDefinedYear[v]; y++) {
                annual[out + y] = Double.NaN;
            }
        }
    }
}
