package org.hermit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
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
    void registryPriorsAreTruncatedToEachParameterLegalRange() {
        ParameterSpace space = new ParameterSpace(List.of(
                new ParameterDef("coal.price_usd_per_t", "USD/t", "", 70, new Distribution.Normal(70, 20), 20, 150,
                        List.of(), "assumption for the test"),
                new ParameterDef("won.velocity", "", "", 1, new Distribution.Uniform(0.5, 2), 0, 10,
                        List.of(), "assumption for the test")));

        Priors registry = Priors.of(space);

        assertThat(registry.ids()).containsExactly("coal.price_usd_per_t", "won.velocity");
        assertThat(registry.lower(0)).isEqualTo(20);
        assertThat(registry.upper(0)).isEqualTo(150);
        assertThat(registry.lower(1)).isEqualTo(0.5); // the distribution's support is tighter than the legal range
        assertThat(registry.upper(1)).isEqualTo(2);
        assertThat(registry.logDensity(new double[] {160, 1})).isNegative().isInfinite();
        assertThat(registry.logDensity(new double[] {140, 1})).isFinite();
    }

    @Test
    void boundsThatExcludeTheWholeDistributionAreRejected() {
        assertThatThrownBy(() -> new Priors(List.of("a"), List.of(new Distribution.Uniform(0, 1)),
                new double[] {2}, new double[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uniform(0, 1)");
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
