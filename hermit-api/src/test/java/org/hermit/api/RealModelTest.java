package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.hermit.engine.MonthlyModel;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.stats.AnnualQuantiles;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real model through the whole production path (bundled registry, inputs and scenarios): identical files
 * whatever the thread count, and no NaN or infinity with every parameter at the edge of its legal range (the
 * engine would stop the run naming the variable and month).
 */
class RealModelTest {
    static Hermit hermit;
    static Scenario baseline;

    @BeforeAll
    static void load() {
        hermit = Hermit.withBundledData();
        baseline = hermit.scenario("baseline");
    }

    static Scenario withEveryParameterAt(ToDoubleFunction<ParameterDef> bound, String name) {
        Map<String, Distribution> overrides = new HashMap<>();
        for (ParameterDef d : hermit.parameters().defs()) {
            overrides.put(d.id(), new Distribution.Fixed(bound.applyAsDouble(d)));
        }
        return new Scenario(name, "", baseline.origin(), baseline.contentHash(), baseline.startMonth(),
                baseline.endMonth(), baseline.seed(), 1, baseline.resolution(), overrides, null, baseline.policies(),
                baseline.events());
    }

    /** Every annual median is finite where the variable is defined, and missing (NaN) where it is not. */
    static void assertFinite(EnsembleResult r) {
        for (AnnualQuantiles a : r.summary().annual()) {
            for (int y = 0; y < a.years(); y++) {
                double v = a.p50()[y];
                boolean defined = a.variable().definedInYear(r.startMonth(), r.months(), a.firstYear() + y);
                assertThat(defined ? Double.isFinite(v) : Double.isNaN(v)).as("%s %d", a.variable().id(), a.firstYear() + y)
                        .isTrue();
            }
        }
    }

    @Test
    void everyParameterAtItsMinimumKeepsEveryValueFinite() {
        assertFinite(hermit.run(withEveryParameterAt(ParameterDef::min, "all-min"), RunOptions.defaults().threads(1)));
    }

    /** Partner shares at their maxima add up to more than one; the model scales them down together. */
    @Test
    void everyParameterAtItsMaximumKeepsEveryValueFinite() {
        assertFinite(hermit.run(withEveryParameterAt(ParameterDef::max, "all-max"), RunOptions.defaults().threads(1)));
    }

    @Test
    void theSameSeedGivesByteIdenticalSeriesWithOneOrTwoThreads(@TempDir Path tmp) throws IOException {
        RunOptions options = RunOptions.defaults().runs(4).seed(17);
        hermit.run(baseline, options.threads(1).out(tmp.resolve("one")));
        hermit.run(baseline, options.threads(2).out(tmp.resolve("two")));
        for (String f : List.of("series.csv", "series.parquet", "summary.csv", "quantiles.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(f)));
        }
        assertThat(Files.size(tmp.resolve("one/series.csv"))).isGreaterThan(1_000_000);
    }

    /** What lets the engine skip clearing a reused buffer before a run and checking it after. */
    @Test
    void aRunWritesEveryVariableOfEveryMonthOverWhateverTheBufferHeld() {
        Simulation simulation = new Simulation(baseline, hermit.parameters(), hermit.inputs());
        SeriesBuffer out = new SeriesBuffer(simulation.months());
        Arrays.fill(out.raw(), Double.NaN);
        ParameterSampler sampler = ParameterSampler.random(hermit.parameters(), baseline.parameters(), null);
        simulation.run(sampler.draw(5L), 5L, out);
        for (int v = 0; v < Variables.COUNT; v++) {
            String id = Variables.get(v).id();
            for (int t = 0; t < out.months(); t++) {
                assertThat(Double.isFinite(out.get(v, t))).as(id + " in month " + t).isTrue();
            }
        }
        assertThat(MonthlyModel.of(simulation).writesAndChecksEveryValue()).isTrue();
    }

    @Test
    void theBaselineEnsembleRunsOnTheRealModel() {
        EnsembleResult r = hermit.run(baseline, RunOptions.defaults().runs(8).threads(2));
        assertFinite(r);
        AnnualQuantiles reserves = r.annual("reserves_usd");
        assertThat(reserves.firstYear()).isEqualTo(2010);
        assertThat(reserves.p5()[0]).isLessThan(reserves.p95()[0]);
        // GDP growth needs two years of GDP: the baseline (from 2010-01) has none for 2010, and has 2011's.
        AnnualQuantiles growth = r.annual("gdp_growth_pct");
        assertThat(new double[] {growth.p5()[0], growth.p50()[0], growth.p95()[0]}).containsOnly(Double.NaN);
        assertThat(growth.p50()[1]).isFinite().isNotZero();
        assertThat(r.quantiles("gdp_growth_pct").p50()[22]).isNaN();
        assertThat(r.quantiles("gdp_growth_pct").p50()[23]).isFinite();
    }
}
