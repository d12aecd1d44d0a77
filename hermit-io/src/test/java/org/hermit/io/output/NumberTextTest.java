package org.hermit.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Property(tries = 2000)
    void everyFiniteNumberReadsBackExactly(@ForAll double x) {
        if (Double.isFinite(x)) {
            assertThat(Double.parseDouble(NumberText.format(x))).isEqualTo(x == 0 ? 0.0 : x);
        }
    }

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertThat(NumberText.format(22_000_000)).isEqualTo("22000000");
        assertThat(NumberText.format(-3)).isEqualTo("-3");
        assertThat(NumberText.format(-0.0)).isEqualTo("0");
    }

    @Test
    void moderateNumbersArePlainAndExtremeOnesScientific() {
        assertThat(NumberText.format(1234567.5)).isEqualTo("1234567.5");
        assertThat(NumberText.format(0.00012)).isEqualTo("0.00012");
        assertThat(NumberText.format(0.1)).isEqualTo("0.1");
        assertThat(NumberText.format(1.5e-7)).isEqualTo("1.5E-7");
        assertThat(NumberText.format(2e20)).isEqualTo("2.0E20");
    }
}
