package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's measurement on the real model, with few runs (its figures are checked for sense, not speed). */
class ModelBenchmarkTest {

    @Test
    void measuresEveryThreadCountAndCountsBytesPerMonthOverWholeRuns() {
        Hermit hermit = Hermit.withBundledData();
        ModelBenchmark.Result r = ModelBenchmark.measure(hermit.scenario("baseline"), hermit,
                new ModelBenchmark.Options(12, List.of(1, 2), 4, 3, 5L));
        assertThat(r.months()).isEqualTo(252);
        assertThat(r.timings()).extracting(ModelBenchmark.Timing::threads).containsExactly(1, 2);
        for (ModelBenchmark.Timing t : r.timings()) {
            assertThat(t.runs()).isEqualTo(12);
            assertThat(t.seconds()).isPositive();
            assertThat(t.msPerRun()).isCloseTo(t.seconds() * t.threads() / 12 * 1e3, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(r.speedUp(r.timings().get(0))).isEqualTo(1.0);
        assertThat(r.allocation().monthsMeasured()).isEqualTo(12L * 252);
        // A run's set-up builds its economy (tables, channels): it allocates, unlike its months.
        assertThat(r.allocation().setupBytesPerRun()).isGreaterThan(1_000);
        assertThat(r.allocation().bytesPerMonth()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void optionsRejectWhatCannotBeMeasured() {
        assertThatThrownBy(() -> new ModelBenchmark.Options(0, List.of(1), 0, 1, 1)).hasMessageContaining("runs must be at least 1");
        assertThatThrownBy(() -> new ModelBenchmark.Options(10, List.of(), 0, 1, 1)).hasMessageContaining("at least one thread count");
        assertThatThrownBy(() -> new ModelBenchmark.Options(10, List.of(1), -1, 1, 1)).hasMessageContaining("warm-up");
        assertThatThrownBy(() -> new ModelBenchmark.Options(10, List.of(1), 0, 0, 1)).hasMessageContaining("rounds");
    }
}
