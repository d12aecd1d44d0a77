package org.hermit.io.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservedCsvTest {
    private static final Set<String> KNOWN = Set.of("kpw_per_usd", "rice_kpw_per_kg", "cn_exports_to_dprk_usd");
    private final List<String> warnings = new ArrayList<>();

    private ObservedData read(String text) {
        return ObservedCsv.read("mine.csv", new StringReader(text), KNOWN, warnings::add);
    }

    private List<InputProblem> problemsOf(String text) {
        try {
            read(text);
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InputException");
    }

    @Test
    void yearsAreAnnualAndMonthsAndDaysAreMonthly() {
        ObservedData d = read("series,date,value,unit,source\n"
                + "cn_exports_to_dprk_usd,2023,2000000000,USD,China customs\n"
                + "kpw_per_usd,2024-03,8900,KPW per USD,Daily NK\n"
                + "rice_kpw_per_kg,2024-03-17,7000,KPW per kg,Asia Press\n");
        assertThat(d.series("cn_exports_to_dprk_usd").orElseThrow().at(Frequency.ANNUAL, 2023)).isPresent();
        assertThat(d.series("kpw_per_usd").orElseThrow().at(Frequency.MONTHLY, Months.of(2024, 3))).isPresent();
        Observation rice = d.series("rice_kpw_per_kg").orElseThrow().observations().get(0);
        assertThat(rice.label()).isEqualTo("2024-03");
        assertThat(rice.source()).isEqualTo("Asia Press (mine.csv:4)");
        assertThat(d.series("kpw_per_usd").orElseThrow().unit()).isEqualTo("KPW per USD");
        assertThat(warnings).isEmpty();
    }

    @Test
    void severalValuesInOnePeriodAreAveragedWithTheirSpreadAndCount() {
        ObservedData d = read("series,date,value\n"
                + "kpw_per_usd,2024-03-03,8800\n"
                + "kpw_per_usd,2024-03-17,9000\n"
                + "kpw_per_usd,2024-03,9200\n"
                + "kpw_per_usd,2024-04,9100\n");
        Observation march = d.series("kpw_per_usd").orElseThrow().observations().get(0);
        assertThat(march.value()).isEqualTo(9000);
        assertThat(march.low()).isEqualTo(8800);
        assertThat(march.high()).isEqualTo(9200);
        assertThat(march.count()).isEqualTo(3);
        assertThat(march.source()).isEqualTo("(mine.csv:2,3,4)");
        assertThat(d.series("kpw_per_usd").orElseThrow().observations()).hasSize(2);
    }

    @Test
    void unitAndSourceColumnsAreOptionalAndQuotedFieldsMayHoldCommas() {
        ObservedData d = read("series,date,value,unit\n" + "kpw_per_usd,2024-03,8900,\"KPW per USD, market\"\n");
        assertThat(d.series("kpw_per_usd").orElseThrow().unit()).isEqualTo("KPW per USD, market");
    }

    @Test
    void aSeriesTheModelDoesNotProduceIsReportedAndSkipped() {
        ObservedData d = read("series,date,value\n"
                + "kpw_per_usd,2024-03,8900\n"
                + "bitcoin_price_usd,2024-03,70000\n"
                + "bitcoin_price_usd,2024-04,60000\n");
        assertThat(d.series()).containsOnlyKeys("kpw_per_usd");
        assertThat(warnings).containsExactly(
                "mine.csv:3: series 'bitcoin_price_usd' is not produced by the model; skipped 2 rows");
    }

    @Test
    void aBadDateIsAnErrorWithItsLine() {
        assertThat(problemsOf("series,date,value\nkpw_per_usd,2024-13,8900\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.file()).isEqualTo("mine.csv");
            assertThat(p.message()).contains("YYYY, YYYY-MM or YYYY-MM-DD").contains("'2024-13'");
        });
        assertThat(problemsOf("series,date,value\nkpw_per_usd,March 2024,8900\n").get(0).line()).isEqualTo(2);
        assertThat(problemsOf("series,date,value\nkpw_per_usd,2024-02-30,8900\n").get(0).message()).contains("2024-02-30");
    }

    @Test
    void aNonNumericValueIsAnErrorWithItsLine() {
        InputProblem p = problemsOf("series,date,value\nkpw_per_usd,2024-03,8900\nkpw_per_usd,2024-04,about 9000\n").get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("expected a number").contains("'about 9000'");
        assertThat(problemsOf("series,date,value\nkpw_per_usd,2024-04,NaN\n").get(0).message()).contains("'NaN'");
        assertThat(problemsOf("series,date,value\nkpw_per_usd,2024-04,\n").get(0).message()).contains("expected a number");
    }

    @Test
    void aWrongColumnCountIsAnErrorWithItsLine() {
        InputProblem p = problemsOf("series,date,value,unit\nkpw_per_usd,2024-03,8900\n").get(0);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("expected 4 columns as in the header, found 3");
    }

    @Test
    void aMissingHeaderIsAnErrorOnLineOne() {
        InputProblem p = problemsOf("kpw_per_usd,2024-03,8900\n").get(0);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("expected the header 'series,date,value[,unit][,source]'");
        assertThat(problemsOf("").get(0).message()).contains("empty file");
        assertThat(problemsOf("series,value,date\n").get(0).line()).isEqualTo(1);
    }

    @Test
    void anEmptySeriesIdAndAChangingUnitAreErrors() {
        assertThat(problemsOf("series,date,value\n,2024-03,8900\n").get(0).message()).contains("series id");
        InputProblem unit = problemsOf("series,date,value,unit\n"
                + "kpw_per_usd,2024-03,8900,KPW per USD\nkpw_per_usd,2024-04,1.2,KPW per CNY\n").get(0);
        assertThat(unit.line()).isEqualTo(3);
        assertThat(unit.message()).contains("'KPW per CNY'").contains("line 2");
    }

    @Test
    void allProblemsOfAFileAreCollectedNotOnlyTheFirst() {
        List<InputProblem> problems = problemsOf("series,date,value\n"
                + "kpw_per_usd,2024-13,8900\n"
                + "kpw_per_usd,2024-03,8900\n"
                + "kpw_per_usd,2024-04,lots\n"
                + "kpw_per_usd,2024-05\n"
                + "nope,1999-99,x\n");
        assertThat(problems).extracting(InputProblem::line).containsExactly(2, 4, 5, 6, 6);
        assertThat(warnings).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsAnErrorNotACrash() {
        InputProblem p = problemsOf("series,date,value,source\nkpw_per_usd,2024,1,\"open\nkpw_per_usd,2025,2,x\n").get(0);
        assertThat(p.line()).isPositive();
        assertThat(p.message()).contains("not readable as CSV").contains("quote");
    }

    @Test
    void aHeaderOnlyFileHasNoSeries() {
        assertThat(read("series,date,value\n").series()).isEmpty();
    }

    @Test
    void aHeaderWithAByteOrderMarkOrCapitalsIsAccepted() {
        ObservedData d = read("\uFEFFSeries,Date,Value\nkpw_per_usd,2024,8900\n");
        assertThat(d.series("kpw_per_usd").orElseThrow().observations()).hasSize(1);
    }

    @Test
    void readsFromAFileAndNamesTheFileInProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("obs.csv");
        Files.writeString(file, "series,date,value\nkpw_per_usd,2024-03,8900\nkpw_per_usd,2024-3,1\n");
        assertThatThrownBy(() -> ObservedCsv.read(file, KNOWN, warnings::add))
                .isInstanceOf(InputException.class).hasMessage(file + ":3: date: expected a date as YYYY, YYYY-MM or "
                        + "YYYY-MM-DD, got '2024-3'");
        assertThatThrownBy(() -> ObservedCsv.read(dir.resolve("missing.csv"), KNOWN, warnings::add))
                .isInstanceOf(InputException.class).hasMessageContaining("missing.csv").hasMessageContaining("cannot read");
    }

    @Property
    void theValueOfAPeriodIsTheMeanOfItsValuesWithinTheirSpread(
            @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = -1e9, max = 1e9) Double> values) {
        StringBuilder csv = new StringBuilder("series,date,value\n");
        values.forEach(v -> csv.append("kpw_per_usd,2020-05,").append(v).append('\n'));
        Observation o = ObservedCsv.read("p.csv", new StringReader(csv.toString()), KNOWN, w -> {})
                .series("kpw_per_usd").orElseThrow().observations().get(0);
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(o.count()).isEqualTo(values.size());
        assertThat(o.value()).isCloseTo(mean, within(1e-6 * (1 + Math.abs(mean))));
        assertThat(o.low()).isEqualTo(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertThat(o.high()).isEqualTo(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }
}
