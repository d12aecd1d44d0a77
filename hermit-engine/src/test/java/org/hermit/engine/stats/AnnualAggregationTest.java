package org.hermit.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class AnnualAggregationTest {
    // 2019-11 .. 2021-02: two months of 2019, all of 2020, two months of 2021.
    static final int START = Months.of(2019, 11);
    static final int MONTHS = 16;

    static double[] aggregate(int variable, double... monthly) {
        SeriesBuffer run = new SeriesBuffer(MONTHS);
        for (int t = 0; t < MONTHS; t++) {
            run.set(variable, t, monthly[t]);
        }
        AnnualAggregation agg = new AnnualAggregation(START, MONTHS);
        double[] annual = new double[agg.cells()];
        agg.aggregate(run.raw(), annual);
        return java.util.Arrays.copyOfRange(annual, variable * agg.years(), (variable + 1) * agg.years());
    }

    static double[] oneToSixteen() {
        double[] x = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            x[t] = t + 1;
        }
        return x;
    }

    @Test
    void coversEveryCalendarYearTouched() {
        AnnualAggregation agg = new AnnualAggregation(START, MONTHS);
        assertThat(agg.firstYear()).isEqualTo(2019);
        assertThat(agg.years()).isEqualTo(3);
    }

    @Test
    void flowsAddUp() {
        // revenue is a SUM: 1+2 | 3+...+14 | 15+16
        assertThat(aggregate(Variables.REVENUE_TOTAL, oneToSixteen())).containsExactly(3, 102, 31);
    }

    @Test
    void pricesAverageOverTheMonthsPresent() {
        assertThat(aggregate(Variables.RICE_KPW, oneToSixteen())).containsExactly(1.5, 8.5, 15.5);
    }

    @Test
    void stocksTakeTheLastMonth() {
        assertThat(aggregate(Variables.RESERVES_USD, oneToSixteen())).containsExactly(2, 14, 16);
    }

    @Test
    void gapsTakeTheLargest() {
        double[] x = oneToSixteen();
        x[5] = 99;
        x[15] = -4;
        assertThat(aggregate(Variables.LEDGER_IMBALANCE_USD, x)).containsExactly(2, 99, 15);
    }

    @Test
    void gdpGrowthIsMissingInTheYearsItsMonthsAreUndefined() {
        // A run from 2010-01 over three years: growth is defined from month 23 (2011-12) on.
        int start = Months.of(2010, 1);
        SeriesBuffer run = new SeriesBuffer(36);
        for (int t = 0; t < 36; t++) {
            run.set(Variables.GDP_GROWTH_PCT, t, t < 23 ? 0.0 : t / 10.0);
        }
        AnnualAggregation agg = new AnnualAggregation(start, 36);
        double[] annual = new double[agg.cells()];
        agg.aggregate(run.raw(), annual);
        int at = Variables.GDP_GROWTH_PCT * agg.years();
        assertThat(annual[at]).isNaN();
        assertThat(annual[at + 1]).isEqualTo(2.3);
        assertThat(annual[at + 2]).isEqualTo(3.5);
        assertThat(agg.defined(Variables.GDP_GROWTH_PCT, 0)).isFalse();
        assertThat(agg.defined(Variables.GDP_GROWTH_PCT, 1)).isTrue();
        assertThat(agg.defined(Variables.RESERVES_USD, 0)).isTrue();
    }
}
