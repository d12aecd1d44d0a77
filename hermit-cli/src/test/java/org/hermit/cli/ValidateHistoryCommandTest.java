package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hermit.cli.TestHermit.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hermit validate-history on the random-walk test model against a record the tests write. */
class ValidateHistoryCommandTest {
    @TempDir
    Path tmp;

    private Path record() throws Exception {
        return Files.write(tmp.resolve("record.csv"), List.of("series,date,value",
                "rice_kpw_per_kg,2020-03,5000", "rice_kpw_per_kg,2020-05,7000", "rice_kpw_per_kg,2021-02,9000",
                "gdp_growth_pct,2021,1.5", "kpw_per_usd,2019-12,8000"));
    }

    private Outcome history(String... extra) throws Exception {
        return TestHermit.run(Args.of(List.of("validate-history", "walk"), List.of("--observed", record().toString(),
                "--observed-only", "--runs", "10", "--seed", "2", "--threads", "2", "--out", tmp.resolve("h").toString()), extra));
    }

    @Test
    void printsSeriesByYearWithTheRunsRangeAndAPerSeriesSummary() throws Exception {
        Outcome o = history();

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(o.out()).contains("walk against the record, 2020-01 to 2021-12: 10 runs, seed 2")
                .containsPattern("series\\s+years\\s+observed\\s+p50\\s+90% range\\s+error\\n")
                .containsPattern("rice_kpw_per_kg\\s+2020 \\(2 mo\\)\\s+6,000\\s")
                .containsPattern("rice_kpw_per_kg\\s+2021 \\(1 mo\\)\\s+9,000\\s")
                .containsPattern("gdp_growth_pct\\s+2021\\s+1.50\\s+\\S+\\s+\\S+ - \\S+\\s+(x\\s+)?[-+0-9.]+ pp\\n")
                .containsPattern("series\\s+years\\s+obs\\s+mean \\|error\\|\\s+mean error\\s+in 90% range\\n")
                .containsPattern("rice_kpw_per_kg\\s+2\\s+3\\s+[0-9]+%\\s+[-+0-9]+%\\s+[0-9]+%\\n");
        // 2019-12 lies before the run: not compared.
        assertThat(o.out()).doesNotContain("kpw_per_usd");
    }

    @Test
    void writesTheTablesAsCsvAndMarkdown() throws Exception {
        history();

        assertThat(Files.readAllLines(tmp.resolve("h/history.csv")))
                .first().isEqualTo("series,period,n,observed,p5,p50,p95,error,error_unit");
        assertThat(Files.readAllLines(tmp.resolve("h/history.csv"))).hasSize(4);
        assertThat(Files.readString(tmp.resolve("h/history-summary.csv")))
                .startsWith("series,rows,observations,error_unit,mean_abs_error,mean_signed_error,coverage90\n")
                .contains("gdp_growth_pct,1,1,pp,").contains("rice_kpw_per_kg,2,3,%,");
        assertThat(Files.readString(tmp.resolve("h/history.md"))).contains("| `rice_kpw_per_kg` | 2021 (1 mo) | 9,000 |");
    }

    @Test
    void replacesTheMarkedSectionOfADocumentAndLeavesTheRest() throws Exception {
        Path doc = Files.writeString(tmp.resolve("VALIDATION.md"), "# Validation\n\nIntro.\n\n<!-- history-table:begin -->\n"
                + "stale numbers\n<!-- history-table:end -->\n\nClosing words.\n");

        Outcome o = history("--markdown", doc.toString());

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        String text = Files.readString(doc);
        assertThat(text).startsWith("# Validation\n\nIntro.\n\n<!-- history-table:begin -->\n")
                .endsWith("<!-- history-table:end -->\n\nClosing words.\n")
                .doesNotContain("stale numbers")
                .contains("`hermit validate-history walk --runs 10 --seed 2`", "| series | years | observed | simulated p50 |");
        // Regenerating with the same runs and seed changes nothing.
        history("--markdown", doc.toString());
        assertThat(Files.readString(doc)).isEqualTo(text);
    }

    @Test
    void aDocumentWithoutTheMarkersIsBadInput() throws Exception {
        Path doc = Files.writeString(tmp.resolve("plain.md"), "# Nothing marked\n");

        Outcome o = history("--markdown", doc.toString());

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains(doc + ": no section <!-- history-table:begin --> ... <!-- history-table:end -->");
        assertThat(Files.readString(doc)).isEqualTo("# Nothing marked\n");
    }

    @Test
    void aRecordWithNothingInsideTheRunIsBadInput() throws Exception {
        Path early = Files.write(tmp.resolve("early.csv"), List.of("series,date,value", "rice_kpw_per_kg,2015-01,100"));

        Outcome o = TestHermit.run("validate-history", "walk", "--observed", early.toString(), "--observed-only",
                "--out", tmp.toString());

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("no observation of a series the model simulates lies between 2020-01 and 2021-12");
    }
}
