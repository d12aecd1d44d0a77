package org.hermit.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hermit.io.output.SweepFixtures.bytes;
import static org.hermit.io.output.SweepFixtures.input;
import static org.hermit.io.output.SweepFixtures.lines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hermit.engine.EnsembleException;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.io.InputException;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleSweepTest {
    static final int MONTHS = 24;
    static final List<String> COMPARED = List.of(OutputFiles.SERIES_CSV, OutputFiles.SERIES_PARQUET,
            OutputFiles.SUMMARY_CSV, OutputFiles.QUANTILES_CSV);

    @TempDir
    Path tmp;

    @Test
    void writesEveryOutputFile() {
        SweepOutcome out = EnsembleSweep.run(input("walk"), tmp.resolve("walk"), SweepOptions.of(6, 42).withThreads(2));
        Path dir = tmp.resolve("walk");
        for (String f : List.of("series.csv", "series.parquet", "summary.csv", "quantiles.csv", "hermit.duckdb", "run.json")) {
            assertThat(dir.resolve(f)).as(f).isRegularFile();
        }
        assertThat(out.files()).hasSize(6);
        List<String> series = lines(dir.resolve("series.csv"));
        assertThat(series.get(0)).isEqualTo("run,date,variable,value");
        assertThat(series).hasSize((int) (1 + 6 * SweepFixtures.definedCells(MONTHS)));
        assertThat(series.get(1)).startsWith("0,2020-01-01," + Variables.get(0).id() + ",");
        // A month has a row per variable except gdp_growth_pct, undefined in a run's first 23 months.
        assertThat(series.get(Variables.COUNT)).startsWith("0,2020-02-01," + Variables.get(0).id() + ",");
        assertThat(series.get(series.size() - 1)).startsWith("5,2021-12-01," + Variables.get(Variables.COUNT - 1).id() + ",");
        assertThat(lines(dir.resolve("summary.csv"))).hasSize(1 + 2 * Variables.COUNT).first().isEqualTo("variable,year,p5,p50,p95");
        assertThat(lines(dir.resolve("quantiles.csv"))).hasSize(1 + MONTHS * Variables.COUNT)
                .first().isEqualTo("variable,date,p5,p25,p50,p75,p95");
        RunManifest m = RunManifest.read(dir.resolve("run.json"));
        assertThat(m.scenario()).isEqualTo("walk");
        assertThat(m.runs()).isEqualTo(6);
        assertThat(m.seed()).isEqualTo(42);
        assertThat(m.startMonth()).isEqualTo("2020-01");
        assertThat(m.parameters()).extracting(RunManifest.Parameter::id)
                .containsExactly(RandomWalkModel.DRIFT, RandomWalkModel.VOLATILITY, RandomWalkModel.LEVEL);
        assertThat(m.files()).contains("series.csv", "hermit.duckdb", "run.json");
        assertThat(m.timings().runsComputed()).isEqualTo(6);
    }

    @Test
    void theSeriesAreTheModelsOutputRunByRun() {
        Path dir = tmp.resolve("walk");
        EnsembleSweep.run(input("walk"), dir, SweepOptions.of(3, 42).withThreads(1));
        RandomWalkModel model = new RandomWalkModel(SweepFixtures.START, MONTHS);
        ParameterSampler sampler = ParameterSampler.random(RandomWalkModel.parameters(), Map.of(), null);
        long seed2 = RandomStreams.runSeed(42, 2);
        SeriesBuffer expected = new SeriesBuffer(MONTHS);
        model.run(sampler.draw(seed2), seed2, expected);
        List<String> line = lines(dir.resolve("series.csv")).stream().filter(l -> l.startsWith("2,2020-08-01,reserves_usd,")).toList();
        assertThat(line).containsExactly("2,2020-08-01,reserves_usd," + NumberText.format(expected.get(Variables.RESERVES_USD, 7)));
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesWithOneOrTwoThreads() {
        EnsembleSweep.run(input("walk"), tmp.resolve("one"), SweepOptions.of(12, 7).withThreads(1));
        EnsembleSweep.run(input("walk"), tmp.resolve("two"), SweepOptions.of(12, 7).withThreads(2));
        for (String f : COMPARED) {
            assertThat(bytes(tmp.resolve("two").resolve(f))).as(f).isEqualTo(bytes(tmp.resolve("one").resolve(f)));
        }
        EnsembleSweep.run(input("walk"), tmp.resolve("other"), SweepOptions.of(12, 8).withThreads(2));
        assertThat(bytes(tmp.resolve("other").resolve("series.csv"))).isNotEqualTo(bytes(tmp.resolve("one").resolve("series.csv")));
    }

    @Test
    void theStatisticsAreThoseOfTheRunsInTheDatabase() throws SQLException {
        Path dir = tmp.resolve("walk");
        SweepOutcome out = EnsembleSweep.run(input("walk"), dir, SweepOptions.of(9, 3).withThreads(2));
        EnsembleStatistics direct = new EnsembleStatistics(SweepFixtures.START, MONTHS);
        RandomWalkModel model = new RandomWalkModel(SweepFixtures.START, MONTHS);
        ParameterSampler sampler = ParameterSampler.random(RandomWalkModel.parameters(), Map.of(), null);
        for (int r = 0; r < 9; r++) {
            long seed = RandomStreams.runSeed(3, r);
            SeriesBuffer b = new SeriesBuffer(MONTHS);
            model.run(sampler.draw(seed), seed, b);
            direct.add(b);
        }
        EnsembleSummary expected = direct.summary();
        assertThat(out.summary().annual("reserves_usd").p50()).isEqualTo(expected.annual("reserves_usd").p50());
        assertThat(out.summary().monthly("rice_kpw_per_kg").p95()).isEqualTo(expected.monthly("rice_kpw_per_kg").p95());
        EnsembleSummary reread = StatisticsCsv.read(dir.resolve("summary.csv"), dir.resolve("quantiles.csv"), 9, true);
        assertThat(reread.annual("reserves_usd").p5()).isEqualTo(expected.annual("reserves_usd").p5());
        assertThat(reread.monthly("gdp_growth_pct").p25()).isEqualTo(expected.monthly("gdp_growth_pct").p25());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("hermit.duckdb"));
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM runs")).isEqualTo(9);
            assertThat(count(s, "SELECT count(*) FROM series")).isEqualTo(9L * SweepFixtures.definedCells(MONTHS));
            assertThat(count(s, "SELECT count(*) FROM summary")).isEqualTo(2L * Variables.COUNT);
            assertThat(count(s, "SELECT count(*) FROM quantiles")).isEqualTo((long) MONTHS * Variables.COUNT);
            assertThat(count(s, "SELECT count(*) FROM parameters WHERE origin = 'prior'")).isEqualTo(3);
            try (ResultSet rs = s.executeQuery("SELECT \"walk.drift\", seed, scenario FROM runs WHERE run = 4")) {
                rs.next();
                assertThat(rs.getDouble(1)).isEqualTo(sampler.draw(RandomStreams.runSeed(3, 4)).get(RandomWalkModel.DRIFT));
                assertThat(rs.getLong(2)).isEqualTo(3);
                assertThat(rs.getString(3)).isEqualTo("walk");
            }
            try (ResultSet rs = s.executeQuery("SELECT p50 FROM summary WHERE variable = 'reserves_usd' AND year = 2021")) {
                rs.next();
                assertThat(rs.getDouble(1)).isEqualTo(expected.annual("reserves_usd").p50()[1]);
            }
        }
    }

    @Test
    void undefinedPeriodsAreMissingInEveryFormatNotZero() throws SQLException {
        // gdp_growth_pct is undefined in a run's first 23 months: 2020-01 .. 2021-11 here, and so in 2020 (its annual
        // value is December's); 2021 is defined.
        Path dir = tmp.resolve("walk");
        EnsembleSweep.run(input("walk"), dir, SweepOptions.of(4, 11).withThreads(1));
        assertThat(lines(dir.resolve("summary.csv"))).contains("gdp_growth_pct,2020,,,")
                .anySatisfy(l -> assertThat(l).matches("gdp_growth_pct,2021,[-0-9.E]+,[-0-9.E]+,[-0-9.E]+"));
        assertThat(lines(dir.resolve("quantiles.csv"))).contains("gdp_growth_pct,2021-11-01,,,,,")
                .anySatisfy(l -> assertThat(l).matches("gdp_growth_pct,2021-12-01(,[-0-9.E]+){5}"));
        assertThat(lines(dir.resolve("series.csv"))).noneMatch(l -> l.matches("\\d+,(2020-..|2021-(0.|10|11))-01,gdp_growth_pct,.*"))
                .anyMatch(l -> l.startsWith("0,2021-12-01,gdp_growth_pct,"));
        EnsembleSummary reread = StatisticsCsv.read(dir.resolve("summary.csv"), dir.resolve("quantiles.csv"), 4, true);
        assertThat(reread.annual("gdp_growth_pct").p50()[0]).isNaN();
        assertThat(reread.monthly("gdp_growth_pct").p95()[22]).isNaN();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("hermit.duckdb"));
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM summary WHERE variable = 'gdp_growth_pct' AND year = 2020"
                    + " AND p5 IS NULL AND p50 IS NULL AND p95 IS NULL")).isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM summary WHERE variable = 'gdp_growth_pct' AND year = 2021 AND p50 IS NOT NULL"))
                    .isEqualTo(1);
            assertThat(count(s, "SELECT count(*) FROM quantiles WHERE variable = 'gdp_growth_pct' AND p50 IS NULL")).isEqualTo(23);
            assertThat(count(s, "SELECT count(*) FROM series_wide WHERE gdp_growth_pct IS NULL")).isEqualTo(4 * 23);
            assertThat(count(s, "SELECT count(*) FROM series_wide WHERE gdp_growth_pct = 0")).isZero();
            assertThat(count(s, "SELECT count(*) FROM series WHERE variable = 'gdp_growth_pct'")).isEqualTo(4);
            assertThat(count(s, "SELECT count(*) FROM read_parquet('" + dir.resolve("series.parquet").toAbsolutePath()
                    + "') WHERE variable = 'gdp_growth_pct'")).isEqualTo(4);
            assertThat(count(s, "SELECT undefined_months FROM variables WHERE id = 'gdp_growth_pct'")).isEqualTo(23);
        }
        assertThat(SweepDatabase.series(dir.resolve("hermit.duckdb"), 1, "gdp_growth_pct")).hasSize(MONTHS)
                .satisfies(x -> assertThat(x[22]).isNaN(), x -> assertThat(x[23]).isFinite());
    }

    @Test
    void theSeriesFilesHoldTheFirstRunsOrAll() {
        EnsembleSweep.run(input("walk"), tmp.resolve("two"), SweepOptions.of(5, 1).withSeriesRuns(2));
        assertThat(lines(tmp.resolve("two/series.csv"))).hasSize((int) (1 + 2 * SweepFixtures.definedCells(MONTHS)));
        assertThat(RunManifest.read(tmp.resolve("two/run.json")).seriesRuns()).isEqualTo(2);
        EnsembleSweep.run(input("walk"), tmp.resolve("all"), SweepOptions.of(5, 1).withSeriesRuns(-1));
        assertThat(lines(tmp.resolve("all/series.csv"))).hasSize((int) (1 + 5 * SweepFixtures.definedCells(MONTHS)));
    }

    @Test
    void aSingleRunUsesCentralValues() throws SQLException {
        Path dir = tmp.resolve("one");
        EnsembleSweep.run(new SweepInput(SweepFixtures.scenario("one", Map.of(RandomWalkModel.LEVEL, new Distribution.Uniform(10, 30))),
                new RandomWalkModel(SweepFixtures.START, MONTHS)), dir, SweepOptions.of(1, 5));
        ParameterValues central = ParameterValues.central(RandomWalkModel.parameters());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("hermit.duckdb"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"walk.drift\", \"walk.level\" FROM runs")) {
            rs.next();
            assertThat(rs.getDouble(1)).isEqualTo(central.get(RandomWalkModel.DRIFT));
            assertThat(rs.getDouble(2)).isEqualTo(20.0);
        }
        assertThat(RunManifest.read(dir.resolve("run.json")).parameterMode()).isEqualTo("central");
    }

    @Test
    void aSweepStoppedByABrokenRunResumesToTheSameFiles() throws SQLException {
        Path whole = tmp.resolve("whole");
        EnsembleSweep.run(input("walk"), whole, SweepOptions.of(20, 9).withThreads(2));

        Path broken = tmp.resolve("broken");
        RandomWalkModel nanAt13 = new RandomWalkModel(SweepFixtures.START, MONTHS)
                .withNanAt(RandomStreams.runSeed(9, 13), Variables.RICE_KPW, 3);
        assertThatThrownBy(() -> EnsembleSweep.run(new SweepInput(SweepFixtures.scenario("walk"), nanAt13), broken,
                SweepOptions.of(20, 9).withThreads(2)))
                .isInstanceOf(EnsembleException.class).hasMessageContaining("run 13")
                .hasMessageContaining("rice_kpw_per_kg became NaN in 2020-04");
        assertThat(broken.resolve("run.json")).doesNotExist();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + broken.resolve("hermit.duckdb"));
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM runs")).isEqualTo(13);
        }

        SweepOutcome resumed = EnsembleSweep.run(input("walk"), broken, SweepOptions.of(20, 9).withThreads(1).withResume(true));
        assertThat(resumed.manifest().timings().runsResumed()).isEqualTo(13);
        assertThat(resumed.manifest().timings().runsComputed()).isEqualTo(7);
        for (String f : COMPARED) {
            assertThat(bytes(broken.resolve(f))).as(f).isEqualTo(bytes(whole.resolve(f)));
        }
    }

    @Test
    void resumingAnotherSweepIsRefusedNamingTheDifference() {
        Path dir = tmp.resolve("walk");
        EnsembleSweep.run(input("walk"), dir, SweepOptions.of(4, 9));
        assertThatThrownBy(() -> EnsembleSweep.run(input("walk"), dir, SweepOptions.of(4, 10).withResume(true)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("seed is 9 there, 10 here")
                .hasMessageContaining("without --resume");
        assertThatThrownBy(() -> EnsembleSweep.run(input("walk"), dir, SweepOptions.of(5, 9).withResume(true)))
                .hasMessageContaining("runs is 4 there, 5 here");
    }

    @Test
    void anOutputPathThatIsAFileIsBadInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "not a directory");
        assertThatThrownBy(() -> EnsembleSweep.run(input("walk"), file, SweepOptions.of(2, 1)))
                .isInstanceOf(InputException.class).hasMessageContaining("not a directory");
    }

    @Test
    void resumingACompleteSweepRewritesTheSameFiles() {
        Path dir = tmp.resolve("walk");
        EnsembleSweep.run(input("walk"), dir, SweepOptions.of(4, 9));
        byte[] quantiles = bytes(dir.resolve("quantiles.csv"));
        SweepOutcome again = EnsembleSweep.run(input("walk"), dir, SweepOptions.of(4, 9).withResume(true));
        assertThat(again.manifest().timings().runsComputed()).isZero();
        assertThat(bytes(dir.resolve("quantiles.csv"))).isEqualTo(quantiles);
    }

    @Test
    void aNewSweepReplacesThePreviousOne() throws SQLException {
        Path dir = tmp.resolve("walk");
        EnsembleSweep.run(input("walk"), dir, SweepOptions.of(6, 9));
        EnsembleSweep.run(input("walk"), dir, SweepOptions.of(3, 9));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("hermit.duckdb"));
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM runs")).isEqualTo(3);
        }
        assertThat(Files.exists(dir.resolve("run.json"))).isTrue();
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
