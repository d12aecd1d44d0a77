package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.model.Channel;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class ResultTablesTest {
    static final int START = Months.of(2010, 1);
    static final int MONTHS = 21 * 12;

    /** Runs of the magnitudes the real model gives (2010-2030), so the layout is tested on real widths. */
    static EnsembleSummary summary(int runs) {
        EnsembleStatistics stats = new EnsembleStatistics(START, MONTHS);
        SplittableRandom rng = new SplittableRandom(1);
        for (int r = 0; r < runs; r++) {
            SeriesBuffer b = new SeriesBuffer(MONTHS);
            double scale = runs == 1 ? 1 : 0.7 + 0.6 * rng.nextDouble();
            for (int t = 0; t < MONTHS; t++) {
                for (Channel c : Channel.values()) {
                    b.set(Variables.revenue(c), t, scale * 8e6 * (1 + c.ordinal()));
                }
                b.set(Variables.REVENUE_TOTAL, t, scale * 2.4e8);
                b.set(Variables.STATE_REVENUE_TOTAL, t, scale * 1.3e8);
                b.set(Variables.RESERVES_USD, t, scale * 3.2e9);
                b.set(Variables.KPW_PER_USD, t, scale * 8300 + 30 * t);
                b.set(Variables.RICE_KPW, t, scale * 5100 + 20 * t);
                b.set(Variables.FOOD_INSECURE_PEOPLE, t, scale * 10.7e6);
                b.set(Variables.GDP_GROWTH_PCT, t, scale * 4 - 3.5);
            }
            stats.add(b);
        }
        return stats.summary();
    }

    @Test
    void anEnsembleReadsInOneHundredColumns() {
        String text = ResultTables.run("baseline", summary(200));
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(ResultTables.WIDTH));
        // Channel revenue in two blocks of years, every channel a row, medians in USD million.
        assertThat(text).containsPattern("\\n\\s+2010\\s+2011.*2020\\n").containsPattern("\\n\\s+2021\\s.*2030\\n");
        for (Channel c : Channel.values()) {
            assertThat(text).contains("\n" + c.id() + " ");
        }
        assertThat(text).containsPattern("\\ngross total\\s+2,8\\d\\d\\s").containsPattern("\\nto the state\\s+1,5\\d\\d\\s");
        // Headline indicators with their 90% ranges, year by year.
        assertThat(text).containsPattern("\\n2010\\s+3.\\d\\d \\[2.\\d\\d, 4.\\d\\d\\]\\s+8\\d\\d\\d \\[6\\d\\d\\d, 10\\d\\d\\d\\]\\s+5\\d\\d\\d \\[")
                .containsPattern("\\[-?0.\\d, 1.\\d\\]\\n");
        assertThat(text).contains("\n2030 ");
    }

    @Test
    void aSingleRunShowsPlainValues() {
        String text = ResultTables.run("baseline", summary(1));
        assertThat(text).contains("one run at central parameter values").doesNotContain("[");
        assertThat(text).containsPattern("\\n2010\\s+3.20\\s+84\\d\\d\\s+52\\d\\d\\s+10.7\\s+0.5\\n");
    }

    @Test
    void aComparisonSumsUpTheYearsWithoutAnyDifferenceInOneLine() {
        EnsembleStatistics diff = new EnsembleStatistics(START, MONTHS);
        for (int r = 0; r < 20; r++) {
            SeriesBuffer a = new SeriesBuffer(MONTHS);
            SeriesBuffer b = new SeriesBuffer(MONTHS);
            for (int t = 0; t < MONTHS; t++) {
                a.set(Variables.RESERVES_USD, t, 3e9);
                // The counterfactual departs from 2026-01 (month 192) on.
                b.set(Variables.RESERVES_USD, t, t >= 16 * 12 ? 2.5e9 - 1e7 * r : 3e9);
            }
            diff.addDifference(a, b);
        }
        EnsembleSummary d = diff.summary();
        assertThat(ResultTables.firstYearThatDiffers(d)).isEqualTo(16);
        String text = ResultTables.compare("baseline", "china-enforces", d);
        assertThat(text).contains("\n2010-2025: no difference in any run\n").doesNotContain("\n2025 ")
                .containsPattern("\\n2026\\s+0 \\[0, 0\\]\\s+0 \\[0, 0\\]\\s+-0.\\d\\d \\[");
        // Without any difference the whole table is shown.
        EnsembleStatistics none = new EnsembleStatistics(START, MONTHS);
        none.addDifference(new SeriesBuffer(MONTHS), new SeriesBuffer(MONTHS));
        assertThat(ResultTables.compare("baseline", "same", none.summary())).doesNotContain("no difference")
                .contains("\n2010 ").contains("\n2030 ");
    }

    @Test
    void numbersKeepThreeSignificantFiguresWithoutExponents() {
        assertThat(ResultTables.number(0)).isEqualTo("0");
        assertThat(ResultTables.number(0.123)).isEqualTo("0.12");
        assertThat(ResultTables.number(-3.456)).isEqualTo("-3.46");
        assertThat(ResultTables.number(12.34)).isEqualTo("12.3");
        assertThat(ResultTables.number(123456.7)).isEqualTo("123,457");
        assertThat(ResultTables.compact(3.456, 2)).isEqualTo("3.46");
        assertThat(ResultTables.compact(34.56, 2)).isEqualTo("34.6");
        assertThat(ResultTables.compact(8367.4, 0)).isEqualTo("8367");
        assertThat(ResultTables.compact(-0.04, 1)).isEqualTo("0.0");
    }
}
