package org.hermit.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hermit.analysis.Priors;
import org.hermit.model.param.Distribution;
import org.junit.jupiter.api.Test;

class TornadoChartTest {

    @Test
    void barsSwingOneParameterFromItsLowToItsHighQuantileWidestFirst() {
        Distribution unit = new Distribution.Uniform(0, 1);
        Priors priors = new Priors(List.of("coal", "wages", "fixed"), List.of(unit, unit, new Distribution.Fixed(1)));

        TornadoChart chart = TornadoChart.swing(priors, x -> 2 * x[0] - 5 * x[1] + x[2], 0.05, 0.95, 2);

        assertThat(chart.baseline()).isCloseTo(2 * 0.5 - 5 * 0.5 + 1, within(1e-12));
        assertThat(chart.bars()).extracting(TornadoChart.Bar::id).containsExactly("wages", "coal");
        TornadoChart.Bar wages = chart.bars().get(0);
        assertThat(wages.lowInput()).isCloseTo(0.05, within(1e-12));
        assertThat(wages.highInput()).isCloseTo(0.95, within(1e-12));
        assertThat(wages.outputAtLow()).isCloseTo(2 * 0.5 - 5 * 0.05 + 1, within(1e-12));
        assertThat(wages.outputAtHigh()).isCloseTo(2 * 0.5 - 5 * 0.95 + 1, within(1e-12));
        assertThat(wages.swing()).isCloseTo(4.5, within(1e-12));
        assertThat(chart.bars().get(1).swing()).isCloseTo(1.8, within(1e-12));
    }
}
