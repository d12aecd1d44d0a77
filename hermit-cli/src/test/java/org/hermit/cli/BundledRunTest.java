package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as shipped: bundled registry, scenarios and the real model, a few runs each. */
class BundledRunTest {
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
    void runsTheBaselineWritingEveryOutputAndTheReport() {
        Path dir = tmp.resolve("baseline");
        Outcome o = run("run", "--runs", "3", "--threads", "2", "--out", dir.toString());
        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("baseline: revenue by channel", "2010", "2030", "gross total", "to the state",
                "baseline: headline indicators by year");
        for (String f : new String[] {"series.csv", "series.parquet", "summary.csv", "quantiles.csv", "hermit.duckdb",
                "run.json", "report.html"}) {
            assertThat(dir.resolve(f)).isRegularFile();
        }
        assertThat(o.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(ResultTables.WIDTH));
    }

    @Test
    void comparesTwoBundledScenarios() {
        Outcome o = run("--quiet", "compare", "baseline", "china-enforces", "--runs", "2", "--out", tmp.toString());
        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("china-enforces minus baseline");
        assertThat(tmp.resolve("diff/summary.csv")).isRegularFile();
        assertThat(tmp.resolve("report.html")).isRegularFile();
    }

    @Test
    void anUnknownBundledScenarioIsBadInput() {
        Outcome o = run("run", "basline", "--out", tmp.toString());
        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("basline").contains("baseline").doesNotContain("\tat ");
    }
}
