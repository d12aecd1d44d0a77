package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.io.InputException;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.param.Distribution;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's machinery (in memory, into a directory, read back, compare), around the engine's test model. */
class HermitApiTest {
    static final int START = Months.of(2020, 1);
    static final int MONTHS = 24;

    @TempDir
    Path tmp;

    static Scenario scenario(String name, Map<String, Distribution> overrides, String posterior) {
        return new Scenario(name, "", "test:" + name, "h-" + name, START, START + MONTHS - 1, 11, 6, Resolution.COHORT,
                overrides, posterior, List.of(), List.of());
    }

    static final Map<String, Scenario> SCENARIOS = Map.of(
            "walk", scenario("walk", Map.of(), null),
            "steep", scenario("steep", Map.of(RandomWalkModel.DRIFT, new Distribution.Fixed(0.02)), null));

    static Hermit hermit() {
        ScenarioSource source = new ScenarioSource() {
            public Scenario resolve(String name) {
                Scenario s = SCENARIOS.get(name);
                if (s == null) {
                    throw InputException.of(name, 0, 0, "", "no such scenario");
                }
                return s;
            }

            public List<String> bundledNames() {
                return List.of("steep", "walk");
            }
        };
        return Hermit.withModel(RandomWalkModel.parameters(), new Inputs(List.of()), source,
                (s, p, i) -> new RandomWalkModel(s.startMonth(), s.months()));
    }

    @Test
    void runsInMemoryWithTheScenariosRunsAndSeedUnlessTold() {
        Hermit hermit = hermit();
        EnsembleResult r = hermit.run(hermit.scenario("walk"), RunOptions.defaults().threads(2));
        assertThat(r.runs()).isEqualTo(6);
        assertThat(r.seed()).isEqualTo(11);
        assertThat(r.quantiles("reserves_usd").p50()).hasSize(MONTHS);
        assertThat(r.annual("reserves_usd").years()).isEqualTo(2);
        assertThat(r.series(5, "reserves_usd")).hasSize(MONTHS);
        assertThat(r.directory()).isEmpty();
        EnsembleResult more = hermit.run(hermit.scenario("walk"), RunOptions.defaults().runs(9).seed(3).seriesRuns(2));
        assertThat(more.runs()).isEqualTo(9);
        assertThat(more.seed()).isEqualTo(3);
        assertThatThrownBy(() -> more.series(2, "reserves_usd")).hasMessageContaining("not kept");
    }

    @Test
    void aDirectoryRunGivesTheSameResultsAndReadsBack() {
        Hermit hermit = hermit();
        Scenario walk = hermit.scenario("walk");
        EnsembleResult memory = hermit.run(walk, RunOptions.defaults().threads(1));
        Path dir = tmp.resolve("walk");
        EnsembleResult written = hermit.run(walk, RunOptions.defaults().threads(2).out(dir));
        assertThat(written.files()).contains(dir.resolve("series.csv"), dir.resolve("run.json"));
        assertThat(written.quantiles("kpw_per_usd").p95()).isEqualTo(memory.quantiles("kpw_per_usd").p95());
        EnsembleResult read = hermit.read(dir);
        assertThat(read.scenario()).isEqualTo("walk");
        assertThat(read.annual("rice_kpw_per_kg").p5()).isEqualTo(memory.annual("rice_kpw_per_kg").p5());
        assertThat(read.quantiles("food_insecure_people").p25()).isEqualTo(memory.quantiles("food_insecure_people").p25());
        assertThat(read.series(4, "gdp_growth_pct")).isEqualTo(memory.series(4, "gdp_growth_pct"));
        // Undefined in a run's first 23 months, in memory as on disk.
        assertThat(read.series(4, "gdp_growth_pct")[22]).isNaN();
        assertThat(read.series(4, "gdp_growth_pct")[23]).isFinite();
        assertThat(read.manifest().orElseThrow().runs()).isEqualTo(6);
    }

    @Test
    void comparesInMemoryAndIntoADirectoryAlike() {
        Hermit hermit = hermit();
        ComparisonResult memory = hermit.compare(hermit.scenario("walk"), hermit.scenario("steep"), RunOptions.defaults());
        ComparisonResult written = hermit.compare(hermit.scenario("walk"), hermit.scenario("steep"),
                RunOptions.defaults().out(tmp.resolve("cmp")));
        assertThat(written.differenceByYear("reserves_usd").p50()).isEqualTo(memory.differenceByYear("reserves_usd").p50());
        assertThat(memory.differenceByYear("reserves_usd").p5()[1]).isPositive();
        assertThat(memory.b().seed()).isEqualTo(memory.a().seed());
        ComparisonResult read = hermit.readComparison(tmp.resolve("cmp"));
        assertThat(read.a().scenario()).isEqualTo("walk");
        assertThat(read.differenceByMonth("kpw_per_usd").p75()).isEqualTo(memory.differenceByMonth("kpw_per_usd").p75());
        assertThatThrownBy(() -> hermit.compare(hermit.scenario("walk"), hermit.scenario("walk"), RunOptions.defaults()))
                .isInstanceOf(InputException.class);
    }

    @Test
    void aScenarioPosteriorFileSuppliesItsParameters() throws Exception {
        Path posterior = tmp.resolve("posterior.csv");
        Files.writeString(posterior, RandomWalkModel.DRIFT + "," + RandomWalkModel.VOLATILITY + "\n0.001,0.02\n0.003,0.04\n");
        Hermit hermit = hermit();
        Path dir = tmp.resolve("post");
        hermit.run(scenario("post", Map.of(), posterior.toString()), RunOptions.defaults().runs(20).out(dir));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("hermit.duckdb"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT \"walk.drift\", \"walk.volatility\" FROM runs ORDER BY 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isEqualTo(0.001);
            assertThat(rs.getDouble(2)).isEqualTo(0.02);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isEqualTo(0.003);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void readingADirectoryThatIsNotAFinishedRunIsBadInput() {
        assertThatThrownBy(() -> hermit().read(tmp.resolve("nothing"))).isInstanceOf(InputException.class)
                .hasMessageContaining("run.json");
    }
}
