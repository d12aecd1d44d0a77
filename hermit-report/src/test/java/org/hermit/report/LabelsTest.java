package org.hermit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hermit.model.Channel;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void valuesCarryTheirUnitInWords() {
        assertThat(Labels.value("reserves_usd", 3.9e9)).isEqualTo("$3.9bn");
        assertThat(Labels.value("kpw_per_usd", 52_040)).isEqualTo("52,000 won per US dollar");
        assertThat(Labels.value("rice_kpw_per_kg", 19_012)).isEqualTo("19,000 won per kg");
        assertThat(Labels.value("food_insecure_people", 10.55e6)).isEqualTo("10.6 million people");
        assertThat(Labels.value("gdp_growth_pct", -4.1)).isEqualTo("-4.1%");
        assertThat(Labels.axis("kpw_per_usd")).isEqualTo("won (KPW) per US dollar");
    }

    @Test
    void channelsAndVariablesHaveNamesAReaderKnows() {
        assertThat(Labels.channel(Channel.CRYPTO_THEFT)).isEqualTo("Crypto theft");
        assertThat(Labels.variable("revenue_usd.coal")).isEqualTo("Revenue: Coal exports");
        assertThat(Labels.variable("state_revenue_usd.arms")).isEqualTo("State's revenue: Arms sales");
        assertThat(Labels.variable("grain_stocks_t")).isEqualTo("Grain stocks (state and private)");
        assertThat(Labels.variable("not_a_variable.x")).isEqualTo("Not a variable x");
    }

    @Test
    void aLegendNamesTheOriginalPublishersMostFrequentFirst() {
        assertThat(Charts.publishers("Nocut News citing Daily NK (Korean), Mar/Apr 2016; Korea Times via NK Econ Watch, "
                + "2010-10-28 (markets.csv:148,149)")).containsExactly("Daily NK", "Korea Times");
        List<ObservedPoint> points = List.of(
                ObservedPoint.monthly(Months.of(2020, 1), 8000, 8000, 8000, "Daily NK, Jan 2020"),
                ObservedPoint.monthly(Months.of(2020, 2), 8000, 8000, 8000, "Asia Press, Feb 2020; Daily NK"),
                ObservedPoint.monthly(Months.of(2020, 3), 8000, 8000, 8000, "RFA (Korean)"),
                ObservedPoint.monthly(Months.of(2020, 4), 8000, 8000, 8000, "NK News"));
        assertThat(Charts.sources(points)).isEqualTo("Daily NK, Asia Press and 2 more");
        assertThat(Charts.sources(points.subList(2, 4))).isEqualTo("RFA and NK News");
        assertThat(Charts.publishers("Daily NK Korean, May 2020; Daily NK")).containsExactly("Daily NK");
    }

    @Test
    void metadataKeysReadAsWords() {
        assertThat(HtmlReport.metaLabel("scenarioHash")).isEqualTo("Scenario hash");
        assertThat(HtmlReport.metaLabel("timings.totalSeconds")).isEqualTo("Time in all (seconds)");
        assertThat(HtmlReport.metaLabel("timings.gcSeconds")).isEqualTo("Timings: gc seconds");
        assertThat(HtmlReport.metaLabel("max_heap_mb")).isEqualTo("Max heap mb");
        assertThat(HtmlReport.groupDigits("pert(18000000, 22000000, 26000000)")).isEqualTo("pert(18,000,000, 22,000,000, 26,000,000)");
        assertThat(HtmlReport.groupDigits("normal(mean 8370, sd 0.00012345)")).isEqualTo("normal(mean 8370, sd 0.00012345)");
    }

    @Test
    void parameterValuesReadWithoutExponentsAndYearsWithoutSeparators() {
        assertThat(HtmlReport.groupDigits("lognormal(median 2.0E-4, sigma 1)")).isEqualTo("lognormal(median 0.0002, sigma 1)");
        assertThat(Formats.distribution("uniform(1.5E7, 2.5E7)")).isEqualTo("uniform(15,000,000, 25,000,000)");
        assertThat(HtmlReport.central(parameter("year", 2017.375))).isEqualTo("2017.375");
        assertThat(HtmlReport.central(parameter("USD", 4e9))).isEqualTo("4,000,000,000");
    }

    @Test
    void longIdsAndUnitsMayBreakAfterADotOrASlashOnly() {
        assertThat(HtmlReport.breakable("treasury.strategic_inputs_usd_per_year"))
                .isEqualTo("treasury.<wbr>strategic_inputs_usd_per_year");
        assertThat(HtmlReport.breakable("share/month")).isEqualTo("share/<wbr>month");
        assertThat(HtmlReport.breakable("a <b> & c.")).isEqualTo("a &lt;b&gt; &amp; c.");
    }

    @Test
    void differencesOfRatesAreInPercentagePointsAndNoiseReadsAsZero() {
        assertThat(HtmlReport.differenceNumber("gdp_growth_pct", -1.9)).isEqualTo("-1.9 pp");
        assertThat(HtmlReport.differenceNumber("food_insecure_share", 0.00049)).isEqualTo("+0.049 pp");
        assertThat(HtmlReport.differenceNumber("reserves_usd", -1.11e9)).isEqualTo("-$1.11bn");
        // A median difference of 5e-11 people beside a 90% range up to 828,000 people is floating-point noise.
        assertThat(HtmlReport.signed("food_insecure_people", HtmlReport.negligibleAsZero(5.25e-11, 828_000)))
                .isEqualTo("0 people");
        assertThat(HtmlReport.negligibleAsZero(-59.6, 828_000)).isEqualTo(-59.6);
    }

    private static RunOutput.Parameter parameter(String unit, double central) {
        return new RunOutput.Parameter("x.y", unit, "", central, "fixed(1)", "prior", List.of(), "because");
    }
}
