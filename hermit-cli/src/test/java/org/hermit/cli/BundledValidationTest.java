package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hermit.analysis.posterior.PosteriorSample;
import org.hermit.io.output.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** calibrate, backtest and validate-history as shipped: bundled registry, scenarios, evidence and the real model. */
class BundledValidationTest {
    private static final String RICE_MARKUP = "prices.rice_border_markup";
    private static final String WON_SHARE = "money.won_share_base";

    @TempDir
    Path tmp;

    record Outcome(int status, String out, String err) {}

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void aPosteriorFromCalibrateDrivesTheRunsOfAScenarioThatNamesIt() throws Exception {
        Path posteriorFile = tmp.resolve("posterior.csv");
        Outcome calibrated = run("--quiet", "calibrate", "baseline", "--cutoff", "2011-12", "--params", RICE_MARKUP + "," + WON_SHARE,
                "--budget", "300", "--population", "60", "--seed", "3", "--threads", "2", "--out", posteriorFile.toString());
        assertThat(calibrated.status()).as(calibrated.err()).isEqualTo(Main.EXIT_OK);
        Path scenario = Files.writeString(tmp.resolve("fitted.yaml"), """
                name: baseline-fitted
                extends: baseline
                end: 2012-12
                parameters:
                  posterior: posterior.csv
                """);

        Outcome ran = run("--quiet", "run", scenario.toString(), "--runs", "6", "--threads", "2", "--no-report",
                "--out", tmp.resolve("run").toString());

        assertThat(ran.status()).as(ran.err()).isEqualTo(Main.EXIT_OK);
        RunManifest manifest = RunManifest.read(tmp.resolve("run/run.json"));
        assertThat(manifest.parameters()).filteredOn(p -> p.id().equals(RICE_MARKUP) || p.id().equals(WON_SHARE))
                .extracting(RunManifest.Parameter::origin).containsExactly("posterior", "posterior");
        PosteriorSample posterior = PosteriorSample.read(posteriorFile);
        Set<Double> markups = new HashSet<>();
        for (double v : posterior.column(RICE_MARKUP)) {
            markups.add(v);
        }
        List<double[]> drawn = drawn(tmp.resolve("run/hermit.duckdb"), RICE_MARKUP, "coal.price_ratio_to_world");
        assertThat(drawn).hasSize(6).allSatisfy(row -> assertThat(markups).contains(row[0]));
        // Parameters the posterior does not hold are still drawn from their priors.
        assertThat(drawn.stream().map(row -> row[1]).distinct().count()).isGreaterThan(1);
    }

    private static List<double[]> drawn(Path database, String a, String b) throws Exception {
        List<double[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"" + a + "\", \"" + b + "\" FROM runs ORDER BY run")) {
            while (r.next()) {
                rows.add(new double[] {r.getDouble(1), r.getDouble(2)});
            }
        }
        return rows;
    }

    @Test
    void calibratesTheBundledListOfParameters() {
        Outcome o = run("--quiet", "calibrate", "--cutoff", "2011-12", "--budget", "100", "--population", "50",
                "--threads", "2", "--out", tmp.resolve("p.csv").toString());

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("baseline fitted to the record from 2010-01 to 2011-12", "treasury.other_won_spending_kpw_per_month",
                "kpw_per_usd", "rice_kpw_per_kg");
    }

    @Test
    void backtestsTheBaselineAgainstTheBundledEvidence() throws Exception {
        Path dir = tmp.resolve("bt");
        Outcome o = run("--quiet", "backtest", "--cutoff", "2012-12", "--runs", "4", "--params", RICE_MARKUP,
                "--budget", "200", "--population", "40", "--threads", "2", "--out", dir.toString());

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("Backtest of baseline with cut-off 2012-12: 4 runs from 2010-01")
                .containsPattern("\\nkpw_per_usd\\s+all\\s+[0-9]+\\s")
                .containsPattern("\\nrice_kpw_per_kg\\s+all\\s+[0-9]+\\s")
                .containsPattern("\\ncn_exports_to_dprk_usd\\s+all\\s+[0-9]+\\s");
        assertThat(Files.readAllLines(dir.resolve("backtest.csv"))).anySatisfy(l -> assertThat(l).startsWith("rice_kpw_per_kg,all,"));
        assertThat(BacktestCommand.AIM_SERIES).allSatisfy(id ->
                assertThat(Files.readAllLines(dir.resolve("backtest.csv"))).anySatisfy(l -> assertThat(l).startsWith(id + ",all,")));
        assertThat(dir.resolve("charts/kpw_per_usd.png")).isNotEmptyFile();
        assertThat(dir.resolve("posterior.csv")).isNotEmptyFile();
    }

    @Test
    void setsTheBaselineBesideTheRecord() {
        Outcome o = run("--quiet", "validate-history", "--runs", "3", "--threads", "2", "--out", tmp.toString());

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).containsPattern("\\ncn_exports_to_dprk_usd\\s+2015\\s")
                .containsPattern("\\nkpw_per_usd\\s+2013 \\([0-9]+ mo\\)\\s")
                .containsPattern("\\ngdp_growth_pct\\s+[0-9]+\\s+[0-9]+\\s+[0-9.]+ pp\\s");
    }
}
