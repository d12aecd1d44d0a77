package org.hermit.analysis.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesDistanceTest {
    private static final double NA = Double.NaN;

    // Rice in KPW/kg (monthly, one gap) and exports in USD (annual): wildly different units and lengths.
    private final SeriesDistance distance = SeriesDistance.relative(List.of("rice", "exports"),
            List.of(new double[] {4000, NA, 6000, 5000}, new double[] {2.0e9, 3.0e9}));

    @Test
    void relativeScaleIsTheMeanAbsoluteObservation() {
        // rice scale 5000, exports 2.5e9; rice errors 500, -, 0, 500 -> mean square 0.01 * 2/3;
        // exports errors 0.25e9 and 0.25e9 -> mean square 0.01
        double[][] simulated = {{4500, 123, 6000, 5500}, {2.25e9, 3.25e9}};

        assertThat(distance.perSeries(simulated)).containsExactly(new double[] {Math.sqrt(0.02 / 3), 0.1},
                within(1e-12));
        assertThat(distance.distance(simulated)).isCloseTo(Math.sqrt((0.02 / 3 + 0.01) / 2), within(1e-12));
    }

    @Test
    void everySeriesWeighsTheSameWhateverItsUnitOrLength() {
        // 10% off everywhere in both series: each contributes 0.1, whatever the number of points
        double[][] tenPercentOff = {{4400, NA, 6600, 5500}, {2.2e9, 3.3e9}};
        SeriesDistance absolute = new SeriesDistance(List.of(
                new SeriesDistance.Series("rice", new double[] {4000, NA, 6000, 5000}, 1.0),
                new SeriesDistance.Series("exports", new double[] {2.0e9, 3.0e9}, 1.0)));

        double[] fit = distance.perSeries(tenPercentOff);

        assertThat(fit[0]).isCloseTo(fit[1], within(0.03));
        assertThat(absolute.perSeries(tenPercentOff)[1] / absolute.perSeries(tenPercentOff)[0]).isGreaterThan(1e5);
    }

    @Test
    void aPerfectMatchIsZeroAndANonFiniteSimulationIsInfinite() {
        assertThat(distance.distance(new double[][] {{4000, 1, 6000, 5000}, {2.0e9, 3.0e9}})).isZero();
        assertThat(distance.distance(new double[][] {{4000, 1, Double.NaN, 5000}, {2.0e9, 3.0e9}})).isInfinite();
        // a non-finite value where nothing was observed does not matter
        assertThat(distance.distance(new double[][] {{4000, Double.NaN, 6000, 5000}, {2.0e9, 3.0e9}})).isZero();
    }

    @Test
    void rejectsMismatchedShapesAndUnusableSeries() {
        assertThatThrownBy(() -> distance.distance(new double[][] {{1, 2, 3}, {1, 2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rice");
        assertThatThrownBy(() -> SeriesDistance.relative(List.of("flat"), List.of(new double[] {0, 0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explicit scale");
        assertThatThrownBy(() -> SeriesDistance.relative(List.of("empty"), List.of(new double[] {NA})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no observed value");
    }
}
