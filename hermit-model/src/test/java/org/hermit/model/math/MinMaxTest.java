package org.hermit.model.math;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** MinMax gives exactly the bits of Math.min and Math.max, special values included. */
class MinMaxTest {
    static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_NORMAL, 1e-300, -1e300, 0.1, Math.nextUp(0.1), Double.longBitsToDouble(0x7ff8000000000123L)};

    static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    @Test
    void everyPairOfSpecialValuesGivesMathsBits() {
        for (double a : SPECIAL) {
            for (double b : SPECIAL) {
                assertThat(bits(MinMax.max(a, b))).as("max(%s, %s)", a, b).isEqualTo(bits(Math.max(a, b)));
                assertThat(bits(MinMax.min(a, b))).as("min(%s, %s)", a, b).isEqualTo(bits(Math.min(a, b)));
            }
            assertThat(bits(MinMax.atLeastZero(a))).as("atLeastZero(%s)", a).isEqualTo(bits(Math.max(0.0, a)));
        }
    }

    @Property(tries = 2000)
    void anyPairGivesMathsBits(@ForAll("doubles") double a, @ForAll("doubles") double b) {
        assertThat(bits(MinMax.max(a, b))).isEqualTo(bits(Math.max(a, b)));
        assertThat(bits(MinMax.min(a, b))).isEqualTo(bits(Math.min(a, b)));
        assertThat(bits(MinMax.atLeastZero(a))).isEqualTo(bits(Math.max(0.0, a)));
    }

    @Provide
    Arbitrary<Double> doubles() {
        Double[] special = new Double[SPECIAL.length];
        for (int i = 0; i < special.length; i++) {
            special[i] = SPECIAL[i];
        }
        return Arbitraries.oneOf(Arbitraries.of(special), Arbitraries.doubles(),
                Arbitraries.longs().map(Double::longBitsToDouble));
    }
}
