package org.hermit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void dollarsCarryAScaleWordAndThreeSignificantDigits() {
        assertThat(Formats.usd(1.2e9)).isEqualTo("$1.2bn");
        assertThat(Formats.usd(2_137_000_000)).isEqualTo("$2.14bn");
        assertThat(Formats.usd(12.5e9)).isEqualTo("$12.5bn");
        assertThat(Formats.usd(350e6)).isEqualTo("$350m");
        assertThat(Formats.usd(80_912_345)).isEqualTo("$80.9m");
        assertThat(Formats.usd(12_500)).isEqualTo("$12.5k");
        assertThat(Formats.usd(850)).isEqualTo("$850");
        assertThat(Formats.usd(0)).isEqualTo("$0");
        assertThat(Formats.usd(-1.48e9)).isEqualTo("-$1.48bn");
    }

    @Test
    void roundingNeverLeavesAThousandOfTheSmallerUnit() {
        assertThat(Formats.usd(999_999_999)).isEqualTo("$1bn");
        assertThat(Formats.usd(999_600)).isEqualTo("$1m");
        assertThat(Formats.count(999_999)).isEqualTo("1m");
    }

    @Test
    void pricesAndCountsGroupThousands() {
        assertThat(Formats.number(8000)).isEqualTo("8,000");
        assertThat(Formats.number(12_345)).isEqualTo("12,300");
        assertThat(Formats.number(90_412)).isEqualTo("90,400");
        assertThat(Formats.number(3.14159)).isEqualTo("3.14");
        assertThat(Formats.number(-693.4)).isEqualTo("-693");
        assertThat(Formats.countWords(10_550_000)).isEqualTo("10.6 million");
        assertThat(Formats.countWords(850_000)).isEqualTo("850,000");
        assertThat(Formats.count(10_500_000)).isEqualTo("10.5m");
    }

    @Test
    void givenNumbersAreShownExactly() {
        assertThat(Formats.exact(22_000_000)).isEqualTo("22,000,000");
        assertThat(Formats.exact(8375)).isEqualTo("8,375");
        assertThat(Formats.exact(0.035)).isEqualTo("0.035");
        assertThat(Formats.exact(1234.5)).isEqualTo("1,234.5");
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertThat(Formats.percent(3.456)).isEqualTo("3.5%");
        assertThat(Formats.percent(-1.24)).isEqualTo("-1.2%");
        assertThat(Formats.percent(23.44)).isEqualTo("23.4%");
        assertThat(Formats.percent(0.0519)).isEqualTo("0.052%");
        assertThat(Formats.percent(-0.01)).isEqualTo("-0.01%");
        assertThat(Formats.share(0.42)).isEqualTo("42%");
    }

    @Test
    void unitsPickTheirFormat() {
        assertThat(Formats.forUnit("USD").apply(1.5e9)).isEqualTo("$1.5bn");
        assertThat(Formats.forUnit("KPW/kg").apply(19_000)).isEqualTo("19,000");
        assertThat(Formats.forUnit("persons").apply(10.5e6)).isEqualTo("10.5m");
        assertThat(Formats.forUnit("%").apply(-4.5)).isEqualTo("-4.5%");
    }

    @Test
    void axisTicksUseTheSameWordsAndShowFloatingPointNoiseAsZero() {
        assertThat(Formats.axis(Formats::usd).format(2.5e9)).isEqualTo("$2.5bn");
        assertThat(Formats.axis(Formats::usd).format(1e-13)).isEqualTo("$0");
        assertThat(Formats.axis(Formats::year).format(2030.0)).isEqualTo("2030");
    }

    @Property
    void dollarTextReadsBackWithinRounding(@ForAll @DoubleRange(min = 1, max = 1e13) double value) {
        double read = parseUsd(Formats.usd(value));
        // Three significant digits: at most half a unit in the third digit.
        assertThat(read).isCloseTo(value, within(value * 0.005 + 1e-9));
    }

    @Property
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTenAndFitTheSpan(
            @ForAll @DoubleRange(min = 0.01, max = 1e13) double span, @ForAll @IntRange(min = 2, max = 12) int steps) {
        double step = Formats.niceStep(span, steps);
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
        assertThat(mantissa).isIn(1.0, 2.0, 5.0, 10.0);
        assertThat(span / step).isLessThanOrEqualTo(steps + 1e-9);
        assertThat(span / step).isGreaterThan(steps / 5.0 - 1e-9);
    }

    private static double parseUsd(String text) {
        String t = text.replace("$", "").replace(",", "");
        double scale = 1;
        if (t.endsWith("bn")) {
            scale = 1e9;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("m")) {
            scale = 1e6;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("k")) {
            scale = 1e3;
            t = t.substring(0, t.length() - 1);
        }
        return Double.parseDouble(t) * scale;
    }
}
