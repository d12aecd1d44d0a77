package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParamsCommandTest {

    @Test
    void listsEveryParameterWithUnitCentralDistributionAndSources() {
        CliRun r = CliRun.run(CliRun::testRegistry, "params");
        assertThat(r.status()).isZero();
        assertThat(r.outLines()).containsExactly(
                "ID                                  UNIT    CENTRAL   DISTRIBUTION                        SOURCES",
                "coal.export_capacity_t_per_year     t/year  22000000  pert(18000000, 22000000, 26000000)  1 source",
                "crypto_theft.laundering_loss_share  share   0.1       uniform(0.05, 0.3)                  1 source",
                "workers_abroad.state_share          share   0.7       triangular(0.5, 0.7, 0.9)           assumption",
                "markets.fx_demand_elasticity        1       1         lognormal(median 1, sigma 0.5)      assumption",
                "4 parameters; `hermit params ID` shows one with its sources.");
    }

    @Test
    void showsOneParameterWithEachSourceAndItsUrl() {
        CliRun r = CliRun.run(CliRun::testRegistry, "params", "coal.export_capacity_t_per_year");
        assertThat(r.status()).isZero();
        assertThat(r.outLines()).containsExactly(
                "coal.export_capacity_t_per_year",
                "  Coal the DPRK can ship abroad in a year when nothing stops it",
                "  unit:        t/year",
                "  central:     22000000",
                "  prior:       pert(18000000, 22000000, 26000000)",
                "  range:       [0, 40000000]",
                "  sources:",
                "    1. trade.csv  series cn_coal_imports_from_dprk_t  period 2016",
                "       22.5 Mt shipped in 2016",
                "       https://example.org/coal-2016");
    }

    @Test
    void showsTheAssumptionOfAParameterWithoutSources() {
        CliRun r = CliRun.run(CliRun::testRegistry, "params", "markets.fx_demand_elasticity");
        assertThat(r.status()).isZero();
        assertThat(r.outLines()).contains(
                "  range:       [0, inf]",
                "  sources:     none; the value is an assumption",
                "  assumption:  No direct evidence; a unit elasticity with a wide spread.");
    }

    @Test
    void anUnknownIdIsBadInputWithTheNearestIds() {
        CliRun r = CliRun.run(CliRun::testRegistry, "params", "coal");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).startsWith("hermit: unknown parameter 'coal'; did you mean coal.export_capacity_t_per_year?");
        CliRun typo = CliRun.run(CliRun::testRegistry, "params", "workers_abroad.state_shar");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.errLines()).startsWith("hermit: unknown parameter 'workers_abroad.state_shar'; did you mean workers_abroad.state_share?");
    }

    @Test
    void theBundledRegistryIsListedWithoutProblems() {
        CliRun r = CliRun.run("params");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isNotEmpty();
    }

    @Test
    void paramsHasHelp() {
        CliRun r = CliRun.run("params", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: hermit params").contains("[ID]");
    }
}
