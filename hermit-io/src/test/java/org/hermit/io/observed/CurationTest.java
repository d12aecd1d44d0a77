package org.hermit.io.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hermit.io.evidence.Evidence;
import org.hermit.io.evidence.EvidenceRow;
import org.hermit.io.evidence.ValueRange;
import org.hermit.io.observed.Curation.Exclusion;
import org.hermit.io.observed.Curation.Input;
import org.hermit.io.observed.Curation.Recipe;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

/** The curation rules, each on a few hand-made rows. */
class CurationTest {
    private static final List<UnitRule> KPW_PER_KG = List.of(
            UnitRule.contains("OLD won", 0.01, "redenomination"),
            UnitRule.startsWith("KPW per kg", 1, ""),
            UnitRule.startsWith("KPW per litre", 1 / Conversions.DIESEL_KG_PER_LITRE, "density"));
    private static final List<UnitRule> USD = List.of(
            UnitRule.startsWith("billion_USD", Conversions.BILLION, "billions"),
            UnitRule.startsWith("USD", 1, ""));

    private final List<EvidenceRow> rows = new ArrayList<>();

    private void row(String file, String series, String period, String value, String unit, String location,
                     String source) {
        rows.add(new EvidenceRow(file, rows.size() + 2, series, period, value, ValueRange.parse(value), unit, location,
                source, "http://example.org/" + rows.size(), "", ""));
    }

    private void price(String period, String value, String unit, String city) {
        row(Evidence.MARKETS, "diesel", period, value, unit, city, "Daily NK");
    }

    private static Recipe monthly(List<Input> inputs, boolean zeroSpans) {
        return new Recipe("diesel_kpw_per_kg", "KPW per kg", "", Set.of(Frequency.MONTHLY), inputs, true, Set.of(),
                zeroSpans, "");
    }

    private static Input input(String file, String series, int rank, List<UnitRule> units) {
        return new Input(file, series, rank, series, r -> true, units);
    }

    private ObservedSeries curate(Recipe recipe, Exclusion... exclusions) {
        return Curation.curate(Evidence.of(rows), recipe, List.of(exclusions));
    }

    private ObservedSeries curateDiesel() {
        return curate(monthly(List.of(input(Evidence.MARKETS, "diesel", 1, KPW_PER_KG)), false));
    }

    @Test
    void citiesAndDaysWithinAMonthAreAveragedAndTheirSpreadKept() {
        price("2022-04-03", "9000", "KPW per kg", "Hyesan");
        price("2022-04-10", "9600", "KPW per kg", "Pyongyang");
        price("2022-04", "9300", "KPW per kg ('as of Sunday')", "Sinuiju");

        Observation o = curateDiesel().at(Frequency.MONTHLY, Months.of(2022, 4)).orElseThrow();
        assertThat(o.value()).isEqualTo(9300);
        assertThat(o.low()).isEqualTo(9000);
        assertThat(o.high()).isEqualTo(9600);
        assertThat(o.count()).isEqualTo(3);
        assertThat(o.source()).contains("Daily NK").contains("markets.csv:2,3,4");
    }

    @Test
    void monthsWithoutReportsStayGaps() {
        price("2022-01", "8000", "KPW per kg", "Hyesan");
        price("2022-04", "9000", "KPW per kg", "Hyesan");

        ObservedSeries s = curateDiesel();
        assertThat(s.observations()).extracting(Observation::label).containsExactly("2022-01", "2022-04");
    }

    @Test
    void aRangeCountsByItsMidpointAndWidensTheSpread() {
        price("2017-12", "9000-15000", "KPW per kg", "North Korea");
        Observation o = curateDiesel().observations().get(0);
        assertThat(o.value()).isEqualTo(12000);
        assertThat(o.low()).isEqualTo(9000);
        assertThat(o.high()).isEqualTo(15000);
    }

    @Test
    void oldWonPricesAreDividedByOneHundred() {
        price("2009-11", "2200", "KPW per kg (OLD won, pre-redenomination)", "North Korea");
        assertThat(curateDiesel().observations().get(0).value()).isEqualTo(22);
    }

    @Test
    void perLitrePricesBecomePerKgThroughTheDensity() {
        price("2023-06-08", "12100", "KPW per litre (as printed)", "North Korea");
        assertThat(curateDiesel().observations().get(0).value())
                .isCloseTo(12100 / Conversions.DIESEL_KG_PER_LITRE, within(1e-9));
    }

    @Test
    void aRowInAnUnknownUnitSuchAsKrwStopsTheCurationNamingTheRow() {
        price("2022-04", "9000", "KPW per kg", "Hyesan");
        price("2022-05", "7000", "KRW per kg", "Seoul");
        assertThatThrownBy(this::curateDiesel)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("markets.csv:3").hasMessageContaining("KRW per kg");
    }

    @Test
    void wordsInsteadOfNumbersAreDroppedNotGuessed() {
        price("2022-04", "billions", "KPW per kg", "Hyesan");
        assertThat(curateDiesel().observations()).isEmpty();
    }

    @Test
    void excludedRowsAreLeftOut() {
        price("2022-04", "9000", "KPW per kg", "Hyesan");
        price("2022-04", "90000", "KPW per kg", "Hyesan");
        ObservedSeries s = curate(monthly(List.of(input(Evidence.MARKETS, "diesel", 1, KPW_PER_KG)), false),
                new Exclusion(Evidence.MARKETS, 3, "diesel", "misprint"));
        assertThat(s.observations().get(0).high()).isEqualTo(9000);
    }

    @Test
    void yearsAndSpansAreNotMonthlyObservations() {
        price("2011", "3000", "KPW per kg", "North Korea");
        price("2014-01/2019-12", "8153", "KPW per kg", "North Korea");
        assertThat(curateDiesel().observations()).isEmpty();
    }

    @Test
    void aSpanReportedAsZeroIsZeroInEachOfItsMonthsWhenTheSeriesIsAFlow() {
        row(Evidence.TRADE, "coal", "2017-03..2017-05", "0", "tonnes", "", "GACC");
        row(Evidence.TRADE, "coal", "2017-01..2017-02", "2600000", "tonnes", "", "GACC");
        Recipe recipe = monthly(List.of(input(Evidence.TRADE, "coal", 1, List.of(UnitRule.startsWith("tonnes", 1, "")))), true);
        ObservedSeries s = curate(recipe);
        assertThat(s.observations()).extracting(Observation::label).containsExactly("2017-03", "2017-04", "2017-05");
        assertThat(s.observations()).allMatch(o -> o.value() == 0);
    }

    // Annual aggregation.

    private Recipe annualTrade(boolean fallback, Set<String> acceptedSpanNotes) {
        return new Recipe("cn_exports_to_dprk_usd", "USD", "", Set.of(Frequency.ANNUAL),
                List.of(input(Evidence.TRADE, "gacc", 1, USD), input(Evidence.TRADE, "kotra", 2, USD)),
                fallback, acceptedSpanNotes, false, "");
    }

    @Test
    void partialYearSpansAndSingleMonthsAreNotAnnualValues() {
        row(Evidence.TRADE, "gacc", "2017-01..2017-09", "2550000000", "USD", "", "Reuters");
        row(Evidence.TRADE, "gacc", "2017-12", "260000000", "USD", "", "Bloomberg");
        assertThat(curate(annualTrade(true, Set.of())).observations()).isEmpty();
    }

    @Test
    void aYearOrAJanuaryToDecemberSpanIsAnAnnualValue() {
        row(Evidence.TRADE, "gacc", "2017", "3340000000", "USD", "", "Bloomberg");
        row(Evidence.TRADE, "gacc", "2018-01..2018-12", "2200000000", "USD", "", "Reuters");
        ObservedSeries s = curate(annualTrade(true, Set.of()));
        assertThat(s.observations()).extracting(Observation::period).containsExactly(2017, 2018);
        assertThat(s.observations()).allMatch(o -> o.frequency() == Frequency.ANNUAL);
    }

    @Test
    void thePreferredSourceGivesTheValueAndOthersOnlyWidenTheSpread() {
        row(Evidence.TRADE, "gacc", "2017", "3340000000", "USD", "", "GACC");
        row(Evidence.TRADE, "kotra", "2017", "3610000000", "USD", "", "KOTRA");
        Observation o = curate(annualTrade(true, Set.of())).observations().get(0);
        assertThat(o.value()).isEqualTo(3.34e9);
        assertThat(o.high()).isEqualTo(3.61e9);
        assertThat(o.count()).isEqualTo(1);
        assertThat(o.source()).contains("GACC").doesNotContain("KOTRA");
    }

    @Test
    void aLowerRankedSourceFillsAGapOnlyWhereTheSeriesAllowsFallback() {
        row(Evidence.TRADE, "kotra", "2021", "623550000", "USD", "", "KOTRA");
        assertThat(curate(annualTrade(true, Set.of())).observations()).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(623_550_000));
        assertThat(curate(annualTrade(false, Set.of())).observations()).isEmpty();
    }

    @Test
    void billionsOfDollarsBecomeDollars() {
        row(Evidence.TRADE, "gacc", "2016", "6.55", "billion_USD", "", "BOK");
        assertThat(curate(annualTrade(true, Set.of())).observations().get(0).value()).isCloseTo(6.55e9, within(1.0));
    }

    @Test
    void aSpanNoteDropsTheRowUnlessTheSeriesDeclaresItHarmless() {
        row(Evidence.TRADE, "gacc", "2025", "2000000000", "USD [span: Jan-Sep 2025]", "", "Elliptic");
        row(Evidence.TRADE, "gacc", "2022", "1650000000", "USD [span: Chainalysis revised figure]", "", "Chainalysis");
        assertThat(curate(annualTrade(true, Set.of())).observations()).isEmpty();
        assertThat(curate(annualTrade(true, Set.of("Chainalysis revised figure"))).observations())
                .extracting(Observation::period).containsExactly(2022);
    }

    @Test
    void severalReportsOfTheSamePeriodFromThePreferredSourceAreAveraged() {
        row(Evidence.TRADE, "gacc", "2018", "2220000000", "USD", "", "Reuters");
        row(Evidence.TRADE, "gacc", "2018", "2180000000", "USD", "", "WSJ");
        Observation o = curate(annualTrade(true, Set.of())).observations().get(0);
        assertThat(o.value()).isCloseTo(2.2e9, within(1.0));
        assertThat(o.count()).isEqualTo(2);
        assertThat(o.low()).isEqualTo(2.18e9);
        assertThat(o.high()).isEqualTo(2.22e9);
    }
}
