package org.hermit.io.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.SourceRef;
import org.hermit.io.evidence.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterRegistryTest {

    /** A valid parameter; tests replace one line of it to break one invariant. */
    private static final String GOOD = """
            parameters:
              - id: coal.export_capacity_t_per_year
                unit: t/year
                description: Coal the DPRK can ship in a year
                central: 22000000
                prior: {pert: {min: 18000000, mode: 22000000, max: 26000000}}
                range: [0, 40000000]
                sources:
                  - {file: trade.csv, series: cn_coal_imports_from_dprk_t, period: "2016", note: "22.5 Mt in 2016"}
            """;

    @Test
    void aValidFileBecomesParameterDefsWithTheirSourcesUrls() {
        ParameterSpace space = TestRegistry.space();

        assertThat(space.ids()).containsExactly("coal.export_capacity_t_per_year", "crypto_theft.laundering_loss_share",
                "workers_abroad.state_share", "markets.fx_demand_elasticity");
        ParameterDef coal = space.find("coal.export_capacity_t_per_year").orElseThrow();
        assertThat(coal.unit()).isEqualTo("t/year");
        assertThat(coal.central()).isEqualTo(22_000_000);
        assertThat(coal.prior()).isEqualTo(new Distribution.Pert(18e6, 22e6, 26e6));
        assertThat(coal.min()).isZero();
        assertThat(coal.max()).isEqualTo(40e6);
        assertThat(coal.sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("trade.csv");
            assertThat(s.series()).isEqualTo("cn_coal_imports_from_dprk_t");
            assertThat(s.period()).isEqualTo("2016");
            assertThat(s.url()).isEqualTo("https://example.org/coal-2016");
            assertThat(s.note()).isEqualTo("22.5 Mt shipped in 2016");
        });
        ParameterDef share = space.find("workers_abroad.state_share").orElseThrow();
        assertThat(share.isAssumption()).isTrue();
        assertThat(share.assumption()).startsWith("Reports range from half");
        assertThat(space.find("markets.fx_demand_elasticity").orElseThrow().max()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void anUnquotedYearAsPeriodIsTakenAsItsText() {
        ParameterSpace space = read(GOOD.replace("period: \"2016\"", "period: 2016"));
        assertThat(space.get(0).sources().get(0).period()).isEqualTo("2016");
    }

    @Test
    void aParameterWithoutSourcesOrAssumptionIsRejected() {
        String text = GOOD.substring(0, GOOD.indexOf("    sources:"));
        assertThat(problems(text)).containsExactly(new InputProblem("p.yaml", 2, 5, "parameters[0]",
                "parameter coal.export_capacity_t_per_year needs sources (rows of the bundled evidence) or an assumption"
                        + " that states the reason for its number"));
    }

    @Test
    void aCentralValueOutsideTheRangeIsRejected() {
        assertThat(problems(GOOD.replace("range: [0, 40000000]", "range: [0, 20000000]")))
                .contains(new InputProblem("p.yaml", 5, 14, "parameters[0].central",
                        "central value 22000000 lies outside the range [0, 20000000]"));
    }

    @Test
    void aRangeWithMinAboveMaxIsRejected() {
        assertThat(problems(GOOD.replace("range: [0, 40000000]", "range: [40000000, 0]")))
                .containsExactly(new InputProblem("p.yaml", 7, 12, "parameters[0].range",
                        "expected [min, max] with min <= max, got [40000000, 0]"));
    }

    @Test
    void aPriorThatDoesNotCoverTheCentralValueIsRejected() {
        assertThat(problems(GOOD.replace("{pert: {min: 18000000, mode: 22000000, max: 26000000}}",
                "{uniform: {min: 1, max: 2}}")))
                .containsExactly(new InputProblem("p.yaml", 6, 12, "parameters[0].prior",
                        "the prior uniform(1, 2) does not cover the central value 22000000"));
    }

    @Test
    void aPriorReachingOutsideTheRangeIsRejected() {
        assertThat(problems(GOOD.replace("max: 26000000}}", "max: 46000000}}")))
                .containsExactly(new InputProblem("p.yaml", 6, 12, "parameters[0].prior",
                        "the prior pert(18000000, 22000000, 46000000) reaches outside the range [0, 40000000]"));
    }

    @Test
    void anUnboundedPriorMustHaveItsMedianInRange() {
        String text = GOOD.replace("{pert: {min: 18000000, mode: 22000000, max: 26000000}}",
                "{normal: {mean: 22000000, sd: 1000000}}").replace("range: [0, 40000000]", "range: [0, 21000000]")
                .replace("central: 22000000", "central: 21000000");
        assertThat(problems(text)).containsExactly(new InputProblem("p.yaml", 6, 12, "parameters[0].prior",
                "the median 22000000 of the prior normal(mean 22000000, sd 1000000) lies outside the range [0, 21000000]"));
    }

    @Test
    void aFixedPriorMustEqualTheCentralValue() {
        assertThat(problems(GOOD.replace("{pert: {min: 18000000, mode: 22000000, max: 26000000}}", "21000000")))
                .containsExactly(new InputProblem("p.yaml", 6, 12, "parameters[0].prior",
                        "a fixed prior must equal the central value 22000000, got 21000000"));
    }

    @Test
    void anInconsistentDistributionIsRejectedWithTheReason() {
        assertThat(problems(GOOD.replace("mode: 22000000, max: 26000000", "mode: 30000000, max: 26000000")))
                .containsExactly(new InputProblem("p.yaml", 6, 12, "parameters[0].prior",
                        "pert needs min <= mode <= max and min < max, got 18000000, 30000000, 26000000"));
    }

    @Test
    void aCitationOfARowThatDoesNotExistIsRejected() {
        assertThat(problems(GOOD.replace("period: \"2016\"", "period: \"2015\"")))
                .containsExactly(new InputProblem("p.yaml", 9, 9, "parameters[0].sources[0]",
                        "no row of trade.csv has series 'cn_coal_imports_from_dprk_t' and period '2015';"
                                + " cite a row of the bundled evidence exactly as written there"));
    }

    @Test
    void anUnknownKeyGetsTheNearestKnownOne() {
        assertThat(problems(GOOD.replace("    unit: t/year", "    units: t/year")))
                .contains(new InputProblem("p.yaml", 3, 5, "parameters[0].units", "unknown key 'units'; did you mean 'unit'?"));
    }

    @Test
    void aMalformedIdIsRejected() {
        assertThat(problems(GOOD.replace("id: coal.export_capacity_t_per_year", "id: Coal Capacity")))
                .containsExactly(new InputProblem("p.yaml", 2, 9, "parameters[0].id",
                        "expected an id of lower_snake words joined by dots, such as coal.export_capacity_t_per_year,"
                                + " got the text 'Coal Capacity'"));
    }

    @Test
    void anIdDefinedTwiceIsRejectedNamingTheFirstDefinition() {
        List<ParameterRegistry.Text> files = List.of(new ParameterRegistry.Text("a.yaml", GOOD),
                new ParameterRegistry.Text("b.yaml", GOOD));
        assertThatThrownBy(() -> ParameterRegistry.read(files, TestRegistry.RESOLVER))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InputProblem("b.yaml", 2, 9, "parameters[0].id",
                                "parameter 'coal.export_capacity_t_per_year' is already defined at a.yaml:2:9; ids must be unique")));
    }

    @Test
    void everyProblemOfEveryFileIsReportedTogether() {
        String broken = GOOD.replace("central: 22000000", "central: -1").replace("period: \"2016\"", "period: \"1999\"");
        List<ParameterRegistry.Text> files = List.of(new ParameterRegistry.Text("a.yaml", broken),
                new ParameterRegistry.Text("b.yaml", "parameters: [1"));
        assertThatThrownBy(() -> ParameterRegistry.read(files, TestRegistry.RESOLVER))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.file() + ":" + p.line() + ":" + p.path())
                        .containsExactly("a.yaml:5:parameters[0].central", "a.yaml:6:parameters[0].prior",
                                "a.yaml:9:parameters[0].sources[0]", "b.yaml:1:"));
    }

    @Test
    void filesOnDiskLoadInTheOrderGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test-params.yaml");
        Files.writeString(file, TestRegistry.text());
        ParameterSpace space = ParameterRegistry.load(List.of(file), TestRegistry.RESOLVER);
        assertThat(space.size()).isEqualTo(4);
    }

    @Test
    void theBundledRegistryLoadsWithEverySourceResolvedToItsUrl() {
        ParameterSpace space = ParameterRegistry.bundled();
        assertThat(space.size()).isPositive();
        for (ParameterDef def : space.defs()) {
            assertThat(def.sources().isEmpty() && def.assumption().isBlank()).as(def.id()).isFalse();
            assertThat(def.sources()).as(def.id()).allSatisfy(s -> assertThat(s.url()).startsWith("http"));
        }
    }

    @Test
    void citationsAreResolvedAgainstTheBundledEvidence() {
        var resolve = ParameterRegistry.urlsFrom(Evidence.bundled());
        assertThat(resolve.apply(new SourceRef("trade.csv", "cn_coal_imports_from_dprk_t", "2016", "", "")))
                .hasValueSatisfying(url -> assertThat(url).startsWith("http"));
        assertThat(resolve.apply(new SourceRef("trade.csv", "cn_coal_imports_from_dprk_t", "1999", "", ""))).isEmpty();
        assertThat(resolve.apply(new SourceRef("trade.csv", "no_such_series", "2016", "", ""))).isEmpty();
    }

    private static ParameterSpace read(String text) {
        return ParameterRegistry.read(List.of(new ParameterRegistry.Text("p.yaml", text)), TestRegistry.RESOLVER);
    }

    private static List<InputProblem> problems(String text) {
        try {
            read(text);
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in\n" + text);
    }
}
