package org.hermit.analysis.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class ForecastScorerTest {
    private static final int CUTOFF = Months.of(2016, 12);
    private static final double CUTOFF_VALUE = 100;

    /** Four observations, hand-scored below: two in 1-12, one in 13-24, one annual in 25+. */
    private static SeriesForecast example() {
        return new SeriesForecast("rice_kpw_per_kg", CUTOFF_VALUE, List.of(
                // |105-110| = 5, no change misses by 10, inside, up and up: hit
                ForecastPoint.monthly(CUTOFF, Months.of(2017, 1), 110, new EnsembleQuantiles(95, 105, 115)),
                // |102-90| = 12, no change misses by 10, below p5, down but median up: miss
                ForecastPoint.monthly(CUTOFF, Months.of(2017, 6), 90, new EnsembleQuantiles(92, 102, 112)),
                // exact median, no change misses by 20, inside, hit
                ForecastPoint.monthly(CUTOFF, Months.of(2018, 3), 120, new EnsembleQuantiles(100, 120, 140)),
                // annual 2019 at June 2019: horizon 30; equals the cut-off value: no direction, no MASE scale
                ForecastPoint.annual(CUTOFF, 2019, 100, new EnsembleQuantiles(80, 95, 105))));
    }

    @Test
    void scoresEachBandThenAllInOrder() {
        List<Score> scores = ForecastScorer.score(example());

        assertThat(scores).extracting(Score::band).containsExactly(
                HorizonBand.MONTHS_1_12, HorizonBand.MONTHS_13_24, HorizonBand.MONTHS_25_PLUS, HorizonBand.ALL);
        assertThat(scores).extracting(Score::n).containsExactly(2, 1, 1, 4);
        assertThat(scores).extracting(Score::series).containsOnly("rice_kpw_per_kg");
    }

    @Test
    void firstYearBandMatchesHandComputation() {
        Score s = ForecastScorer.score(example()).get(0);

        assertThat(s.mape()).isCloseTo(100 * (5.0 / 110 + 12.0 / 90) / 2, within(1e-12));
        assertThat(s.mase()).isCloseTo((5.0 + 12.0) / (10.0 + 10.0), within(1e-12));
        assertThat(s.coverage90()).isEqualTo(0.5);
        assertThat(s.directionHit()).isEqualTo(0.5);
    }

    @Test
    void withoutAnObservationBeforeTheCutoffOnlyMapeAndCoverageAreDefined() {
        SeriesForecast late = new SeriesForecast("crypto_theft_usd", Double.NaN, example().points());

        Score s = ForecastScorer.score(late).get(3);

        assertThat(late.hasNoChangeForecast()).isFalse();
        assertThat(s.mape()).isCloseTo(100 * (5.0 / 110 + 12.0 / 90 + 0 + 5.0 / 100) / 4, within(1e-12));
        assertThat(s.coverage90()).isEqualTo(0.75);
        assertThat(s.mase()).isNaN();
        assertThat(s.directionHit()).isNaN();
    }

    @Test
    void allBandPoolsEveryObservation() {
        Score s = ForecastScorer.score(example()).get(3);

        assertThat(s.mape()).isCloseTo(100 * (5.0 / 110 + 12.0 / 90 + 0 + 5.0 / 100) / 4, within(1e-12));
        assertThat(s.mase()).isCloseTo((5.0 + 12 + 0 + 5) / (10.0 + 10 + 20 + 0), within(1e-12));
        assertThat(s.coverage90()).isEqualTo(0.75);
        // the annual point equals the cut-off value and has no direction: 2 hits out of 3
        assertThat(s.directionHit()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void maseAndDirectionAreUndefinedWhenNothingChangedFromTheCutoff() {
        Score s = ForecastScorer.score(example()).get(2);

        assertThat(s.mape()).isCloseTo(5.0, within(1e-12));
        assertThat(s.mase()).isNaN();
        assertThat(s.directionHit()).isNaN();
        assertThat(s.coverage90()).isEqualTo(1.0);
    }

    @Test
    void mapeSkipsZeroObservationsAndIsUndefinedWhenAllAreZero() {
        List<ForecastPoint> points = List.of(
                ForecastPoint.monthly(CUTOFF, CUTOFF + 1, 0, EnsembleQuantiles.point(3)),
                ForecastPoint.monthly(CUTOFF, CUTOFF + 2, 10, EnsembleQuantiles.point(12)));

        assertThat(ForecastScorer.score("s", HorizonBand.ALL, 5, points).mape()).isCloseTo(20.0, within(1e-12));
        assertThat(ForecastScorer.score("s", HorizonBand.ALL, 5, points.subList(0, 1)).mape()).isNaN();
    }

    @Test
    void medianAtTheCutoffValuePredictsNoChangeAndMissesTheDirection() {
        List<ForecastPoint> points = List.of(
                ForecastPoint.monthly(CUTOFF, CUTOFF + 1, 105, EnsembleQuantiles.point(CUTOFF_VALUE)));

        assertThat(ForecastScorer.score("s", HorizonBand.ALL, CUTOFF_VALUE, points).directionHit()).isZero();
    }

    @Test
    void seriesWithoutObservationsAfterTheCutoffHasNoScores() {
        assertThat(ForecastScorer.score(new SeriesForecast("s", 1, List.of()))).isEmpty();
    }

    @Test
    void annualObservationsAreMeasuredToJuneOfTheirYear() {
        assertThat(ForecastPoint.horizonOfYear(Months.of(2016, 12), 2017)).isEqualTo(6);
        assertThat(ForecastPoint.horizonOfYear(Months.of(2017, 3), 2017)).isEqualTo(3);
        assertThat(ForecastPoint.horizonOfYear(Months.of(2016, 12), 2019)).isEqualTo(30);
        assertThatThrownBy(() -> ForecastPoint.annual(Months.of(2017, 9), 2017, 1, EnsembleQuantiles.point(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2017 is not after the cut-off");
    }

    @Test
    void bandsSplitAtTwelveAndTwentyFourMonths() {
        assertThat(HorizonBand.of(1)).isEqualTo(HorizonBand.MONTHS_1_12);
        assertThat(HorizonBand.of(12)).isEqualTo(HorizonBand.MONTHS_1_12);
        assertThat(HorizonBand.of(13)).isEqualTo(HorizonBand.MONTHS_13_24);
        assertThat(HorizonBand.of(24)).isEqualTo(HorizonBand.MONTHS_13_24);
        assertThat(HorizonBand.of(25)).isEqualTo(HorizonBand.MONTHS_25_PLUS);
        assertThatThrownBy(() -> HorizonBand.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- properties over random series ----

    record Case(double cutoffValue, List<Double> observed, List<Double> spread, List<Double> bias) {
        List<ForecastPoint> points(java.util.function.DoubleUnaryOperator median) {
            List<ForecastPoint> points = new ArrayList<>();
            for (int i = 0; i < observed.size(); i++) {
                double m = median.applyAsDouble(observed.get(i)) + bias.get(i);
                points.add(ForecastPoint.monthly(CUTOFF, CUTOFF + 1 + i * 3, observed.get(i),
                        new EnsembleQuantiles(m - spread.get(i), m, m + spread.get(i))));
            }
            return points;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> value = Arbitraries.doubles().between(-1000, 1000).ofScale(2);
        return Arbitraries.integers().between(1, 20).flatMap(n -> Combinators.combine(
                value,
                value.list().ofSize(n),
                Arbitraries.doubles().between(0, 500).ofScale(2).list().ofSize(n),
                value.list().ofSize(n)).as(Case::new));
    }

    @Property
    void sharesLieInTheUnitIntervalAndErrorsAreNonNegative(@ForAll("cases") Case c) {
        for (Score s : ForecastScorer.score(new SeriesForecast("s", c.cutoffValue(), c.points(y -> y)))) {
            assertThat(s.coverage90()).isBetween(0.0, 1.0);
            if (!Double.isNaN(s.directionHit())) {
                assertThat(s.directionHit()).isBetween(0.0, 1.0);
            }
            if (!Double.isNaN(s.mape())) {
                assertThat(s.mape()).isGreaterThanOrEqualTo(0.0);
            }
            if (!Double.isNaN(s.mase())) {
                assertThat(s.mase()).isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    @Property
    void aPerfectForecastHasNoErrorFullCoverageAndEveryDirection(@ForAll("cases") Case c) {
        List<ForecastPoint> perfect = new ArrayList<>();
        for (int i = 0; i < c.observed().size(); i++) {
            perfect.add(ForecastPoint.monthly(CUTOFF, CUTOFF + 1 + i, c.observed().get(i),
                    EnsembleQuantiles.point(c.observed().get(i))));
        }
        Score s = ForecastScorer.score("s", HorizonBand.ALL, c.cutoffValue(), perfect);

        boolean anyNonZero = c.observed().stream().anyMatch(y -> y != 0);
        boolean anyChange = c.observed().stream().anyMatch(y -> y != c.cutoffValue());
        assertMetric(s.mape(), anyNonZero ? 0.0 : Double.NaN);
        assertMetric(s.mase(), anyChange ? 0.0 : Double.NaN);
        assertThat(s.coverage90()).isEqualTo(1.0);
        assertMetric(s.directionHit(), anyChange ? 1.0 : Double.NaN);
    }

    @Property
    void theNoChangeForecastItselfHasMaseOne(@ForAll("cases") Case c) {
        List<ForecastPoint> noChange = new ArrayList<>();
        for (int i = 0; i < c.observed().size(); i++) {
            noChange.add(ForecastPoint.monthly(CUTOFF, CUTOFF + 1 + i, c.observed().get(i),
                    EnsembleQuantiles.point(c.cutoffValue())));
        }
        Score s = ForecastScorer.score("s", HorizonBand.ALL, c.cutoffValue(), noChange);

        boolean anyChange = c.observed().stream().anyMatch(y -> y != c.cutoffValue());
        assertMetric(s.mase(), anyChange ? 1.0 : Double.NaN);
    }

    /** Equal values, where NaN (undefined) equals NaN. */
    private static void assertMetric(double actual, double expected) {
        assertThat(Double.valueOf(actual)).isEqualTo(Double.valueOf(expected));
    }

    @Property
    void theAllBandCountsEveryPointOnceAndBandsPartitionThem(@ForAll("cases") Case c) {
        List<Score> scores = ForecastScorer.score(new SeriesForecast("s", c.cutoffValue(), c.points(y -> y)));

        Score all = scores.get(scores.size() - 1);
        assertThat(all.band()).isEqualTo(HorizonBand.ALL);
        assertThat(all.n()).isEqualTo(c.observed().size());
        assertThat(scores.subList(0, scores.size() - 1).stream().mapToInt(Score::n).sum()).isEqualTo(all.n());
    }
}
