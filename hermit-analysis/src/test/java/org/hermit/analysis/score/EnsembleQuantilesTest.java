package org.hermit.analysis.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EnsembleQuantilesTest {

    @Test
    void percentilesOfOneToHundredAndOneAreTheOrderStatistics() {
        double[] runs = IntStream.rangeClosed(1, 101).mapToDouble(i -> 102 - i).toArray(); // unsorted on purpose

        EnsembleQuantiles q = EnsembleQuantiles.fromRuns(runs);

        assertThat(q).isEqualTo(new EnsembleQuantiles(6, 51, 96));
    }

    @Test
    void percentilesInterpolateLinearlyBetweenRuns() {
        EnsembleQuantiles q = EnsembleQuantiles.fromRuns(0, 10);

        assertThat(q.p5()).isCloseTo(0.5, within(1e-12));
        assertThat(q.p50()).isCloseTo(5.0, within(1e-12));
        assertThat(q.p95()).isCloseTo(9.5, within(1e-12));
    }

    @Test
    void theIntervalIncludesItsEnds() {
        EnsembleQuantiles q = new EnsembleQuantiles(1, 2, 3);

        assertThat(q.covers(1)).isTrue();
        assertThat(q.covers(3)).isTrue();
        assertThat(q.covers(3.0000001)).isFalse();
    }

    @Test
    void rejectsUnorderedOrMissingValues() {
        assertThatThrownBy(() -> new EnsembleQuantiles(2, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnsembleQuantiles.fromRuns(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(EnsembleQuantiles::fromRuns).isInstanceOf(IllegalArgumentException.class);
    }
}
