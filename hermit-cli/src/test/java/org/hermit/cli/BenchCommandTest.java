package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hermit.api.ModelBenchmark;
import org.junit.jupiter.api.Test;

/** hermit bench on the real model with a handful of runs: what it prints and how it treats bad options. */
class BenchCommandTest {

    @Test
    void printsRunsPerSecondForEachThreadCountTheSpeedUpAndTheAllocationPerMonth() {
        CliRun r = CliRun.run("bench", "--runs", "20", "--warmup", "5", "--rounds", "1", "--threads", "1,2");
        assertThat(r.status()).as(r.err()).isEqualTo(Main.EXIT_OK);
        assertThat(r.out()).contains("Benchmark of baseline, 2010-01..2030-12 (252 months), cohort resolution",
                "threads", "runs/s", "ms/run", "speed-up", "bytes per simulated month", "Not included: statistics");
        List<String> rows = r.out().lines().filter(l -> l.matches("\\s+[12]\\s+\\d+\\s+.*")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).trim().split("\\s+")[4]).isEqualTo("1.00");
    }

    @Test
    void aThreadCountBelowOneIsBadInput() {
        CliRun r = CliRun.run("bench", "--threads", "0", "--runs", "5");
        assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("thread counts must be at least 1, got 0").doesNotContain("\tat ");
    }

    @Test
    void theFormatShowsTheSpeedUpOverTheFirstThreadCount() {
        ModelBenchmark.Result result = new ModelBenchmark.Result("baseline", 0, 252, List.of(
                new ModelBenchmark.Timing(1, 1000, 0.5, 0.5), new ModelBenchmark.Timing(2, 1000, 0.26, 0.52)),
                new ModelBenchmark.Allocation(25_200, 0.0, 120_000), 0.5, 0.6);
        String text = BenchCommand.format(result);
        assertThat(text).contains("      1        2000       0.500        1.00      1.00")
                .contains("      2        3846       0.520        2.00      1.92")
                .contains("0.0 bytes per simulated month").contains("120,000 bytes per run");
    }
}
