package org.hermit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hermit.model.param.Distribution;
import org.junit.jupiter.api.Test;

class PriorsTest {
    private final Priors priors = new Priors(List.of("a", "b", "c"),
            List.of(new Distribution.Uniform(0, 2), new Distribution.Fixed(5), new Distribution.Normal(1, 2)));

    @Test
    void freeIndicesLeaveOutFixedParameters() {
        assertThat(priors.freeIndices()).containsExactly(0, 2);
    }

    @Test
    void mapsTheUnitCubeThroughEachQuantileFunction() {
        assertThat(priors.fromUnit(new double[] {0.25, 0.9, 0.5})).containsExactly(0.5, 5.0, 1.0);
        assertThat(priors.medians()).containsExactly(1.0, 5.0, 1.0);
    }

    @Test
    void logDensityIsTheSumOverFreeParametersAndMinusInfinityOutsideTheSupport() {
        double expected = Math.log(0.5) + Math.log(new Distribution.Normal(1, 2).density(0.3));

        assertThat(priors.logDensity(new double[] {1.5, 5, 0.3})).isCloseTo(expected, within(1e-12));
        assertThat(priors.logDensity(new double[] {2.5, 5, 0.3})).isNegative().isInfinite();
        assertThat(priors.logDensity(new double[] {1.5, 5.1, 0.3})).isNegative().isInfinite();
    }

    @Test
    void rejectsDuplicateOrUnwritableIds() {
        assertThatThrownBy(() -> new Priors(List.of("a", "a"), List.of(new Distribution.Fixed(1), new Distribution.Fixed(2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> new Priors(List.of("a,b"), List.of(new Distribution.Fixed(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Priors.unnamed(new Distribution.Fixed(1), new Distribution.Fixed(2)).ids()).containsExactly("x1", "x2");
    }
}
