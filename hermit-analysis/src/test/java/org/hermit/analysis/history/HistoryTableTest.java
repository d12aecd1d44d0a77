package org.hermit.analysis.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hermit.analysis.history.HistoryTable.ErrorUnit;
import org.hermit.analysis.history.HistoryTable.Row;
import org.hermit.analysis.history.HistoryTable.Summary;
import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class HistoryTableTest {
    private static final int START = Months.of(2019, 1);
    private static final int MONTHS = 24;

    /**
     * Run r (of 21) has rice at 1,000 + 100 r in every month and growth of r / 10 percent (as the model, 0.0 in the
     * 23 months before growth over two years has a meaning).
     */
    private static List<SeriesBuffer> runs() {
        List<SeriesBuffer> runs = new ArrayList<>();
        for (int r = 0; r <= 20; r++) {
            SeriesBuffer b = new SeriesBuffer(MONTHS);
            for (int t = 0; t < MONTHS; t++) {
                b.set(Variables.RICE_KPW, t, 1000 + 100 * r);
                b.set(Variables.GDP_GROWTH_PCT, t, t < 23 ? 0.0 : r / 10.0);
            }
            runs.add(b);
        }
        return runs;
    }

    private static Observation month(int year, int month, double v) {
        return new Observation(Frequency.MONTHLY, Months.of(year, month), v, v, v, 1, "test");
    }

    private static Observation year(int year, double v) {
        return new Observation(Frequency.ANNUAL, year, v, v, v, 1, "test");
    }

    private static List<Row> rows() {
        ObservedData data = ObservedData.of(List.of(
                new ObservedSeries("rice_kpw_per_kg", "KPW per kg", "", List.of(month(2019, 3, 1800), month(2019, 9, 2200),
                        month(2020, 5, 5000)), ""),
                new ObservedSeries("gdp_growth_pct", "percent", "", List.of(year(2019, 0.5), year(2020, 4.0)), "")));
        HistoryFit fit = new HistoryFit(data, START, MONTHS, Set.of());
        return HistoryTable.rows(fit, runs(), START);
    }

    @Test
    void monthlyObservationsAreAveragedByYearAgainstTheSameMonthsOfEachRun() {
        Row y2019 = rows().stream().filter(r -> r.series().equals("rice_kpw_per_kg") && r.period().startsWith("2019"))
                .findFirst().orElseThrow();

        assertThat(y2019.period()).isEqualTo("2019 (2 mo)");
        assertThat(y2019.n()).isEqualTo(2);
        assertThat(y2019.observed()).isEqualTo(2000);
        // Runs 1,000 to 3,000: median 2,000, p5 and p95 at runs 1 and 19.
        assertThat(y2019.p50()).isEqualTo(2000);
        assertThat(y2019.p5()).isEqualTo(1100);
        assertThat(y2019.p95()).isEqualTo(2900);
        assertThat(y2019.error()).isEqualTo(0);
        assertThat(y2019.inside90()).isTrue();
    }

    @Test
    void levelsErrInPercentAndGrowthRatesInPoints() {
        List<Row> rows = rows();
        Row rice2020 = rows.stream().filter(r -> r.period().equals("2020 (1 mo)")).findFirst().orElseThrow();
        Row growth2020 = rows.stream().filter(r -> r.series().equals("gdp_growth_pct") && r.period().equals("2020"))
                .findFirst().orElseThrow();

        assertThat(rice2020.errorUnit()).isEqualTo(ErrorUnit.PERCENT);
        assertThat(rice2020.error()).isCloseTo(-60, within(1e-9)); // 2,000 against 5,000
        assertThat(rice2020.inside90()).isFalse();
        assertThat(growth2020.errorUnit()).isEqualTo(ErrorUnit.POINTS);
        assertThat(growth2020.error()).isCloseTo(1.0 - 4.0, within(1e-9)); // median run 10: 1%
    }

    @Test
    void sharesErrInPointsOfPercent() {
        Row share = new Row("food_insecure_share", "2019", 1, 0.40, 0.30, 0.45, 0.60);

        assertThat(share.errorUnit()).isEqualTo(ErrorUnit.POINTS);
        assertThat(share.error()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void summariesGiveTheMeanAbsoluteAndSignedErrorAndTheCoverage() {
        List<Summary> summaries = HistoryTable.summaries(rows());

        Summary rice = summaries.stream().filter(s -> s.series().equals("rice_kpw_per_kg")).findFirst().orElseThrow();
        assertThat(rice.rows()).isEqualTo(2);
        assertThat(rice.observations()).isEqualTo(3);
        assertThat(rice.meanAbsError()).isCloseTo(30, within(1e-9));   // |0| and |-60|
        assertThat(rice.meanSignedError()).isCloseTo(-30, within(1e-9));
        assertThat(rice.coverage90()).isEqualTo(0.5);
        Summary growth = summaries.stream().filter(s -> s.series().equals("gdp_growth_pct")).findFirst().orElseThrow();
        assertThat(growth.unit()).isEqualTo(ErrorUnit.POINTS);
        assertThat(growth.meanSignedError()).isCloseTo(-3.0, within(1e-9)); // 2020 only: 2019 is not compared
        assertThat(growth.rows()).isEqualTo(1);
    }

    @Test
    void growthInTheRunsFirstYearIsNeitherFittedNorTabled() {
        // The runs start 2019-01: their growth is undefined until 2020-12, so 2019's observed 0.5% is not compared
        // with the model's placeholder 0, while 2020 is.
        List<Row> growth = rows().stream().filter(r -> r.series().equals("gdp_growth_pct")).toList();
        assertThat(growth).extracting(Row::period).containsExactly("2020");
        HistoryFit fit = new HistoryFit(ObservedData.of(List.of(new ObservedSeries("gdp_growth_pct", "percent", "",
                List.of(year(2019, 0.5), year(2020, 4.0), month(2020, 11, 3.0), month(2020, 12, 4.0)), ""))),
                START, MONTHS, Set.of());
        assertThat(fit.targets("gdp_growth_pct")).extracting(t -> t.observation().frequency() + " " + t.observation().period())
                .containsExactly("ANNUAL 2020", "MONTHLY " + Months.of(2020, 12));
        // A run with growth of 4% wherever it is defined matches exactly: the 0.5% of 2019 and the 3% of 2020-11 are
        // not held against the placeholder 0 before month 24.
        SeriesBuffer fourPercent = new SeriesBuffer(MONTHS);
        fourPercent.set(Variables.GDP_GROWTH_PCT, 23, 4.0);
        assertThat(fit.distance(fourPercent)).isZero();
    }

    @Test
    void csvAndMarkdownCarryEveryRow() {
        List<Row> rows = rows();

        String csv = HistoryTable.csv(rows);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("series,period,n,observed,p5,p50,p95,error,error_unit");
        assertThat(csv.lines().count()).isEqualTo(rows.size() + 1);
        assertThat(csv).contains("rice_kpw_per_kg,2020(1mo),1,5000.00,1100.00,2000.00,2900.00,-60.0000,%");
        String md = HistoryTable.markdown(rows);
        assertThat(md).contains("| `gdp_growth_pct` | 2020 | 4.00 | 1.00 | 0.100 – 1.90 ✗ | -3.0 pp |");
        assertThat(HistoryTable.summaryMarkdown(HistoryTable.summaries(rows))).contains("| `rice_kpw_per_kg` | 2 | 3 | 30% | -30% | 50% |");
        assertThat(HistoryTable.summaryCsv(HistoryTable.summaries(rows)))
                .startsWith("series,rows,observations,error_unit,mean_abs_error,mean_signed_error,coverage90\n");
    }
}
