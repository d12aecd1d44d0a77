package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hermit.analysis.score.HorizonBand;
import org.hermit.api.BacktestResult.ScoredSeries;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.io.InputException;
import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import org.hermit.model.param.Distribution;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

/** Calibration, backtests and the history table through the API, around the engine's random-walk test model. */
class ValidationTest {
    private static final int START = Months.of(2020, 1);
    private static final String RICE = "rice_kpw_per_kg";

    /** A walk of four years, 2020-2023. */
    private static Scenario longWalk(Map<String, Distribution> overrides) {
        return new Scenario("long", "", "test:long", "h-long", START, Months.of(2023, 12), 7, 5, Resolution.COHORT, overrides,
                null, List.of(), List.of());
    }

    private static Observation month(int year, int month, double v) {
        return new Observation(Frequency.MONTHLY, Months.of(year, month), v, v, v, 1, "test");
    }

    private static Observation year(int year, double v) {
        return new Observation(Frequency.ANNUAL, year, v, v, v, 1, "test");
    }

    private static ObservedData rice(Observation... observations) {
        return ObservedData.of(List.of(new ObservedSeries(RICE, "KPW per kg", "", List.of(observations), "test")));
    }

    private static CalibrationOptions small() {
        return CalibrationOptions.defaults().population(20).budget(60).parameters(List.of(RandomWalkModel.LEVEL)).threads(1)
                .fitRuns(2);
    }

    @Test
    void theCutoffDefaultsToTheLastObservationInsideTheScenario() {
        Hermit hermit = HermitApiTest.hermit();

        CalibrationResult early = hermit.calibrate(longWalk(Map.of()), small().observed(rice(month(2020, 3, 4000),
                month(2021, 8, 5000))));
        CalibrationResult late = hermit.calibrate(longWalk(Map.of()), small().observed(rice(month(2021, 8, 5000),
                month(2026, 1, 9000))));

        assertThat(early.cutoff()).isEqualTo(Months.of(2021, 8));
        assertThat(late.cutoff()).isEqualTo(Months.of(2023, 12));
        assertThat(early.fit()).singleElement().satisfies(f -> {
            assertThat(f.series()).isEqualTo(RICE);
            assertThat(f.observations()).isEqualTo(2);
        });
    }

    @Test
    void aParameterTheScenarioSetsCannotBeFitted() {
        Scenario pinned = longWalk(Map.of(RandomWalkModel.LEVEL, new Distribution.Fixed(2000)));

        assertThatThrownBy(() -> HermitApiTest.hermit().calibrate(pinned, small().observed(rice(month(2021, 1, 1)))))
                .isInstanceOf(InputException.class).hasMessageContaining("the scenario sets walk.level");
    }

    @Test
    void theRunsStopAtTheEndOfTheLastScoredYear() {
        BacktestResult r = HermitApiTest.hermit().backtest(longWalk(Map.of()), BacktestOptions.at(Months.of(2020, 12)).fit(false)
                .runs(4).threads(1).observed(rice(month(2020, 12, 100), month(2021, 3, 120))));

        assertThat(r.endMonth()).isEqualTo(Months.of(2021, 12));
        assertThat(r.notes()).isEmpty();
        assertThat(r.ensemble().months()).isEqualTo(24);
    }

    @Test
    void aRecordThatNeverMovesFromItsCutoffValueIsNamedAsTheReasonMaseAndDirectionAreUndefined() {
        BacktestResult r = HermitApiTest.hermit().backtest(longWalk(Map.of()), BacktestOptions.at(Months.of(2020, 12)).fit(false)
                .runs(4).threads(1).observed(rice(month(2020, 12, 100), month(2021, 3, 100), month(2021, 9, 100))));

        assertThat(r.scores()).filteredOn(sc -> sc.band() == HorizonBand.ALL).singleElement()
                .satisfies(sc -> assertThat(sc.mase()).isNaN());
        assertThat(r.notes()).singleElement().isEqualTo("Every observation after the cut-off equals the last one before"
                + " it, so the no-change forecast is exact (MASE undefined) and there is no direction to get right: "
                + RICE + ".");
    }

    @Test
    void monthlyObservationsOfASeriesAlsoObservedByYearAreScoredApart() {
        BacktestResult r = HermitApiTest.hermit().backtest(longWalk(Map.of()), BacktestOptions.at(Months.of(2020, 12)).fit(false)
                .runs(4).threads(1).observed(rice(year(2020, 100), month(2020, 11, 90), year(2022, 150), month(2021, 5, 110),
                        month(2021, 6, 115))));

        assertThat(r.series()).extracting(ScoredSeries::label).containsExactly(RICE, RICE + "@monthly");
        ScoredSeries annual = r.series().get(0);
        ScoredSeries monthly = r.series().get(1);
        assertThat(annual.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(annual.forecast().lastObservedAtCutoff()).isEqualTo(100);
        assertThat(annual.forecast().points()).extracting(p -> p.period()).containsExactly("2022");
        assertThat(monthly.forecast().lastObservedAtCutoff()).isEqualTo(90);
        assertThat(monthly.forecast().points()).extracting(p -> p.horizonMonths()).containsExactly(5, 6);
        // The year's forecast is the runs' annual mean (rice averages over the year), the month's the month's value.
        double annualP50 = r.ensemble().annual(RICE).p50()[2];
        assertThat(annual.forecast().points().get(0).forecast().p50()).isEqualTo(annualP50);
        assertThat(monthly.forecast().points().get(0).forecast().p50())
                .isEqualTo(r.ensemble().quantiles(RICE).p50()[Months.of(2021, 5) - START]);
    }

    @Test
    void aYearStraddlingTheCutoffIsNeitherFittedNorScored() {
        List<Observation> obs = new ArrayList<>(List.of(year(2021, 100), month(2021, 9, 100)));
        BacktestResult r = HermitApiTest.hermit().backtest(longWalk(Map.of()), BacktestOptions.at(Months.of(2021, 6)).fit(false)
                .runs(4).threads(1).observed(rice(obs.toArray(Observation[]::new))));

        assertThat(r.series()).extracting(ScoredSeries::label).containsExactly(RICE + "@monthly");
    }

    @Test
    void theHistoryTableComparesEveryObservationInsideTheRuns() {
        HistoryResult h = HermitApiTest.hermit().history(longWalk(Map.of()), RunOptions.defaults().runs(7).threads(1),
                rice(month(2019, 12, 1), month(2020, 2, 1000), month(2020, 4, 3000), year(2023, 2000), month(2024, 1, 9)));

        assertThat(h.runs()).isEqualTo(7);
        assertThat(h.rows()).extracting(r -> r.period()).containsExactly("2023", "2020 (2 mo)");
        assertThat(h.rows().get(1).observed()).isEqualTo(2000);
        assertThat(h.summaries()).singleElement().satisfies(s -> assertThat(s.observations()).isEqualTo(3));
    }

    private static ObservedData growth(Observation... observations) {
        return ObservedData.of(List.of(new ObservedSeries("gdp_growth_pct", "percent", "", List.of(observations), "test")));
    }

    @Test
    void aBacktestNeverScoresGrowthWhereTheModelDoesNotDefineIt() {
        // The runs start 2020-01: growth is undefined until 2021-12, so 2021-03 and 2021-11 are not scored (nor is
        // 2020, which straddles the cut-off).
        BacktestResult r = HermitApiTest.hermit().backtest(longWalk(Map.of()), BacktestOptions.at(Months.of(2020, 1)).fit(false)
                .runs(4).threads(1).observed(growth(year(2020, 2.0), year(2021, 3.0), month(2021, 3, 1.0), month(2021, 11, 1.0),
                        month(2021, 12, 1.5))));

        assertThat(r.series()).flatExtracting(s -> s.forecast().points()).extracting(p -> p.period())
                .containsExactlyInAnyOrder("2021", "2021-12");
        assertThat(r.series()).flatExtracting(s -> s.forecast().points())
                .allSatisfy(p -> assertThat(p.forecast().p50()).isFinite());
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("Not scored")
                .contains("gdp_growth_pct 2021-03", "gdp_growth_pct 2021-11"));
    }

    @Test
    void theHistoryTableHasNoRowForGrowthWhereTheModelDoesNotDefineIt() {
        HistoryResult h = HermitApiTest.hermit().history(longWalk(Map.of()), RunOptions.defaults().runs(3).threads(1),
                growth(year(2020, 2.0), year(2021, 3.0), year(2022, 1.0)));

        assertThat(h.rows()).extracting(r -> r.period()).containsExactly("2021", "2022");
    }
}
