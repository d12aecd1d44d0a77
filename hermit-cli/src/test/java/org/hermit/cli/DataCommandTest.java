package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Set;
import org.hermit.io.observed.ObservedCsv;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DataCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void listsEverySeriesWithItsCoverage() {
        assertThat(run("data")).isEqualTo(Main.EXIT_OK);
        String text = out.toString();
        assertThat(text).contains("series", "unit", "frequency", "first", "last", "n", "source");
        for (String id : ObservedData.bundled().series().keySet()) {
            assertThat(text).contains(id);
        }
        assertThat(text).containsPattern("kpw_per_usd\\s+KPW per USD\\s+monthly\\s+2009-11\\s+2023-04\\s+47");
        assertThat(text).containsPattern("cn_exports_to_dprk_usd\\s+USD\\s+annual\\s+2004\\s+2022");
        assertThat(text).containsPattern("grain_production_t .*ROK Rural Development Administration; \\d+ more as spread");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsTheObservationsOfASeriesWithTheirSpreadAndSources() {
        assertThat(run("data", "crypto_theft_usd")).isEqualTo(Main.EXIT_OK);
        String text = out.toString();
        assertThat(text).contains("crypto_theft_usd (USD)");
        assertThat(text).contains("date", "value", "low", "high", "count", "source");
        // 2022: Chainalysis's two figures averaged; the UN Panel's range starts at $630m.
        assertThat(text).containsPattern("2022\\s+1,675,000,000\\s+630,000,000\\s+1,700,000,000\\s+2\\s+Chainalysis");
        assertThat(text).contains("revenue.csv:");
    }

    @Test
    void monthlySeriesPrintTheirMonths() {
        assertThat(run("data", "kpw_per_usd")).isEqualTo(Main.EXIT_OK);
        assertThat(out.toString()).containsPattern("2013-02\\s+8,112.5\\s+8,000\\s+8,350\\s+4");
    }

    @Test
    void anUnknownSeriesIsBadInputWithTheNearestIdsSuggested() {
        assertThat(run("data", "kpw_per_us")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("unknown series 'kpw_per_us'").contains("did you mean kpw_per_usd");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aSeriesFarFromAnyIdPointsToTheList() {
        assertThat(run("data", "zzzzzz")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("run 'hermit data' to list the series");
    }

    @Test
    void csvOutputIsValidObservedDataThatReadsBackTheSameValues() {
        assertThat(run("data", "rice_kpw_per_kg", "--csv")).isEqualTo(Main.EXIT_OK);
        ObservedData back = ObservedCsv.read("out.csv", new StringReader(out.toString()), Set.of("rice_kpw_per_kg"),
                w -> { throw new AssertionError(w); });
        ObservedSeries original = ObservedData.bundled().series("rice_kpw_per_kg").orElseThrow();
        ObservedSeries read = back.series("rice_kpw_per_kg").orElseThrow();
        assertThat(read.observations()).hasSameSizeAs(original.observations());
        for (int i = 0; i < read.observations().size(); i++) {
            assertThat(read.observations().get(i).value()).isEqualTo(original.observations().get(i).value());
            assertThat(read.observations().get(i).label()).isEqualTo(original.observations().get(i).label());
        }
        assertThat(read.unit()).isEqualTo("KPW per kg");
    }

    @Test
    void helpExplainsTheCommand() {
        assertThat(run("data", "--help")).isEqualTo(Main.EXIT_OK);
        assertThat(out.toString()).contains("Usage: hermit data", "SERIES", "--csv", "docs/EVIDENCE.md");
    }

    @Test
    void suggestionsPreferTheClosestIds() {
        Set<String> ids = Set.of("kpw_per_usd", "kpw_per_cny", "rice_kpw_per_kg");
        assertThat(DataCommand.nearest("kpw_per_usb", ids)).first().isEqualTo("kpw_per_usd");
        assertThat(DataCommand.nearest("rice", ids)).containsExactly("rice_kpw_per_kg");
        assertThat(DataCommand.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
