package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hermit.cli.TestHermit.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void comparesTwoScenariosAndPrintsTheirDifferences() {
        Outcome o = TestHermit.run("--quiet", "compare", "walk", "steep", "--out", tmp.toString(), "--runs", "4", "--no-report");
        assertThat(o.status()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("steep minus walk, by year, median [5th, 95th percentile] of 4 paired runs")
                .contains("state revenue, USD m", "GDP growth, pp")
                .contains(tmp.resolve("compare.json").toString(), tmp.resolve("diff/summary.csv").toString());
        assertThat(tmp.resolve("walk/series.csv")).isRegularFile();
        assertThat(tmp.resolve("steep/run.json")).isRegularFile();
        assertThat(o.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ResultTables.WIDTH));
    }

    @Test
    void badScenariosAndOptionsExitWithStatusTwo() {
        assertThat(TestHermit.run("compare", "walk", "walk", "--out", tmp.toString()).status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(TestHermit.run("compare", "walk", "nosuch", "--out", tmp.toString()).status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(TestHermit.run("compare", "walk").status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(TestHermit.run("compare", "walk", "steep", "--runs", "-3").status()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void aNaNInEitherScenarioIsAnInternalErrorNamingIt() {
        Outcome o = TestHermit.run("--quiet", "compare", "walk", "broken", "--out", tmp.toString(), "--runs", "5");
        assertThat(o.status()).isEqualTo(Main.EXIT_INTERNAL);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err()).contains("run 2", "scenario broken", "rice_kpw_per_kg became NaN in 2020-05");
    }
}
