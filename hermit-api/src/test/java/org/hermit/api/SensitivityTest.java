package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hermit.engine.MonthlyModel;
import org.hermit.io.InputException;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity analysis through the API on a model whose answer is known: reserves at month t are
 * 2 x1 + x2 + t + 3 z, x1, x2 and x3 uniform on [0, 1] (x3 unused), z a standard normal drawn from the run's seed.
 * With common random numbers the noise z is the same at every design point, so x1 explains 4/5 of the variance,
 * x2 1/5 and x3 nothing at all.
 */
class SensitivityTest {
    static final String X1 = "toy.x1";
    static final String X2 = "toy.x2";
    static final String X3 = "toy.x3";
    static final String CONSTANT = "toy.constant";
    static final int START = Months.of(2020, 1);

    static ParameterDef def(String id, Distribution prior, double central) {
        return new ParameterDef(id, "1", "toy parameter " + id, central, prior, 0, 10, List.of(),
                "a test model's parameter, not a claim about the DPRK");
    }

    static final ParameterSpace SPACE = new ParameterSpace(List.of(
            def(X1, new Distribution.Uniform(0, 1), 0.5),
            def(X2, new Distribution.Uniform(0, 1), 0.5),
            def(X3, new Distribution.Uniform(0, 1), 0.5),
            def(CONSTANT, new Distribution.Fixed(5), 5)));

    /** Noise of a run: the same for every design point that runs with this seed. */
    static double noise(long runSeed) {
        return 3 * RandomStreams.normal(RandomStreams.stream(runSeed, RandomStreams.MARKETS));
    }

    record Toy(int startMonth, int months) implements MonthlyModel {
        @Override
        public ParameterSpace space() {
            return SPACE;
        }

        @Override
        public void run(ParameterValues p, long runSeed, SeriesBuffer out) {
            double z = noise(runSeed);
            for (int t = 0; t < months; t++) {
                out.set(Variables.RESERVES_USD, t, 2 * p.get(X1) + p.get(X2) + t + z);
            }
        }
    }

    /** Scenarios "toy" (2020-01 to 2022-12) and "toy-x2-fixed" (x2 fixed at 0.3); models record their months. */
    final List<Integer> monthsRun = new ArrayList<>();

    Hermit hermit() {
        Map<String, Scenario> scenarios = Map.of(
                "toy", scenario("toy", Map.of()),
                "toy-x2-fixed", scenario("toy-x2-fixed", Map.of(X2, new Distribution.Fixed(0.3))));
        ScenarioSource source = new ScenarioSource() {
            public Scenario resolve(String name) {
                return scenarios.get(name);
            }

            public List<String> bundledNames() {
                return List.copyOf(scenarios.keySet());
            }
        };
        return Hermit.withModel(SPACE, new Inputs(List.of()), source, (s, p, i) -> {
            synchronized (monthsRun) {
                monthsRun.add(s.months());
            }
            return new Toy(s.startMonth(), s.months());
        });
    }

    static Scenario scenario(String name, Map<String, Distribution> overrides) {
        return new Scenario(name, "", "test:" + name, "h", START, Months.of(2022, 12), 11, 1, Resolution.COHORT,
                overrides, null, List.of(), List.of());
    }

    SensitivityResult analyse(String scenario, SensitivityOptions options) {
        Hermit h = hermit();
        return h.sensitivity(h.scenario(scenario), options);
    }

    @Test
    void sobolApportionsTheVarianceOfAnAdditiveModelAndGivesAnUnusedParameterNothing() {
        SensitivityResult r = analyse("toy", SensitivityOptions.sobol("reserves_usd").n(256).threads(2));
        assertThat(r.year()).as("the scenario's last year by default").isEqualTo(2022);
        assertThat(r.factors()).extracting(SensitivityResult.Factor::id).containsExactly(X1, X2, X3);
        assertThat(r.factor(X1).sobol().firstOrder()).isCloseTo(0.8, within(0.03));
        assertThat(r.factor(X2).sobol().firstOrder()).isCloseTo(0.2, within(0.03));
        // Common random numbers: the noise cancels exactly between points that differ in x3 alone.
        assertThat(r.factor(X3).sobol().total()).isZero();
        assertThat(r.factor(X1).sobol().totalCi().contains(0.8)).isTrue();
        assertThat(r.screen()).as("no screen when there are fewer parameters than it would keep").isNull();
    }

    @Test
    void byDefaultSobolVariesTheParametersAQuickMorrisScreenRanksHighest() {
        SensitivityResult r = analyse("toy", SensitivityOptions.sobol("reserves_usd").n(64).screenTop(2).threads(2));
        assertThat(r.screen()).isNotNull();
        assertThat(r.screen().effects()).extracting(e -> e.id()).containsExactly(X1, X2, X3);
        assertThat(r.factors()).extracting(SensitivityResult.Factor::id).containsExactly(X1, X2);
        long points = SensitivityOptions.DEFAULT_SCREEN_TRAJECTORIES * (3 + 1) + 64 * (2 + 2) + 2 * 2 + 1;
        assertThat(r.modelRuns()).isEqualTo(points);
    }

    @Test
    void morrisRanksEveryFreeParameterByItsEffect() {
        SensitivityResult r = analyse("toy", SensitivityOptions.morris("reserves_usd").year(2021).threads(1));
        assertThat(r.factors()).extracting(SensitivityResult.Factor::id).containsExactly(X1, X2, X3);
        // A step of 1/2 in the quantile scale moves a uniform [0, 1] parameter by 1/2: the effect per unit of u is
        // the slope.
        assertThat(r.factor(X1).morris().muStar()).isCloseTo(2.0, within(1e-9));
        assertThat(r.factor(X2).morris().muStar()).isCloseTo(1.0, within(1e-9));
        assertThat(r.factor(X3).morris().muStar()).isZero();
        assertThat(r.morris().trajectories()).isEqualTo(SensitivityOptions.DEFAULT_MORRIS_TRAJECTORIES);
    }

    @Test
    void theSwingShowsTheOutputWithOneParameterAtItsP5AndP95AndTheOthersAtTheirMedians() {
        SensitivityResult r = analyse("toy", SensitivityOptions.morris("reserves_usd").year(2021).n(4).threads(1));
        double z = noise(RandomStreams.runSeed(11, 0));
        double atMedians = 2 * 0.5 + 0.5 + 23 + z; // December 2021 is month 23
        assertThat(r.swing().baseline()).isCloseTo(atMedians, within(1e-9));
        assertThat(r.factor(X1).outputAtLow()).isCloseTo(atMedians - 2 * 0.45, within(1e-9));
        assertThat(r.factor(X1).outputAtHigh()).isCloseTo(atMedians + 2 * 0.45, within(1e-9));
    }

    @Test
    void replicatesAverageTheOutputOverTheFirstRunSeedsOfTheSeed() {
        SensitivityResult r = analyse("toy", SensitivityOptions.morris("reserves_usd").n(2).seed(5).replicates(3)
                .threads(2));
        double meanNoise = (noise(RandomStreams.runSeed(5, 0)) + noise(RandomStreams.runSeed(5, 1))
                + noise(RandomStreams.runSeed(5, 2))) / 3;
        assertThat(r.swing().baseline()).isCloseTo(2 * 0.5 + 0.5 + 35 + meanNoise, within(1e-9));
        long points = 2L * (3 + 1) + 2 * 3 + 1;
        assertThat(r.modelRuns()).isEqualTo(points * 3);
    }

    @Test
    void theModelRunsOnlyToTheEndOfTheYearAsked() {
        analyse("toy", SensitivityOptions.morris("reserves_usd").year(2020).n(2).threads(1));
        assertThat(monthsRun).containsExactly(12);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        SensitivityOptions o = SensitivityOptions.sobol("reserves_usd").n(64).seed(3);
        SensitivityResult one = analyse("toy", o.threads(1));
        SensitivityResult two = analyse("toy", o.threads(2));
        assertThat(two.factors()).isEqualTo(one.factors());
        assertThat(two.sobol()).isEqualTo(one.sobol());
        assertThat(two.screen()).isEqualTo(one.screen());
    }

    @Test
    void givenParametersAreTheOnlyOnesVariedTheOthersStayAtTheirCentralValues() {
        SensitivityResult r = analyse("toy", SensitivityOptions.sobol("reserves_usd").n(32).parameters(List.of(X2))
                .threads(1));
        assertThat(r.factors()).extracting(SensitivityResult.Factor::id).containsExactly(X2);
        assertThat(r.screen()).isNull();
        assertThat(r.factor(X2).sobol().firstOrder()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aScenarioOverrideIsWhatTheParameterVariesOver() {
        assertThatThrownBy(() -> analyse("toy-x2-fixed", SensitivityOptions.sobol("reserves_usd")
                .parameters(List.of(X2))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'toy.x2' is fixed at 0.3 by scenario toy-x2-fixed");
        SensitivityResult r = analyse("toy-x2-fixed", SensitivityOptions.morris("reserves_usd").n(4).threads(1));
        assertThat(r.factors()).extracting(SensitivityResult.Factor::id).containsExactly(X1, X3);
    }

    @Test
    void anUnknownVariableIsBadInputWithTheNearestNames() {
        assertThatThrownBy(() -> analyse("toy", SensitivityOptions.sobol("reserve_usd")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown output variable 'reserve_usd'")
                .hasMessageContaining("did you mean reserves_usd");
    }

    @Test
    void aYearOutsideTheScenarioIsBadInput() {
        assertThatThrownBy(() -> analyse("toy", SensitivityOptions.sobol("reserves_usd").year(2030)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("year 2030 is outside scenario toy, which runs from 2020-01 to 2022-12");
    }

    @Test
    void aYearInWhichTheOutputIsUndefinedIsBadInputNamingTheFirstYearWithAValue() {
        assertThatThrownBy(() -> analyse("toy", SensitivityOptions.sobol("gdp_growth_pct").year(2020)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("gdp_growth_pct has no value in 2020")
                .hasMessageContaining("give a year from 2021 to 2022");
    }

    @Test
    void unknownParametersAreBadInputEachWithItsNearestNames() {
        assertThatThrownBy(() -> analyse("toy", SensitivityOptions.sobol("reserves_usd")
                .parameters(List.of("toy.x7", X1, "coal"))))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0).message()).contains("unknown parameter 'toy.x7'", "toy.x1");
                    assertThat(e.problems().get(1).message()).contains("unknown parameter 'coal'");
                });
    }

    @Test
    void anOutputTheParametersDoNotMoveIsBadInputNotAnInternalError() {
        assertThatThrownBy(() -> analyse("toy", SensitivityOptions.sobol("rice_kpw_per_kg").n(8).threads(1)
                .parameters(List.of(X1))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rice_kpw_per_kg in 2022 is 0.0 at every design point");
    }
}
