package org.hermit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hermit.engine.ParameterSampler.Origin;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.param.SourceRef;
import org.junit.jupiter.api.Test;

class ParameterSamplerTest {
    // A prior (normal) that reaches beyond the legal range, a bounded one, and one a scenario will override.
    static final ParameterSpace SPACE = new ParameterSpace(List.of(
            def("a.wide", 10, new Distribution.Normal(10, 50), 0, 20),
            def("b.pert", 5, new Distribution.Pert(2, 5, 9), 0, 100),
            def("c.rate", 0.5, new Distribution.Uniform(0.2, 0.8), 0, 1)));

    static ParameterDef def(String id, double central, Distribution prior, double min, double max) {
        return new ParameterDef(id, "u", "", central, prior, min, max,
                List.of(new SourceRef("macro.csv", "s", "2015", "https://example.org", "")), "");
    }

    @Property(tries = 200)
    void everyDrawLiesInTheLegalRange(@ForAll long runSeed) {
        ParameterValues v = ParameterSampler.random(SPACE, Map.of(), null).draw(runSeed);
        for (int i = 0; i < SPACE.size(); i++) {
            assertThat(v.get(i)).isBetween(SPACE.get(i).min(), SPACE.get(i).max());
        }
    }

    @Property(tries = 100)
    void aRunSeedAlwaysGivesTheSameValues(@ForAll long runSeed) {
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of(), null);
        assertThat(sampler.draw(runSeed)).isEqualTo(sampler.draw(runSeed));
    }

    @Test
    void differentRunsDrawDifferentValues() {
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of(), null);
        assertThat(sampler.draw(1L).get("b.pert")).isNotEqualTo(sampler.draw(2L).get("b.pert"));
    }

    @Test
    void drawsFollowThePrior() {
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of(), null);
        int n = 20_000;
        double sum = 0;
        int below = 0;
        for (int r = 0; r < n; r++) {
            double x = sampler.draw(r * 7919L).get("c.rate");
            sum += x;
            below += x < 0.35 ? 1 : 0;
        }
        assertThat(sum / n).isCloseTo(0.5, within(0.01));
        assertThat(below / (double) n).isCloseTo(0.25, within(0.015));
    }

    @Test
    void aNormalPriorIsClampedToTheLegalRange() {
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of(), null);
        int atBounds = 0;
        for (int r = 0; r < 1000; r++) {
            double x = sampler.draw(r).get("a.wide");
            atBounds += x == 0 || x == 20 ? 1 : 0;
        }
        // normal(10, 50) falls outside [0, 20] about 84% of the time.
        assertThat(atBounds).isBetween(780, 900);
    }

    @Test
    void aFixedOverrideGivesItsValueInEveryRun() {
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of("b.pert", new Distribution.Fixed(7)), null);
        for (int r = 0; r < 50; r++) {
            assertThat(sampler.draw(r).get("b.pert")).isEqualTo(7.0);
        }
        assertThat(sampler.uses().get(1).origin()).isEqualTo(Origin.SCENARIO);
        assertThat(sampler.uses().get(1).describe()).isEqualTo("fixed(7)");
    }

    @Test
    void aDistributionOverrideReplacesThePrior() {
        ParameterSampler sampler = ParameterSampler.random(SPACE,
                Map.of("b.pert", new Distribution.Uniform(50, 60)), null);
        for (int r = 0; r < 200; r++) {
            assertThat(sampler.draw(r).get("b.pert")).isBetween(50.0, 60.0);
        }
    }

    @Test
    void overridingOneParameterLeavesTheOthersPairedRunByRun() {
        ParameterSampler prior = ParameterSampler.random(SPACE, Map.of(), null);
        ParameterSampler overridden = ParameterSampler.random(SPACE, Map.of("a.wide", new Distribution.Fixed(3)), null);
        for (long seed = 0; seed < 50; seed++) {
            assertThat(overridden.draw(seed).get("b.pert")).isEqualTo(prior.draw(seed).get("b.pert"));
            assertThat(overridden.draw(seed).get("c.rate")).isEqualTo(prior.draw(seed).get("c.rate"));
        }
    }

    @Test
    void aSingleRunEnsembleUsesCentralValuesMeansAndFixedValues() {
        Map<String, Distribution> overrides = Map.of(
                "b.pert", new Distribution.Triangular(10, 40, 100),
                "c.rate", new Distribution.Fixed(0.9));
        ParameterSampler single = ParameterSampler.forEnsemble(SPACE, overrides, null, 1);
        ParameterValues v = single.draw(12345L);
        assertThat(single.isCentral()).isTrue();
        assertThat(v.get("a.wide")).isEqualTo(10.0);
        assertThat(v.get("b.pert")).isEqualTo(50.0);
        assertThat(v.get("c.rate")).isEqualTo(0.9);
        assertThat(single.draw(999L)).isEqualTo(v);
        assertThat(ParameterSampler.forEnsemble(SPACE, overrides, null, 2).isCentral()).isFalse();
    }

    @Test
    void aCentralOverrideMeanOutsideTheRangeIsClamped() {
        ParameterSampler single = ParameterSampler.central(SPACE, Map.of("c.rate", new Distribution.LogNormal(0.9, 1.0)), null);
        assertThat(single.draw(0).get("c.rate")).isEqualTo(1.0);
    }

    @Test
    void posteriorColumnsComeFromOneDrawTogether() {
        PosteriorDraws posterior = PosteriorDraws.of(List.of("a.wide", "c.rate"),
                new double[][] {{1, 0.21}, {2, 0.22}, {3, 0.23}});
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of(), posterior);
        for (long seed = 0; seed < 100; seed++) {
            ParameterValues v = sampler.draw(seed);
            assertThat(v.get("c.rate")).isCloseTo(0.2 + v.get("a.wide") / 100, within(1e-12));
            assertThat(v.get("b.pert")).isBetween(2.0, 9.0);
        }
        assertThat(sampler.uses().get(0).origin()).isEqualTo(Origin.POSTERIOR);
        assertThat(sampler.uses().get(1).origin()).isEqualTo(Origin.PRIOR);
    }

    @Test
    void posteriorDrawsArePickedInProportionToTheirWeights() {
        double[] weights = {0, 1, 3};
        PosteriorDraws base = PosteriorDraws.of(List.of("a.wide"), new double[][] {{1}, {2}, {3}});
        PosteriorDraws weighted = new PosteriorDraws() {
            public List<String> ids() { return base.ids(); }
            public int size() { return 3; }
            public double value(int draw, int column) { return base.value(draw, column); }
            public double weight(int draw) { return weights[draw]; }
        };
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of(), weighted);
        int[] counts = new int[4];
        int n = 8000;
        for (long seed = 0; seed < n; seed++) {
            counts[(int) sampler.draw(seed * 31).get("a.wide")]++;
        }
        assertThat(counts[1]).isZero();
        assertThat(counts[3] / (double) n).isCloseTo(0.75, within(0.02));
        assertThat(ParameterSampler.central(SPACE, Map.of(), weighted).draw(0).get("a.wide")).isEqualTo(2.75);
    }

    @Test
    void aScenarioOverrideWinsOverThePosterior() {
        PosteriorDraws posterior = PosteriorDraws.of(List.of("a.wide"), new double[][] {{1}, {2}});
        ParameterSampler sampler = ParameterSampler.random(SPACE, Map.of("a.wide", new Distribution.Fixed(15)), posterior);
        assertThat(sampler.draw(3).get("a.wide")).isEqualTo(15.0);
    }

    @Test
    void unknownIdsAreRejectedByName() {
        assertThatThrownBy(() -> ParameterSampler.random(SPACE, Map.of("nope.x", new Distribution.Fixed(1)), null))
                .hasMessageContaining("nope.x");
        assertThatThrownBy(() -> ParameterSampler.random(SPACE, Map.of(),
                PosteriorDraws.of(List.of("zz.top"), new double[][] {{1}})))
                .hasMessageContaining("zz.top");
    }
}
