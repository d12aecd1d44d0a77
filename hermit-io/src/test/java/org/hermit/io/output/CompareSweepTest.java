package org.hermit.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hermit.io.output.SweepFixtures.bytes;
import static org.hermit.io.output.SweepFixtures.lines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
    void theDifferencesComeInTheSameFormatsAsARunSeriesCsvParquetAndDuckDb() throws Exception {
        CompareSweep.run(walk("walk", Map.of()), walk("higher", HIGHER), tmp,
                SweepOptions.of(7, 5).withThreads(2).withSeriesRuns(4));
        List<String> a = lines(tmp.resolve("walk/series.csv"));
        List<String> b = lines(tmp.resolve("higher/series.csv"));
        List<String> d = lines(tmp.resolve("diff/series.csv"));
        assertThat(d.get(0)).isEqualTo("run,date,variable,value");
        assertThat(d).hasSize(1 + 4 * MONTHS * Variables.COUNT).hasSameSizeAs(a);
        for (int i = 1; i < d.size(); i++) {
            String[] x = a.get(i).split(",");
            String[] y = b.get(i).split(",");
            String[] z = d.get(i).split(",");
            assertThat(z[0] + z[1] + z[2]).isEqualTo(x[0] + x[1] + x[2]);
            assertThat(Double.parseDouble(z[3])).as(d.get(i))
                    .isEqualTo(Double.parseDouble(y[3]) - Double.parseDouble(x[3]));
        }
        assertThat(tmp.resolve("diff/series.parquet")).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("diff/hermit.duckdb").toAbsolutePath());
             Statement st = c.createStatement()) {
            // Every run's differences, not only those of series.csv, and the same statistics as diff/summary.csv.
            assertThat(single(st, "SELECT count(DISTINCT run) FROM series")).isEqualTo(7);
            assertThat(single(st, "SELECT count(*) FROM runs WHERE scenario_a = 'walk' AND scenario_b = 'higher'")).isEqualTo(7);
            assertThat(single(st, "SELECT count(*) FROM summary")).isEqualTo(lines(tmp.resolve("diff/summary.csv")).size() - 1);
            assertThat(single(st, "SELECT count(*) FROM quantiles")).isEqualTo(lines(tmp.resolve("diff/quantiles.csv")).size() - 1);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('"
                    + tmp.resolve("diff/series.parquet").toAbsolutePath() + "') p JOIN series s USING (run, date, variable)"
                    + " WHERE p.value = s.value")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(4L * MONTHS * Variables.COUNT);
            }
        }
        assertThat(CompareManifest.read(tmp.resolve("compare.json")).files())
                .contains("diff/series.csv", "diff/series.parquet", "diff/hermit.duckdb");
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
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
