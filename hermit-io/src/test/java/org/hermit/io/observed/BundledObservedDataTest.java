package org.hermit.io.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hermit.io.evidence.Evidence;
import org.hermit.io.evidence.EvidenceRow;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled evidence, curated: the series the model is scored on exist, with plausible values and sources. */
class BundledObservedDataTest {
    private final ObservedData data = ObservedData.bundled();

    private ObservedSeries series(String id) {
        return data.series(id).orElseThrow(() -> new AssertionError("missing series " + id));
    }

    private static boolean inYear(Observation o, int year) {
        return Months.year(o.firstMonth()) == year;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kpw_per_usd", "kpw_per_cny", "rice_kpw_per_kg", "maize_kpw_per_kg"})
    void marketSeriesAreMonthlyWithAtLeastTwentyMonths(String id) {
        ObservedSeries s = series(id);
        assertThat(s.observations()).allMatch(o -> o.frequency() == Frequency.MONTHLY);
        assertThat(s.observations()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdp_growth_pct", "crypto_theft_usd", "grain_production_t", "workers_abroad",
            "mining_share_gdp_pct", "dprk_total_trade_usd", "food_insecure_share", "undernourished_share"})
    void annualSeriesAreAnnual(String id) {
        assertThat(series(id).observations()).isNotEmpty().allMatch(o -> o.frequency() == Frequency.ANNUAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn_exports_to_dprk_usd", "cn_imports_from_dprk_usd", "cn_dprk_total_trade_usd"})
    void chinaTradeIsAnnualFrom2004To2022AndMonthlyWhereReported(String id) {
        ObservedSeries s = series(id);
        List<Observation> annual = s.observations(Frequency.ANNUAL);
        assertThat(annual.get(0).period()).isEqualTo(2004);
        assertThat(annual.get(annual.size() - 1).period()).isEqualTo(2022);
        assertThat(annual).extracting(Observation::period).contains(2016, 2017, 2018, 2020);
        assertThat(s.observations(Frequency.MONTHLY)).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void theWonAgainstTheDollarIsObservedIn2013And2021AtPlausibleLevels() {
        ObservedSeries s = series("kpw_per_usd");
        assertThat(s.observations()).anyMatch(o -> inYear(o, 2013)).anyMatch(o -> inYear(o, 2021));
        // From 2011 the new won traded in the thousands; the months right after the 2009 redenomination did not.
        assertThat(s.observations()).filteredOn(o -> Months.year(o.period()) >= 2011)
                .allSatisfy(o -> assertThat(o.value()).isBetween(1_000.0, 40_000.0));
        assertThat(s.at(Frequency.MONTHLY, Months.of(2009, 12)).orElseThrow().value()).isLessThan(200);
    }

    @Test
    void riceAndMaizePricesAreInThePlausibleRangeOfTheNewWon() {
        assertThat(series("rice_kpw_per_kg").observations()).filteredOn(o -> Months.year(o.period()) >= 2011)
                .allSatisfy(o -> assertThat(o.value()).isBetween(1_000.0, 20_000.0));
        assertThat(series("maize_kpw_per_kg").observations()).filteredOn(o -> Months.year(o.period()) >= 2011)
                .allSatisfy(o -> assertThat(o.value()).isBetween(300.0, 10_000.0));
        // Maize is cheaper than rice in every month both are observed.
        for (Observation maize : series("maize_kpw_per_kg").observations()) {
            series("rice_kpw_per_kg").at(Frequency.MONTHLY, maize.period())
                    .ifPresent(rice -> assertThat(maize.value()).as(maize.label()).isLessThan(rice.value()));
        }
    }

    @Test
    void the2008OldWonRicePriceIsConvertedToNewWon() {
        // markets.csv: 2,050 old won on 2008-03-30 is 20.50 new won.
        assertThat(series("rice_kpw_per_kg").at(Frequency.MONTHLY, Months.of(2008, 3)).orElseThrow().value())
                .isEqualTo(20.5);
    }

    @Test
    void chinaExportsIn2017AreTheCustomsFigureWithKotrasHigherFigureAsTheSpread() {
        Observation o = series("cn_exports_to_dprk_usd").at(Frequency.ANNUAL, 2017).orElseThrow();
        assertThat(o.value()).isEqualTo(3.34e9);
        assertThat(o.high()).isEqualTo(3.61e9);
        assertThat(o.source()).contains("GACC");
    }

    @Test
    void theMislabelled2019ExportsFigureIsExcludedSoKitaFillsTheYear() {
        Observation o = series("cn_exports_to_dprk_usd").at(Frequency.ANNUAL, 2019).orElseThrow();
        assertThat(o.value()).isEqualTo(2.59e9);
        assertThat(o.high()).isLessThan(2.74e9);
    }

    @Test
    void cryptoTheftIn2022IsChainalysisWithTheOtherTrackersAsLowAndHigh() {
        Observation o = series("crypto_theft_usd").at(Frequency.ANNUAL, 2022).orElseThrow();
        assertThat(o.value()).isCloseTo((1.70e9 + 1.65e9) / 2, within(1.0));
        assertThat(o.count()).isEqualTo(2);
        assertThat(o.low()).isEqualTo(630e6); // the UN Panel's range starts there
        assertThat(o.high()).isEqualTo(1.70e9);
        assertThat(series("crypto_theft_usd").observations()).extracting(Observation::period)
                .containsExactly(2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void grainProductionIsRdaWithFaoOnlyWideningTheSpread() {
        ObservedSeries s = series("grain_production_t");
        Observation y2013 = s.at(Frequency.ANNUAL, 2013).orElseThrow();
        assertThat(y2013.value()).isEqualTo(4.81e6);
        assertThat(y2013.high()).isEqualTo(5.27e6);
        // FAO alone (1991, 2012) makes no observation: switching sources would fake a jump.
        assertThat(s.at(Frequency.ANNUAL, 1991)).isEmpty();
        assertThat(s.at(Frequency.ANNUAL, 2012)).isEmpty();
        assertThat(s.observations()).allSatisfy(o -> assertThat(o.value()).isBetween(3e6, 6e6));
    }

    @Test
    void gdpGrowthIsTheBankOfKoreaSeries() {
        ObservedSeries s = series("gdp_growth_pct");
        assertThat(s.at(Frequency.ANNUAL, 2017).orElseThrow().value()).isEqualTo(-3.5);
        assertThat(s.at(Frequency.ANNUAL, 2020).orElseThrow().value()).isEqualTo(-4.5);
        assertThat(s.observations()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void workersAbroadAndSharesAreInTheirUnits() {
        assertThat(series("workers_abroad").observations())
                .allSatisfy(o -> assertThat(o.value()).isBetween(10_000.0, 200_000.0));
        assertThat(series("food_insecure_share").observations())
                .allSatisfy(o -> assertThat(o.value()).isBetween(0.0, 1.0));
        assertThat(series("undernourished_share").at(Frequency.ANNUAL, 2017).orElseThrow().value())
                .isCloseTo(0.475, within(1e-12));
    }

    @Test
    void fuelPricesIncludePerLitreQuotesConverted() {
        // markets.csv gives gasoline at 6,000 won a litre in January 2017 and no per-kg quote that month.
        assertThat(series("gasoline_kpw_per_kg").at(Frequency.MONTHLY, Months.of(2017, 1)).orElseThrow().value())
                .isCloseTo(6000 / Conversions.GASOLINE_KG_PER_LITRE, within(1e-6));
    }

    @Test
    void coalImportsAreZeroDuringThe2017Suspension() {
        ObservedSeries s = series("cn_coal_imports_from_dprk_t");
        assertThat(s.at(Frequency.MONTHLY, Months.of(2017, 4)).orElseThrow().value()).isZero();
        assertThat(s.at(Frequency.MONTHLY, Months.of(2016, 8)).orElseThrow().value()).isGreaterThan(1e6);
    }

    @Test
    void everyObservationCitesItsRowsAndKeepsLowValueHighOrdered() {
        for (ObservedSeries s : data.series().values()) {
            assertThat(s.curation()).as(s.id()).isNotBlank();
            assertThat(s.unit()).as(s.id()).isNotBlank();
            for (Observation o : s.observations()) {
                assertThat(o.source()).as(s.id() + " " + o.label()).containsPattern("\\.csv:\\d+");
                assertThat(o.low()).isLessThanOrEqualTo(o.value());
                assertThat(o.value()).isLessThanOrEqualTo(o.high());
            }
        }
    }

    @Test
    void everyExclusionStillPointsAtARowOfItsSeries() {
        for (Curation.Exclusion e : Curation.exclusions()) {
            EvidenceRow row = Evidence.bundled().rows().stream()
                    .filter(r -> r.file().equals(e.file()) && r.line() == e.line()).findFirst().orElseThrow();
            assertThat(row.series()).as(e.toString()).isEqualTo(e.series());
        }
    }

    @Test
    void theCoverageTableInTheDocumentationMatchesTheData() throws IOException {
        assertThat(generatedSection("coverage-table")).as(REGENERATE).isEqualTo(Coverage.markdown(data));
    }

    @Test
    void theInputsTableInTheDocumentationMatchesTheData() throws IOException {
        assertThat(generatedSection("inputs-table")).as(REGENERATE).isEqualTo(Coverage.inputsMarkdown(Evidence.bundled()));
    }

    private static final String REGENERATE = "docs/EVIDENCE.md is out of date; regenerate its tables with"
            + " org.hermit.io.observed.Coverage (command in the doc)";

    private static String generatedSection(String name) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "EVIDENCE.md"));
        String begin = "<!-- " + name + ":begin -->\n";
        int from = doc.indexOf(begin);
        int to = doc.indexOf("<!-- " + name + ":end -->");
        assertThat(from).as("docs/EVIDENCE.md has the " + name + " markers").isNotNegative();
        return doc.substring(from + begin.length(), to);
    }
}
