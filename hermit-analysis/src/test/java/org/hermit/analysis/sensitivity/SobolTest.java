package org.hermit.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hermit.analysis.Priors;
import org.hermit.model.param.Distribution;
import org.junit.jupiter.api.Test;

class SobolTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final Distribution MINUS_PI_TO_PI = new Distribution.Uniform(-Math.PI, Math.PI);
    private static final List<Distribution> ISHIGAMI_INPUTS = List.of(MINUS_PI_TO_PI, MINUS_PI_TO_PI, MINUS_PI_TO_PI);
    private static final ToDoubleFunction<double[]> ISHIGAMI =
            x -> Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);

    // Analytic variances of the Ishigami function (Ishigami and Homma 1990): V1, V2 and the x1-x3 interaction.
    private static final double V1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
    private static final double V = V1 + V2 + V13;

    @Test
    void analyticIshigamiIndicesAreTheCitedValues() {
        assertThat(V1 / V).isCloseTo(0.3139, within(1e-4));
        assertThat(V2 / V).isCloseTo(0.4424, within(1e-4));
        assertThat((V1 + V13) / V).isCloseTo(0.5576, within(1e-4));
        assertThat(V13 / V).isCloseTo(0.2437, within(1e-4));
    }

    @Test
    void estimatesTheIshigamiIndices() {
        SobolResult result = Sobol.analyze(ISHIGAMI_INPUTS, ISHIGAMI, 4096, 1, 2);

        assertThat(result.evaluations()).isEqualTo(4096L * 5);
        assertThat(result.outputVariance()).isCloseTo(V, within(0.05 * V));
        assertThat(result.of("x1").firstOrder()).isCloseTo(V1 / V, within(0.01));
        assertThat(result.of("x2").firstOrder()).isCloseTo(V2 / V, within(0.01));
        assertThat(result.of("x3").firstOrder()).isCloseTo(0.0, within(0.01));
        assertThat(result.of("x1").total()).isCloseTo((V1 + V13) / V, within(0.01));
        assertThat(result.of("x2").total()).isCloseTo(V2 / V, within(0.01));
        assertThat(result.of("x3").total()).isCloseTo(V13 / V, within(0.01));
    }

    @Test
    void confidenceIntervalsBracketTheEstimatesAndTheTruth() {
        SobolResult result = Sobol.analyze(ISHIGAMI_INPUTS, ISHIGAMI, 4096, 1, 2);

        double[] trueTotal = {(V1 + V13) / V, V2 / V, V13 / V};
        for (int i = 0; i < 3; i++) {
            SobolIndices s = result.indices().get(i);
            assertThat(s.firstOrderCi().contains(s.firstOrder())).isTrue();
            assertThat(s.totalCi().contains(s.total())).isTrue();
            assertThat(s.totalCi().contains(trueTotal[i])).isTrue();
            assertThat(s.totalCi().width()).isBetween(1e-6, 0.1);
        }
    }

    @Test
    void ranksByTotalIndex() {
        SobolResult result = Sobol.analyze(ISHIGAMI_INPUTS, ISHIGAMI, 1024, 1, 2);

        assertThat(result.ranked()).extracting(SobolIndices::id).containsExactly("x1", "x2", "x3");
    }

    @Test
    void linearModelIndicesAreTheSquaredCoefficientsShares() {
        // f = 3 x1 + 1 x2 + 0 x4 with x3 fixed: S1 = ST = c^2 / sum c^2 for independent inputs of equal variance
        Priors priors = new Priors(List.of("x1", "x2", "x3", "x4"), List.of(new Distribution.Uniform(0, 1),
                new Distribution.Uniform(0, 1), new Distribution.Fixed(10), new Distribution.Uniform(0, 1)));

        SobolResult result = Sobol.analyze(priors, x -> 3 * x[0] + x[1] + x[2] + 0 * x[3], 2048, 5, 2);

        assertThat(result.indices()).extracting(SobolIndices::id).containsExactly("x1", "x2", "x4");
        assertThat(result.of("x1").firstOrder()).isCloseTo(0.9, within(0.01));
        assertThat(result.of("x1").total()).isCloseTo(0.9, within(0.01));
        assertThat(result.of("x2").firstOrder()).isCloseTo(0.1, within(0.01));
        assertThat(result.of("x4").total()).isZero();
    }

    @Test
    void resultIsIdenticalOnOneAndSeveralThreads() {
        SobolResult single = Sobol.analyze(ISHIGAMI_INPUTS, ISHIGAMI, 512, 9, 1);
        SobolResult several = Sobol.analyze(ISHIGAMI_INPUTS, ISHIGAMI, 512, 9, 3);

        assertThat(several).isEqualTo(single);
    }

    @Test
    void theBootstrapSeedMovesOnlyTheIntervals() {
        SobolResult one = Sobol.analyze(ISHIGAMI_INPUTS, ISHIGAMI, 512, 1, 2);
        SobolResult two = Sobol.analyze(ISHIGAMI_INPUTS, ISHIGAMI, 512, 2, 2);

        assertThat(two.of("x1").total()).isEqualTo(one.of("x1").total());
        assertThat(two.of("x1").totalCi()).isNotEqualTo(one.of("x1").totalCi());
    }

    @Test
    void aNonFiniteOutputIsReportedWithTheParameters() {
        assertThatThrownBy(() -> Sobol.analyze(ISHIGAMI_INPUTS, x -> x[0] > 3 ? Double.NaN : x[0], 256, 1, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NaN at x1=");
    }

    @Test
    void aConstantOutputHasNoVarianceToApportion() {
        assertThatThrownBy(() -> Sobol.analyze(ISHIGAMI_INPUTS, x -> 4.0, 64, 1, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no variance");
    }
}
