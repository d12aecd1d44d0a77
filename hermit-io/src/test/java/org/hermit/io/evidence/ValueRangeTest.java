package org.hermit.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ValueRangeTest {

    @Test
    void aSingleNumberIsARangeOfOnePoint() {
        ValueRange v = ValueRange.parse("8150").orElseThrow();
        assertThat(v.low()).isEqualTo(8150);
        assertThat(v.high()).isEqualTo(8150);
        assertThat(v.isRange()).isFalse();
    }

    @Test
    void aLeadingMinusIsASignNotARange() {
        assertThat(ValueRange.parse("-0.5").orElseThrow().midpoint()).isEqualTo(-0.5);
        assertThat(ValueRange.parse("-811000000").orElseThrow().low()).isEqualTo(-811_000_000);
    }

    @Test
    void lowDashHighGivesLowHighAndMidpoint() {
        ValueRange v = ValueRange.parse("630000000-1000000000").orElseThrow();
        assertThat(v.low()).isEqualTo(630e6);
        assertThat(v.high()).isEqualTo(1000e6);
        assertThat(v.midpoint()).isEqualTo(815e6);
        assertThat(v.isRange()).isTrue();
    }

    @Test
    void decimalRangesParse() {
        ValueRange v = ValueRange.parse("0.015-0.076").orElseThrow();
        assertThat(v.low()).isEqualTo(0.015);
        assertThat(v.high()).isEqualTo(0.076);
    }

    @Test
    void wordsAndBlanksAreNotNumbers() {
        assertThat(ValueRange.parse("billions")).isEmpty();
        assertThat(ValueRange.parse("hundreds of millions")).isEmpty();
        assertThat(ValueRange.parse("")).isEmpty();
    }

    @Test
    void scalingANegativeFactorKeepsLowBelowHigh() {
        ValueRange v = new ValueRange(2, 5).times(-1);
        assertThat(v.low()).isEqualTo(-5);
        assertThat(v.high()).isEqualTo(-2);
    }

    @Property
    void anyWrittenRangeParsesBackToItsEnds(@ForAll @IntRange(min = 0, max = 1_000_000) int a,
                                             @ForAll @IntRange(min = 0, max = 1_000_000) int width) {
        ValueRange v = ValueRange.parse(a + "-" + (a + width)).orElseThrow();
        assertThat(v.low()).isEqualTo(a);
        assertThat(v.high()).isEqualTo(a + width);
        assertThat(v.midpoint()).isCloseTo(a + width / 2.0, within(1e-9));
    }
}
