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

    @Test
    void unknownVariableIdsAreNamed() {
        EnsembleStatistics stats = new EnsembleStatistics(START, 12);
        stats.add(run(12, 1, 1));
        assertThatThrownBy(() -> stats.summary().annual("reserve_usd")).hasMessageContaining("reserve_usd");
    }
}
