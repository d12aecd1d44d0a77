package org.hermit.analysis.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static Population threeParticles(double... weights) {
        return new Population(new double[][] {{1}, {2}, {3}}, weights, new double[] {0.3, 0.1, 0.2});
    }

    @Test
    void normalisesWeightsAndComputesKishEffectiveSampleSize() {
        Population p = threeParticles(2, 1, 1);

        assertThat(p.weights()).containsExactly(0.5, 0.25, 0.25);
        assertThat(p.effectiveSampleSize()).isCloseTo(1 / (0.25 + 0.0625 + 0.0625), within(1e-12));
        assertThat(threeParticles(1, 1, 1).effectiveSampleSize()).isCloseTo(3, within(1e-12));
    }

    @Test
    void weightedMeanAndSd() {
        Population p = threeParticles(2, 1, 1);

        assertThat(p.mean(0)).isCloseTo(0.5 * 1 + 0.25 * 2 + 0.25 * 3, within(1e-12));
        double m = 1.75;
        double variance = 0.5 * (1 - m) * (1 - m) + 0.25 * (2 - m) * (2 - m) + 0.25 * (3 - m) * (3 - m);
        assertThat(p.sd(0)).isCloseTo(Math.sqrt(variance), within(1e-12));
    }

    @Test
    void weightedMedianDistanceIsWhereHalfTheWeightIsReached() {
        // distances sorted: 0.1 (w .25), 0.2 (w .25), 0.3 (w .5)
        assertThat(threeParticles(2, 1, 1).weightedDistanceQuantile(0.5)).isEqualTo(0.2);
        assertThat(threeParticles(4, 1, 1).weightedDistanceQuantile(0.5)).isEqualTo(0.3);
    }

    @Test
    void resamplingNeverPicksAParticleOfZeroWeight() {
        double[][] draws = threeParticles(1, 0, 1).resample(1000, 3);

        assertThat(Arrays.stream(draws).mapToDouble(d -> d[0])).containsOnly(1.0, 3.0);
    }

    @Provide
    Arbitrary<double[]> positiveWeights() {
        return Arbitraries.doubles().between(0.01, 10).array(double[].class).ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 50)
    void resamplingReproducesTheWeightsToWithinOneDraw(
            @ForAll("positiveWeights") double[] weights,
            @ForAll @IntRange(min = 1, max = 500) int size) {
        double[][] thetas = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            thetas[i] = new double[] {i};
        }
        Population p = new Population(thetas, weights, new double[weights.length]);

        double[][] draws = p.resample(size, 11);

        assertThat(draws).hasNumberOfRows(size);
        for (int i = 0; i < weights.length; i++) {
            int particle = i;
            long count = Arrays.stream(draws).filter(d -> d[0] == particle).count();
            // systematic resampling draws each particle floor or ceil of size * weight times
            assertThat((double) count).isCloseTo(size * p.weight(i), within(1.0 + 1e-9));
        }
    }
}
