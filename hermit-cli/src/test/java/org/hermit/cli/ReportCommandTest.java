package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** The smallest output directory of a run: two months of one variable and its year. */
    private Path smallRun() throws IOException {
        Path dir = tmp.resolve("tiny");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("run.json"), "{\"scenario\": \"tiny\", \"runs\": 2, \"seed\": 1, \"parameters\": []}");
        Files.writeString(dir.resolve("summary.csv"), "variable,year,p5,p50,p95\nreserves_usd,2030,1e9,2e9,3e9\n");
        Files.writeString(dir.resolve("quantiles.csv"), "variable,date,p5,p25,p50,p75,p95\n"
                + "reserves_usd,2030-11-01,1e9,1.5e9,2e9,2.5e9,3e9\nreserves_usd,2030-12-01,1e9,1.5e9,2e9,2.5e9,3e9\n");
        return dir;
    }

    @Test
    void writesTheReportAndPrintsWhereItIs() throws IOException {
        Path dir = smallRun();

        int status = run("report", dir.toString(), "--png");

        assertThat(status).isEqualTo(Main.EXIT_OK);
        assertThat(out.toString()).startsWith(dir.resolve("report.html") + System.lineSeparator())
                .contains(dir.resolve("charts").resolve("reserves.png").toString());
        assertThat(Files.readString(dir.resolve("report.html"))).contains("The state's reserves at the end of 2030: <strong>$2bn</strong>");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void observedDataOfOnesOwnAreDrawnWithTheEvidence() throws IOException {
        Path dir = smallRun();
        Path mine = tmp.resolve("mine.csv");
        Files.writeString(mine, "series,date,value,unit,source\nreserves_usd,2030-11,2.2e9,USD,My estimate\n"
                + "not_a_series,2030,1,x,Nobody\n");

        int status = run("report", dir.toString(), "--observed", mine.toString());

        assertThat(status).isEqualTo(Main.EXIT_OK);
        assertThat(Files.readString(dir.resolve("report.html"))).contains(">observed (My estimate)");
        assertThat(err.toString()).contains("not_a_series");
    }

    @Test
    void aMissingDirectoryIsBadInputNamedInOneLine() {
        Path missing = tmp.resolve("no-such-run");

        int status = run("report", missing.toString());

        assertThat(status).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).startsWith(missing + ": no such directory").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMalformedFileIsBadInputNamingFileLineAndColumn() throws IOException {
        Path dir = smallRun();
        Files.writeString(dir.resolve("summary.csv"), "variable,year,p5,p50,p95\nreserves_usd,2030,1e9,two,3e9\n");

        int status = run("report", dir.toString());

        assertThat(status).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).startsWith(dir.resolve("summary.csv") + ":2:23: expected a number, got 'two'");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }
}
