package org.hermit.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hermit.io.output.SweepFixtures.bytes;
import static org.hermit.io.output.SweepFixtures.lines;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.io.InputException;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareSweepTest {
    static final int MONTHS = 24;
    static final Map<String, Distribution> HIGHER = Map.of(RandomWalkModel.DRIFT, new Distribution.Fixed(0.01));

    @TempDir
    Path tmp;

    static SweepInput walk(String name, Map<String, Distribution> overrides) {
        return new SweepInput(SweepFixtures.scenario(name, overrides), new RandomWalkModel(SweepFixtures.START, MONTHS));
    }

    @Test
    void writesBothScenariosTheDifferencesAndTheDescription() {
        CompareOutcome out = CompareSweep.run(walk("walk", Map.of()), walk("higher", HIGHER), tmp, SweepOptions.of(8, 5).withThreads(2));
        for (String dir : List.of("walk", "higher")) {
            for (String f : List.of("series.csv", "series.parquet", "summary.csv", "quantiles.csv", "hermit.duckdb", "run.json")) {
                assertThat(tmp.resolve(dir).resolve(f)).isRegularFile();
            }
        }
        assertThat(lines(tmp.resolve("diff/summary.csv"))).hasSize(1 + 2 * Variables.COUNT);
        assertThat(lines(tmp.resolve("diff/quantiles.csv"))).hasSize(1 + MONTHS * Variables.COUNT);
        CompareManifest m = CompareManifest.read(tmp.resolve("compare.json"));
        assertThat(m.a()).isEqualTo("walk");
        assertThat(m.b()).isEqualTo("higher");
        assertThat(m.files()).contains("walk/series.csv", "higher/run.json", "diff/summary.csv", "compare.json");
        assertThat(out.a().manifest().runs()).isEqualTo(8);
    }

    @Test
    void eachSideIsWhatItsOwnSweepWouldWrite() {
        CompareSweep.run(walk("walk", Map.of()), walk("higher", HIGHER), tmp.resolve("cmp"), SweepOptions.of(8, 5).withThreads(2));
        EnsembleSweep.run(walk("higher", HIGHER), tmp.resolve("alone"), SweepOptions.of(8, 5).withThreads(1));
        for (String f : List.of("series.csv", "series.parquet", "summary.csv", "quantiles.csv")) {
            assertThat(bytes(tmp.resolve("cmp/higher").resolve(f))).as(f).isEqualTo(bytes(tmp.resolve("alone").resolve(f)));
        }
    }

    @Test
    void differencesArePairedRunByRun() {
        CompareOutcome out = CompareSweep.run(walk("walk", Map.of()), walk("higher", HIGHER), tmp, SweepOptions.of(6, 5).withThreads(2));
        ParameterSampler a = ParameterSampler.random(RandomWalkModel.parameters(), Map.of(), null);
        ParameterSampler b = ParameterSampler.random(RandomWalkModel.parameters(), HIGHER, null);
        RandomWalkModel model = new RandomWalkModel(SweepFixtures.START, MONTHS);
        EnsembleStatistics expected = new EnsembleStatistics(SweepFixtures.START, MONTHS);
        for (int r = 0; r < 6; r++) {
            long seed = RandomStreams.runSeed(5, r);
            SeriesBuffer x = new SeriesBuffer(MONTHS);
            SeriesBuffer y = new SeriesBuffer(MONTHS);
            model.run(a.draw(seed), seed, x);
            model.run(b.draw(seed), seed, y);
            expected.addDifference(x, y);
        }
        EnsembleSummary e = expected.summary();
        assertThat(out.difference().annual("reserves_usd").p50()).isEqualTo(e.annual("reserves_usd").p50());
        assertThat(out.difference().monthly("rice_kpw_per_kg").p5()).isEqualTo(e.monthly("rice_kpw_per_kg").p5());
        EnsembleSummary reread = StatisticsCsv.read(tmp.resolve("diff/summary.csv"), tmp.resolve("diff/quantiles.csv"), 6, true);
        assertThat(reread.annual("revenue_usd.total").p95()).isEqualTo(e.annual("revenue_usd.total").p95());
    }

    @Test
    void aScenarioComparedWithItselfDiffersByNothing() {
        CompareOutcome out = CompareSweep.run(walk("walk", Map.of()), walk("same", Map.of()), tmp, SweepOptions.of(5, 5).withThreads(2));
        assertThat(out.difference().annual("reserves_usd").p5()).containsOnly(0.0);
        assertThat(out.difference().monthly("kpw_per_usd").p95()).containsOnly(0.0);
    }

    @Test
    void scenariosOfOneNameOrOfDifferentMonthsAreRefused() {
        assertThatThrownBy(() -> CompareSweep.run(walk("walk", Map.of()), walk("walk", HIGHER), tmp, SweepOptions.of(2, 5)))
                .isInstanceOf(InputException.class).hasMessageContaining("both scenarios are named 'walk'");
        Scenario shorter = SweepFixtures.scenario("shorter").withEndMonth(SweepFixtures.START + 11);
        SweepInput b = new SweepInput(shorter, new RandomWalkModel(SweepFixtures.START, 12));
        assertThatThrownBy(() -> CompareSweep.run(walk("walk", Map.of()), b, tmp, SweepOptions.of(2, 5)))
                .isInstanceOf(InputException.class).hasMessageContaining("2020-01 to 2020-12");
    }
}
