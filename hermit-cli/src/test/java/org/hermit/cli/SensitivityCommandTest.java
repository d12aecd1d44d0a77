package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.hermit.api.Hermit;
import org.hermit.engine.ParameterSampler;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `hermit sensitivity` as shipped, on the real model and the bundled registry, over a scenario file that runs the
 * baseline's first two years only (short-baseline.yaml), with designs of a few dozen runs.
 */
class SensitivityCommandTest {
    static final String THREE = "treasury.drawdown_share_per_month,coal.state_share,treasury.surplus_spend_share";

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

    static String shortScenario() {
        try {
            return Path.of(SensitivityCommandTest.class.getResource("short-baseline.yaml").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> csvLines(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void sobolRanksTheParametersGivenAndWritesTheTableChartAndPage() throws IOException {
        Path dir = tmp.resolve("sobol");
        Outcome o = run("-q", "sensitivity", shortScenario(), "--output", "reserves_usd@2011", "--n", "8",
                "--params", THREE, "--threads", "2", "--out", dir.toString());
        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("short-baseline: what drives reserves_usd in 2011",
                "Sobol indices, N = 8, 3 parameters; 47 model runs", "S1 [95% CI]", "ST [95% CI]",
                "Share of reserves above the floor the treasury may spend in a month");
        List<String> csv = csvLines(dir);
        assertThat(csv.get(0)).isEqualTo("rank,parameter,unit,distribution,s1,s1_low,s1_high,st,st_low,st_high,"
                + "output_at_p5,output_at_p95,description");
        assertThat(csv).hasSize(4);
        assertThat(csv.subList(1, 4)).extracting(l -> cells(l)[1])
                .containsExactlyInAnyOrder(THREE.split(","));
        // Ranked by total index: the column st never rises down the table.
        double[] totals = csv.subList(1, 4).stream().mapToDouble(l -> Double.parseDouble(cells(l)[7])).toArray();
        assertThat(totals[0]).isGreaterThanOrEqualTo(totals[1]);
        assertThat(totals[1]).isGreaterThanOrEqualTo(totals[2]);

        assertThat(Files.readString(dir.resolve("tornado.svg"))).startsWith("<?xml").contains("<svg")
                .contains("treasury.drawdown_share_per_month");
        byte[] png = Files.readAllBytes(dir.resolve("tornado.png"));
        assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String html = Files.readString(dir.resolve("sensitivity.html"));
        assertThat(html).contains("<h1>What drives reserves_usd in 2011</h1>", "<svg", "Time taken",
                "common random numbers", "treasury.surplus_spend_share");
        assertThat(html).doesNotContain("<script", "http://", "<link");
        assertThat(o.out()).contains(dir.resolve("sensitivity.html").toString());
    }

    /** A csv line's cells; commas inside quotes (the distribution "pert(0.2, 0.5, 0.9)") do not split. */
    static String[] cells(String line) {
        return line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    }

    /** A short baseline whose scenario names posterior.csv (with this text), screened by Morris for one parameter. */
    private Outcome sensitivityOfAScenarioWithPosterior(String posteriorCsv, String outDir) throws IOException {
        Files.writeString(tmp.resolve("posterior.csv"), posteriorCsv);
        Path scenario = Files.writeString(tmp.resolve("fitted-short.yaml"), """
                name: fitted-short
                extends: baseline
                end: 2011-12
                parameters: {posterior: posterior.csv}
                """);
        return run("-q", "sensitivity", scenario.toString(), "--output", "reserves_usd@2011", "--method", "morris",
                "--n", "2", "--params", "treasury.drawdown_share_per_month", "--out", tmp.resolve(outDir).toString());
    }

    @Test
    void aScenarioWithAPosteriorSampleIsToldOnTheTerminalThatTheAnalysisVariesThePriors() throws IOException {
        Outcome o = sensitivityOfAScenarioWithPosterior("treasury.drawdown_share_per_month\n0.02\n0.03\n", "fitted");

        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("The scenario names a posterior sample (" + tmp.resolve("posterior.csv")
                + "); the analysis varies the parameters over their priors and the scenario's overrides instead.");
    }

    @Test
    void aPosteriorFileThatNamesNoParameterIsBadInputEvenThoughTheAnalysisDoesNotDrawFromIt() throws IOException {
        Outcome o = sensitivityOfAScenarioWithPosterior("treasury.drawdown_share_per_mnth\n0.02\n", "bad");

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains(tmp.resolve("posterior.csv") + ":1:1: treasury.drawdown_share_per_mnth: unknown"
                + " parameter 'treasury.drawdown_share_per_mnth'; did you mean 'treasury.drawdown_share_per_month'?");
    }

    @Test
    void theCsvIsIdenticalWithOneOrTwoThreads() throws IOException {
        for (String method : List.of("sobol", "morris")) {
            Path one = tmp.resolve(method + "-1");
            Path two = tmp.resolve(method + "-2");
            for (Path dir : List.of(one, two)) {
                Outcome o = run("-q", "sensitivity", shortScenario(), "--output", "kpw_per_usd@2011", "--method", method,
                        "--n", "6", "--params", THREE, "--seed", "9", "--threads", dir == one ? "1" : "2",
                        "--out", dir.toString());
                assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
            }
            assertThat(Files.readAllBytes(two.resolve("sensitivity.csv"))).as(method)
                    .isEqualTo(Files.readAllBytes(one.resolve("sensitivity.csv")));
        }
    }

    @Test
    void morrisScreensEveryParameterThatIsNotFixed() throws IOException {
        Path dir = tmp.resolve("morris");
        Outcome o = run("-q", "sensitivity", shortScenario(), "--output", "state_revenue_usd.total", "--method", "morris",
                "--n", "2", "--out", dir.toString());
        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        Hermit hermit = Hermit.withBundledData();
        Scenario s = hermit.scenario(shortScenario());
        long free = ParameterSampler.random(hermit.parameters(), s.parameters(), null).uses().stream()
                .filter(u -> !u.distribution().isFixed()).count();
        assertThat(csvLines(dir)).hasSize((int) free + 1);
        assertThat(csvLines(dir).get(0)).startsWith("rank,parameter,unit,distribution,mu_star,mu_star_low,");
        assertThat(o.out()).contains("state_revenue_usd.total in 2011 (USD, the year's total)",
                "Morris screening, 2 trajectories, " + free + " parameters", "mu* [95% CI]");
    }

    @Test
    void byDefaultSobolVariesTheFifteenParametersAMorrisScreenRanksHighest() throws IOException {
        Path dir = tmp.resolve("screened");
        Outcome o = run("-q", "sensitivity", shortScenario(), "--output", "reserves_usd", "--n", "4",
                "--out", dir.toString());
        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("Sobol indices, N = 4, 15 parameters a Morris screen of");
        assertThat(csvLines(dir)).hasSize(16);
    }

    @Test
    void parametersCanComeFromAFileOneALineWithComments() throws IOException {
        Path ids = Files.writeString(tmp.resolve("ids.txt"), "# what the treasury does\n"
                + "treasury.drawdown_share_per_month\n\ncoal.state_share   # coal\n");
        Path dir = tmp.resolve("from-file");
        Outcome o = run("-q", "sensitivity", shortScenario(), "--output", "reserves_usd", "--n", "4",
                "--params", "@" + ids, "--out", dir.toString());
        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(csvLines(dir).subList(1, 3)).extracting(l -> cells(l)[1])
                .containsExactlyInAnyOrder("treasury.drawdown_share_per_month", "coal.state_share");
    }

    @Test
    void helpExplainsTheMethodsAndCommonRandomNumbersWithoutWarnings() {
        Outcome o = run("sensitivity", "--help");
        assertThat(o.status()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out().replaceAll("\\s+", " ")).contains("95% bootstrap intervals", "common random numbers", "--replicates R",
                "hermit sensitivity --output reserves_usd@2030");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void anUnknownVariableIsBadInputWithTheNearestNames() {
        Outcome o = run("sensitivity", shortScenario(), "--output", "reserve_usd@2011", "--out", tmp.toString());
        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--output: unknown output variable 'reserve_usd'; did you mean reserves_usd")
                .doesNotContain("\tat ");
    }

    @Test
    void aYearOutsideTheScenarioIsBadInput() {
        Outcome o = run("sensitivity", shortScenario(), "--output", "reserves_usd@2030", "--out", tmp.toString());
        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("year 2030 is outside scenario short-baseline, which runs from 2010-01 to 2011-12")
                .doesNotContain("\tat ");
    }

    @Test
    void aYearInWhichTheOutputIsUndefinedIsBadInput() {
        Outcome o = run("sensitivity", shortScenario(), "--output", "gdp_growth_pct@2010", "--out", tmp.toString());
        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--output: gdp_growth_pct has no value in 2010: it is undefined in a run's first 23"
                + " months, and scenario short-baseline starts 2010-01; give a year from 2011 to 2011").doesNotContain("\tat ");
    }

    @Test
    void anUnknownParameterIsBadInputWithTheNearestNames() {
        Outcome o = run("sensitivity", shortScenario(), "--output", "reserves_usd", "--params",
                "treasury.drawdown_share,coal.state_share", "--out", tmp.toString());
        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("unknown parameter 'treasury.drawdown_share'; did you mean "
                + "treasury.drawdown_share_per_month").doesNotContain("\tat ");
    }

    @Test
    void anUnknownParameterInAFileIsReportedAtItsLine() throws IOException {
        Path ids = Files.writeString(tmp.resolve("ids.txt"), "coal.state_share\n  coal.stateshare\n");
        Outcome o = run("sensitivity", shortScenario(), "--output", "reserves_usd", "--params", "@" + ids,
                "--out", tmp.resolve("out").toString());
        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains(ids + ":2:3: unknown parameter 'coal.stateshare'; did you mean coal.state_share");
    }

    @Test
    void malformedOptionsAreBadInput() {
        for (String[] args : List.of(
                new String[] {"--output", "reserves_usd@20x1"},
                new String[] {"--output", "reserves_usd", "--method", "fast"},
                new String[] {"--output", "reserves_usd", "--n", "1"},
                new String[] {"--output", "reserves_usd", "--params", "@" + tmp.resolve("missing.txt")},
                new String[] {})) {
            String[] full = new String[args.length + 2];
            full[0] = "sensitivity";
            full[1] = shortScenario();
            System.arraycopy(args, 0, full, 2, args.length);
            Outcome o = run(full);
            assertThat(o.status()).as(String.join(" ", args) + ": " + o.err()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(o.err()).doesNotContain("\tat ");
        }
    }
}
