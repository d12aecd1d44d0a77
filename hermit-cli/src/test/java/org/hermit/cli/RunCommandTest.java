package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hermit.cli.TestHermit.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runsWritesTheOutputsAndPrintsTheAnnualTables() {
        Path dir = tmp.resolve("walk");
        Outcome o = TestHermit.run("run", "walk", "--out", dir.toString(), "--runs", "5", "--threads", "2", "--no-report");
        assertThat(o.status()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("walk: revenue by channel, USD million a year (median of 5 runs)")
                .contains("walk: headline indicators by year, median [5th, 95th percentile] of 5 runs")
                .containsPattern("\\n\\s+2020\\s+2021\\n")
                .containsPattern("\\ncoal\\s+[0-9,.]+\\s+[0-9,.]+\\n")
                .containsPattern("\\n2021\\s+[0-9.,]+ \\[[0-9.,]+, [0-9.,]+\\]")
                .contains("Wrote:", dir.resolve("series.csv").toString(), dir.resolve("run.json").toString());
        for (String f : new String[] {"series.csv", "series.parquet", "summary.csv", "quantiles.csv", "hermit.duckdb", "run.json"}) {
            assertThat(dir.resolve(f)).isRegularFile();
        }
        assertThat(o.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ResultTables.WIDTH));
    }

    @Test
    void seriesCsvKeepsTheFirstHundredRunsUnlessSeriesRunsSaysAllWhileTheStatisticsCoverEveryRun() throws Exception {
        Path capped = tmp.resolve("capped");
        assertThat(TestHermit.run("run", "walk", "--out", capped.toString(), "--runs", "103", "--no-report", "-q")
                .status()).isZero();
        assertThat(runsIn(capped.resolve("series.csv"))).isEqualTo(100);
        Path all = tmp.resolve("all");
        assertThat(TestHermit.run("run", "walk", "--out", all.toString(), "--runs", "103", "--no-report", "-q",
                "--series-runs", "all").status()).isZero();
        assertThat(runsIn(all.resolve("series.csv"))).isEqualTo(103);
        Path two = tmp.resolve("two");
        assertThat(TestHermit.run("run", "walk", "--out", two.toString(), "--runs", "103", "--no-report", "-q",
                "--series-runs", "2").status()).isZero();
        assertThat(runsIn(two.resolve("series.csv"))).isEqualTo(2);
        // The statistics do not depend on how many runs' series are kept.
        assertThat(Files.readString(capped.resolve("summary.csv"))).isEqualTo(Files.readString(all.resolve("summary.csv")))
                .isEqualTo(Files.readString(two.resolve("summary.csv")));
    }

    private static long runsIn(Path seriesCsv) throws Exception {
        try (var lines = Files.lines(seriesCsv)) {
            return lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        }
    }

    @Test
    void outsideATerminalOnlyAClosingLineGoesToStderrAndQuietSilencesIt() {
        Outcome o = TestHermit.run("run", "walk", "--out", tmp.resolve("a").toString(), "--runs", "3", "--no-report");
        assertThat(o.err()).matches("hermit: 3/3 runs in [0-9.]+ s \\([0-9.]+ runs/s\\)\\R");
        Outcome quiet = TestHermit.run("--quiet", "run", "walk", "--out", tmp.resolve("b").toString(), "--runs", "3");
        assertThat(quiet.status()).isEqualTo(Main.EXIT_OK);
        assertThat(quiet.err()).isEmpty();
        Outcome quietAfter = TestHermit.run("run", "walk", "--quiet", "--out", tmp.resolve("c").toString(), "--runs", "3");
        assertThat(quietAfter.err()).isEmpty();
    }

    @Test
    void aSingleRunShowsValuesWithoutRanges() {
        Outcome o = TestHermit.run("run", "walk", "--out", tmp.resolve("one").toString(), "--runs", "1");
        assertThat(o.status()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("one run at central parameter values").doesNotContain("[");
    }

    @Test
    void resumeContinuesTheSweepInTheDirectory() throws Exception {
        Path dir = tmp.resolve("walk");
        assertThat(TestHermit.run("run", "walk", "--out", dir.toString(), "--runs", "4").status()).isZero();
        byte[] summary = Files.readAllBytes(dir.resolve("summary.csv"));
        assertThat(TestHermit.run("run", "walk", "--out", dir.toString(), "--runs", "4", "--resume").status()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("summary.csv"))).isEqualTo(summary);
        Outcome other = TestHermit.run("run", "walk", "--out", dir.toString(), "--runs", "4", "--seed", "99", "--resume");
        assertThat(other.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(other.err()).contains("seed is 3 there, 99 here").doesNotContain("Exception");
    }

    @Test
    void badOptionsExitWithStatusTwo() {
        for (String[] args : new String[][] {
                {"run", "walk", "--runs", "0"},
                {"run", "walk", "--runs", "many"},
                {"run", "walk", "--threads", "0"},
                {"run", "walk", "--series-runs", "some"},
                {"run", "walk", "--bogus"}}) {
            Outcome o = TestHermit.run(args);
            assertThat(o.status()).as(String.join(" ", args)).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(o.err()).as(String.join(" ", args)).startsWith("hermit: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(TestHermit.run("run", "walk", "--runs", "0").err()).contains("--runs must be at least 1, got 0");
    }

    @Test
    void anUnknownScenarioExitsWithStatusTwoNamingIt() {
        Outcome o = TestHermit.run("run", "nosuch", "--out", tmp.toString());
        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("nosuch: no such file and no bundled scenario of that name")
                .doesNotContain("\tat ");
    }

    @Test
    void aNaNIsAnInternalErrorOfOneLineNamingRunVariableAndMonth() {
        Outcome o = TestHermit.run("--quiet", "run", "broken", "--out", tmp.resolve("b").toString(), "--runs", "6", "--threads", "2");
        assertThat(o.status()).isEqualTo(Main.EXIT_INTERNAL);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err()).startsWith("hermit: internal error: run 2 ")
                .contains("rice_kpw_per_kg became NaN in 2020-05")
                .contains("--debug");
        Outcome debug = TestHermit.run("--quiet", "--debug", "run", "broken", "--out", tmp.resolve("c").toString(), "--runs", "6");
        assertThat(debug.status()).isEqualTo(Main.EXIT_INTERNAL);
        assertThat(debug.err()).contains("\tat org.hermit.");
    }

    @Test
    void theReportIsWrittenUnlessToldNot() throws Exception {
        Path dir = tmp.resolve("walk");
        Outcome o = TestHermit.run("--quiet", "run", "walk", "--out", dir.toString(), "--runs", "2", "--png");
        assertThat(o.out()).contains(dir.resolve("report.html").toString());
        assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("report png=true");
        Path none = tmp.resolve("none");
        TestHermit.run("--quiet", "run", "walk", "--out", none.toString(), "--runs", "2", "--no-report");
        assertThat(none.resolve("report.html")).doesNotExist();
    }

    @Test
    void everyOptionIsDocumentedInHelp() {
        Outcome o = TestHermit.run("run", "--help");
        assertThat(o.status()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("SCENARIO", "--out", "--runs", "--seed", "--threads", "--resume", "--no-report", "--series-runs");
    }
}
