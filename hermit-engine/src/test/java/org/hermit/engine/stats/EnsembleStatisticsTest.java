package org.hermit.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class EnsembleStatisticsTest {
    static final int START = Months.of(2020, 1);

    static SeriesBuffer run(int months, double reservesStep, double ricePrice) {
        SeriesBuffer b = new SeriesBuffer(months);
        for (int t = 0; t < months; t++) {
            b.set(Variables.RESERVES_USD, t, reservesStep * (t + 1));
            b.set(Variables.RICE_KPW, t, ricePrice);
            b.set(Variables.REVENUE_TOTAL, t, 10);
        }
        return b;
    }

    @Test
    void summarisesMonthsAndYearsOfEveryVariable() {
        EnsembleStatistics stats = new EnsembleStatistics(START, 24);
        for (int r = 1; r <= 5; r++) {
            stats.add(run(24, r, 1000 * r));
        }
        EnsembleSummary s = stats.summary();
        assertThat(s.runs()).isEqualTo(5);
        assertThat(s.exact()).isTrue();
        assertThat(s.monthly("reserves_usd").p50()[0]).isEqualTo(3.0);
        assertThat(s.monthly("reserves_usd").p95()[23]).isEqualTo(24 * 4.8);
        assertThat(s.annual("reserves_usd").p50()).containsExactly(36, 72);
        assertThat(s.annual("rice_kpw_per_kg").p5()).containsExactly(1200, 1200);
        assertThat(s.annual("revenue_usd.total").p50()).containsExactly(120, 120);
        assertThat(s.annual("reserves_usd").firstYear()).isEqualTo(2020);
        assertThat(s.monthly(Variables.RESERVES_USD).variable().id()).isEqualTo("reserves_usd");
    }

    @Test
    void pairedDifferencesAreTakenRunByRunThenSummarised() {
        EnsembleStatistics diff = new EnsembleStatistics(START, 12);
        for (int r = 1; r <= 3; r++) {
            SeriesBuffer a = run(12, r, 100);
            SeriesBuffer b = run(12, r, 100 + r);
            b.set(Variables.LEDGER_IMBALANCE_USD, 3, 7);
            diff.addDifference(a, b);
        }
        EnsembleSummary s = diff.summary();
        assertThat(s.annual("rice_kpw_per_kg").p50()).containsExactly(2.0);
        assertThat(s.annual("reserves_usd").p95()).containsExactly(0.0);
        assertThat(s.monthly("rice_kpw_per_kg").p5()[6]).isEqualTo(1.1);
        assertThat(s.annual("ledger_imbalance_usd").p50()).containsExactly(7.0);
    }

    static SeriesBuffer withGrowth(int months, double growth) {
        SeriesBuffer b = run(months, 1, 1000);
        for (int t = 23; t < months; t++) {
            b.set(Variables.GDP_GROWTH_PCT, t, growth); // the model writes 0.0 before its 24th month
        }
        return b;
    }

    @Test
    void undefinedMonthsAndYearsHaveNoQuantilesNotZero() {
        EnsembleStatistics stats = new EnsembleStatistics(START, 36);
        for (int r = 1; r <= 5; r++) {
            stats.add(withGrowth(36, r));
        }
        EnsembleSummary s = stats.summary();
        MonthlyQuantiles monthly = s.monthly("gdp_growth_pct");
        for (int t = 0; t < 23; t++) {
            assertThat(new double[] {monthly.p5()[t], monthly.p25()[t], monthly.p50()[t], monthly.p75()[t], monthly.p95()[t]})
                    .as("month %d", t).containsOnly(Double.NaN);
        }
        assertThat(monthly.p50()[23]).isEqualTo(3.0);
        AnnualQuantiles annual = s.annual("gdp_growth_pct");
        assertThat(annual.p50()[0]).isNaN();
        assertThat(annual.p5()[0]).isNaN();
        assertThat(annual.p95()[0]).isNaN();
        assertThat(annual.p50()[1]).isEqualTo(3.0);
        assertThat(annual.p50()[2]).isEqualTo(3.0);
        assertThat(s.annual("reserves_usd").p50()[0]).isEqualTo(12.0);
    }

    @Test
    void undefinedPeriodsStayMissingPastTheSwitchToDigests() {
        EnsembleStatistics stats = new EnsembleStatistics(START, 36, 3, 100);
        for (int r = 1; r <= 10; r++) {
            stats.add(withGrowth(36, r));
        }
        EnsembleSummary s = stats.summary();
        assertThat(s.exact()).isFalse();
        assertThat(s.annual("gdp_growth_pct").p50()[0]).isNaN();
        assertThat(s.monthly("gdp_growth_pct").p50()[22]).isNaN();
        assertThat(s.annual("gdp_growth_pct").p50()[1]).isBetween(4.0, 7.0);
    }

    @Test
    void differencesInUndefinedPeriodsAreMissing() {
        EnsembleStatistics diff = new EnsembleStatistics(START, 36);
        for (int r = 1; r <= 3; r++) {
            diff.addDifference(withGrowth(36, r), withGrowth(36, r + 2));
        }
        EnsembleSummary s = diff.summary();
        assertThat(s.annual("gdp_growth_pct").p50()[0]).isNaN();
        assertThat(s.annual("gdp_growth_pct").p50()[1]).isEqualTo(2.0);
        assertThat(s.monthly("gdp_growth_pct").p50()[0]).isNaN();
        assertThat(s.monthly("gdp_growth_pct").p50()[23]).isEqualTo(2.0);
    }

    @Test
    void unknownVariableIdsAreNamed() {
        EnsembleStatistics stats = new EnsembleStatistics(START, 12);
        stats.add(run(12, 1, 1));
        assertThatThrownBy(() -> stats.summary().annual("reserve_usd")).hasMessageContaining("reserve_usd");
    }
}
