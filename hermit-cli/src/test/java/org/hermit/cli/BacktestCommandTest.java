package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hermit.api.EnsembleResult;
import org.hermit.api.RunOptions;
import org.hermit.cli.TestHermit.Outcome;
import org.hermit.engine.stats.MonthlyQuantiles;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hermit backtest on the random-walk test model, scored against records whose values the tests choose. */
class BacktestCommandTest {
    private static final String SERIES = "state_revenue_usd.total";

    @TempDir
    Path tmp;

    /** The walk scenario's median of this many runs with this seed, month by month from 2020-01. */
    private static MonthlyQuantiles median(int runs, long seed) {
        EnsembleResult r = TestHermit.hermit().run(TestHermit.scenario("walk", Map.of()), RunOptions.defaults().runs(runs).seed(seed));
        return r.quantiles(SERIES);
    }

    /**
     * A record of the series: at the cut-off (2020-12) half the median, then each month of 2021 exactly at the median
     * of the ensemble the backtest will run.
     */
    private Path recordAtTheMedian() throws Exception {
        double[] p50 = median(20, 5).p50();
        List<String> lines = new ArrayList<>(List.of("series,date,value,unit,source"));
        lines.add(SERIES + ",2020-12," + p50[11] / 2 + ",USD,test");
        for (int m = 1; m <= 12; m++) {
            lines.add(SERIES + "," + Months.format(Months.of(2021, m)) + "," + p50[11 + m] + ",USD,test");
        }
        return Files.write(tmp.resolve("record.csv"), lines);
    }

    private Outcome backtest(Path record, String... extra) {
        return TestHermit.run(Args.of(List.of("backtest", "walk"), List.of("--cutoff", "2020-12", "--observed", record.toString(),
                "--observed-only", "--runs", "20", "--seed", "5", "--threads", "2", "--out", tmp.resolve("bt").toString()), extra));
    }

    @Test
    void aRecordEqualToTheMedianRunScoresNoErrorFullCoverageAndEveryDirection() throws Exception {
        Outcome o = backtest(recordAtTheMedian(), "--no-fit");

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        List<String> csv = Files.readAllLines(tmp.resolve("bt/backtest.csv"));
        assertThat(csv).containsExactly(
                "series,band,n,mape,mase,coverage90,direction_hit",
                SERIES + ",1-12,12,0.0,0.0,1.0,1.0",
                SERIES + ",all,12,0.0,0.0,1.0,1.0");
    }

    @Test
    void printsWhatRanAndTheTable() throws Exception {
        Outcome o = backtest(recordAtTheMedian(), "--no-fit");

        assertThat(o.out()).contains("Backtest of walk with cut-off 2020-12: 20 runs from 2020-01 to 2021-12, seed 5.",
                        "No fit: every parameter drawn from the registry's priors.",
                        "Scored: 12 observations of 1 series after the cut-off; 100.0% of them inside the runs' 90% range.")
                .containsPattern("series\\s+band\\s+n\\s+MAPE %\\s+MASE\\s+coverage90\\s+direction\\n")
                .containsPattern(SERIES + "\\s+all\\s+12\\s+0.0\\s+0.00\\s+100%\\s+100%\\n")
                .contains(tmp.resolve("bt/backtest.csv").toString());
    }

    @Test
    void aRecordOffTheMedianScoresItsErrorAgainstNoChange() throws Exception {
        double[] p50 = median(20, 5).p50();
        // The cut-off value c = 100, then y = 200 every month: no change misses by 100 a month.
        List<String> lines = new ArrayList<>(List.of("series,date,value", SERIES + ",2020-12,100"));
        double absError = 0;
        for (int m = 1; m <= 12; m++) {
            lines.add(SERIES + "," + Months.format(Months.of(2021, m)) + ",200");
            absError += Math.abs(p50[11 + m] - 200);
        }
        Outcome o = backtest(Files.write(tmp.resolve("flat.csv"), lines), "--no-fit");

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        String all = Files.readAllLines(tmp.resolve("bt/backtest.csv")).get(2);
        String[] f = all.split(",");
        assertThat(f[1]).isEqualTo("all");
        assertThat(Double.parseDouble(f[3])).isCloseTo(100 * absError / 12 / 200, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Double.parseDouble(f[4])).isCloseTo(absError / 12 / 100, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void writesAChartPerSeriesAndOneSelfContainedPage() throws Exception {
        Outcome o = backtest(recordAtTheMedian(), "--no-fit");

        assertThat(o.status()).isEqualTo(Main.EXIT_OK);
        Path svg = tmp.resolve("bt/charts/" + SERIES + ".svg");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("cut-off 2020-12");
        assertThat(tmp.resolve("bt/charts/" + SERIES + ".png")).isNotEmptyFile();
        String html = Files.readString(tmp.resolve("bt/backtest.html"));
        assertThat(html).contains("<table>", "<td>" + SERIES + "</td>", "<svg", "cut-off 2020-12")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertThat(Files.readString(tmp.resolve("bt/forecasts.csv")))
                .startsWith("series,period,horizon_months,observed,p5,p50,p95\n" + SERIES + ",2021-01,1,");
    }

    @Test
    void observationsPastTheScenarioEndExtendTheRuns() throws Exception {
        Path record = Files.write(tmp.resolve("late.csv"), List.of("series,date,value",
                SERIES + ",2020-12,100", SERIES + ",2022-06,300", SERIES + ",2023,5000"));

        Outcome o = backtest(record, "--no-fit");

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("20 runs from 2020-01 to 2023-12")
                .contains("Observations reach 2023-12, past the scenario's end 2021-12: the runs were extended to 2023-12");
        assertThat(Files.readString(tmp.resolve("bt/forecasts.csv"))).contains(SERIES + "@monthly,2022-06,18,300.0,")
                .contains(SERIES + ",2023,30,5000.0,");
        // The yearly and the monthly observations are scored apart: a year's total is not a month's.
        assertThat(Files.readString(tmp.resolve("bt/backtest.csv"))).contains(SERIES + ",25+,1,", SERIES + "@monthly,13-24,1,");
    }

    @Test
    void withAFitThePosteriorIsWrittenBesideTheScores() throws Exception {
        Outcome o = backtest(recordAtTheMedian(), "--params", "walk.level,walk.drift", "--budget", "400", "--population", "50");

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).containsPattern("Fit to 2020-01..2020-12: 2 parameters, [0-9,]+ simulations in [0-9]+ generations");
        assertThat(Files.readString(tmp.resolve("bt/posterior.csv"))).contains("walk.level,walk.drift,_weight");
        assertThat(Files.readString(tmp.resolve("bt/backtest.html"))).contains("The fit, generation by generation");
    }

    @Test
    void nothingAfterTheCutoffIsBadInput() throws Exception {
        Path record = Files.write(tmp.resolve("early.csv"), List.of("series,date,value", SERIES + ",2020-03,100"));

        Outcome o = backtest(record, "--no-fit");

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("no observation of a series the model simulates lies after the cut-off 2020-12");
    }

    @Test
    void badInputExitsWithStatusTwo() throws Exception {
        Path record = recordAtTheMedian();
        Path malformed = Files.writeString(tmp.resolve("bad.csv"), "series,date,value\n" + SERIES + ",2021-01,lots\n");
        assertThat(TestHermit.run("backtest", "walk").err()).contains("Missing required option: '--cutoff=YYYY-MM'");
        for (Outcome o : List.of(
                TestHermit.run("backtest", "walk"),
                backtest(record, "--cutoff", "2019-12", "--no-fit"),
                backtest(record, "--cutoff", "2020/12", "--no-fit"),
                backtest(record, "--runs", "1", "--no-fit"),
                backtest(malformed, "--no-fit"),
                backtest(record, "--params", "walk.nothing"))) {
            assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(o.err()).doesNotContain("\tat ");
        }
        assertThat(backtest(malformed, "--no-fit").err()).contains(malformed + ":2").contains("expected a number, got 'lots'");
        assertThat(backtest(record, "--cutoff", "2019-12", "--no-fit").err())
                .contains("the cut-off 2019-12 lies before the scenario's start 2020-01");
    }

    @Test
    void writesTheTableIntoAMarkedSectionOfADocument() throws Exception {
        Path doc = Files.writeString(tmp.resolve("doc.md"), "# Results\n<!-- backtest-2020-12-no-fit:begin -->\nold\n"
                + "<!-- backtest-2020-12-no-fit:end -->\nafter\n");

        Outcome o = backtest(recordAtTheMedian(), "--no-fit", "--markdown", doc.toString());

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        String text = Files.readString(doc);
        assertThat(text).startsWith("# Results\n<!-- backtest-2020-12-no-fit:begin -->\n")
                .endsWith("<!-- backtest-2020-12-no-fit:end -->\nafter\n")
                .doesNotContain("old")
                .contains("`hermit backtest walk --cutoff 2020-12 --runs 20 --seed 5 --no-fit`")
                .contains("| `" + SERIES + "` | **all** | 12 | **0.0** | **0.00** | **100%** | **100%** |")
                .contains("| all 1 series, pooled | 12 | | | 100% |");
    }
}
