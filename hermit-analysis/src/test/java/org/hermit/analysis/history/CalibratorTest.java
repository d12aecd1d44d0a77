package org.hermit.analysis.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hermit.analysis.abc.AbcProgress;
import org.hermit.analysis.abc.AbcResult;
import org.hermit.analysis.abc.AbcSettings;
import org.hermit.io.observed.ObservedData;
import org.hermit.model.param.ParameterValues;
import org.junit.jupiter.api.Test;

class CalibratorTest {
    private static final ParameterValues CENTRAL = ParameterValues.central(ToyEconomy.SPACE);

    private static Calibrator calibrator(List<String> ids) {
        return new Calibrator(new ToyEconomy(36), CENTRAL, ToyEconomy.record(), ids);
    }

    private static AbcSettings settings() {
        return AbcSettings.defaults().withPopulationSize(200).withMaxGenerations(8).withSimulationBudget(6_000)
                .withSeed(5).withThreads(2);
    }

    @Test
    void findsTheRiceLevelAndGrowthTheRecordShows() {
        Calibrator c = calibrator(List.of(ToyEconomy.RICE_LEVEL, ToyEconomy.GROWTH));

        AbcResult result = c.calibrate(settings(), AbcProgress.NONE);

        assertThat(result.population().mean(0)).isCloseTo(2000, within(100.0));
        assertThat(result.population().mean(1)).isCloseTo(1.5, within(0.5));
        assertThat(result.last().epsilon()).isLessThan(result.generations().get(1).epsilon());
    }

    @Test
    void thePosteriorMeanFitsEverySeriesBetterThanThePriorCentre() {
        Calibrator c = calibrator(List.of(ToyEconomy.RICE_LEVEL, ToyEconomy.GROWTH));
        AbcResult result = c.calibrate(settings(), AbcProgress.NONE);
        double[] mean = {result.population().mean(0), result.population().mean(1)};

        Map<String, Double> atCentre = c.fitPerSeries(c.values(c.baseTheta()), 1, 5);
        Map<String, Double> atPosterior = c.fitPerSeries(c.values(mean), 1, 5);

        assertThat(atCentre).containsOnlyKeys("gdp_growth_pct", "rice_kpw_per_kg");
        // The centre (rice 1,000, growth 0) is ln 2 / 0.25 = 2.8 units off in rice and 1.5 / 3 = 0.5 in growth.
        assertThat(atCentre.get("rice_kpw_per_kg")).isCloseTo(Math.log(2) / 0.25, within(0.1));
        assertThat(atCentre.get("gdp_growth_pct")).isCloseTo(0.5, within(1e-9));
        assertThat(atPosterior.get("rice_kpw_per_kg")).isLessThan(0.5);
        assertThat(atPosterior.get("gdp_growth_pct")).isLessThan(0.2);
    }

    @Test
    void parametersNotChosenKeepTheirBaseValues() {
        ParameterValues base = CENTRAL.with(ToyEconomy.UNUSED, 9.5);
        Calibrator c = new Calibrator(new ToyEconomy(36), base, ToyEconomy.record(), List.of(ToyEconomy.RICE_LEVEL));

        ParameterValues v = c.values(new double[] {2500});

        assertThat(v.get(ToyEconomy.RICE_LEVEL)).isEqualTo(2500);
        assertThat(v.get(ToyEconomy.UNUSED)).isEqualTo(9.5);
        assertThat(v.get(ToyEconomy.GROWTH)).isEqualTo(0);
        assertThat(c.baseTheta()).containsExactly(1000);
    }

    @Test
    void proposalsOutsideTheLegalRangeAreClamped() {
        Calibrator c = calibrator(List.of(ToyEconomy.RICE_LEVEL));

        assertThat(c.values(new double[] {50_000}).get(ToyEconomy.RICE_LEVEL)).isEqualTo(10_000);
    }

    @Test
    void onlyObservationsInsideTheRunAreFitted() {
        Calibrator toEnd2019 = new Calibrator(new ToyEconomy(24), CENTRAL, ToyEconomy.record(), List.of(ToyEconomy.GROWTH));

        assertThat(toEnd2019.fit().seriesIds()).containsExactly("gdp_growth_pct");
        assertThat(toEnd2019.fit().targets("gdp_growth_pct")).hasSize(1);
        assertThat(toEnd2019.cutoffMonth()).isEqualTo(ToyEconomy.START + 23);
    }

    @Test
    void oneRunsFitIsThatRunsDistancePerSeries() {
        Calibrator c = calibrator(List.of(ToyEconomy.GROWTH));
        ParameterValues v = c.values(new double[] {4.5});

        // Growth of 4.5% against 1.5% observed: 3 points, one unit of comparison, whatever the seed.
        assertThat(c.fitPerSeries(v, 99L).get("gdp_growth_pct")).isCloseTo(1.0, within(1e-12));
        assertThat(c.fitPerSeries(v, 99L)).isEqualTo(c.fit().perSeries(c.run(v, 99L)));
    }

    @Test
    void rejectsUnknownFixedAndRepeatedParameters() {
        assertThatThrownBy(() -> calibrator(List.of("toy.nothing"))).hasMessageContaining("unknown parameter 'toy.nothing'");
        assertThatThrownBy(() -> calibrator(List.of(ToyEconomy.FIXED))).hasMessageContaining("fixed prior");
        assertThatThrownBy(() -> calibrator(List.of(ToyEconomy.GROWTH, ToyEconomy.GROWTH))).hasMessageContaining("twice");
        assertThatThrownBy(() -> calibrator(List.of())).hasMessageContaining("nothing to calibrate");
    }

    @Test
    void aRecordWithNothingInsideTheRunCannotBeFitted() {
        ObservedData only2020 = ToyEconomy.record().filter(o -> o.lastMonth() >= ToyEconomy.START + 24);

        assertThatThrownBy(() -> new Calibrator(new ToyEconomy(24), CENTRAL, only2020, List.of(ToyEconomy.GROWTH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no observation");
    }
}
