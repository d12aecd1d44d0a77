package org.hermit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
    @TempDir
    Path tmp;

    private final OutputDirectory reader = new OutputDirectory();

    @Test
    void readsARunsMetadataParametersAndQuantiles() {
        ReportSubject subject = reader.read(Fixtures.run(tmp));

        assertThat(subject).isInstanceOf(ReportSubject.Single.class);
        RunOutput run = ((ReportSubject.Single) subject).run();
        assertThat(run.scenario()).isEqualTo("baseline");
        assertThat(run.metadata().runs()).isEqualTo(1000);
        assertThat(run.metadata().fields()).extracting(RunOutput.Field::key)
                .contains("scenarioHash", "seed", "timings.totalSeconds", "files")
                .doesNotContain("parameters");
        assertThat(run.parameters()).hasSize(8);
        RunOutput.Parameter coal = run.parameters().get(0);
        assertThat(coal.id()).isEqualTo("coal.export_capacity_t_per_year");
        assertThat(coal.central()).isEqualTo(22_000_000);
        assertThat(coal.sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("trade.csv");
            assertThat(s.url()).startsWith("https://");
        });
        List<Quantiles.Monthly> reserves = run.quantiles().monthly("reserves_usd");
        assertThat(reserves).hasSize(21 * 12);
        assertThat(reserves.get(0).month()).isEqualTo(Months.of(2010, 1));
        assertThat(reserves.get(reserves.size() - 1).month()).isEqualTo(Months.of(2030, 12));
        assertThat(reserves).allSatisfy(m -> assertThat(m.p5()).isLessThanOrEqualTo(m.p25()));
        assertThat(run.quantiles().annual("revenue_usd.coal", 2016)).isPresent();
        assertThat(run.quantiles().lastFullYear()).contains(2030);
    }

    @Test
    void readsAComparisonWithBothRunsAndTheirDifferences() {
        ReportSubject subject = reader.read(Fixtures.comparison(tmp));

        assertThat(subject).isInstanceOf(ReportSubject.Comparison.class);
        ReportSubject.Comparison c = (ReportSubject.Comparison) subject;
        assertThat(c.a().name()).isEqualTo("baseline");
        assertThat(c.b().name()).isEqualTo("coal_ban");
        assertThat(c.difference().annual("revenue_usd.coal", 2030).orElseThrow().p50()).isNegative();
        assertThat(c.difference().annual("revenue_usd.coal", 2020).orElseThrow().p50()).isZero();
        assertThat(c.b().parameters()).filteredOn(p -> p.origin().equals("scenario")).extracting(RunOutput.Parameter::id)
                .containsExactly("sanctions.china_coal_enforcement");
    }

    @Test
    void theFoldersNamedInCompareJsonAreRead() throws IOException {
        Path dir = Fixtures.comparison(tmp);
        Files.move(dir.resolve("coal_ban"), dir.resolve("b-out"));
        Files.move(dir.resolve("diff"), dir.resolve("b-minus-a"));
        Files.writeString(dir.resolve("compare.json"), "{\"a\": \"baseline\", \"b\": \"coal_ban\", \"aDirectory\": \"baseline\","
                + " \"bDirectory\": \"b-out\", \"diffDirectory\": \"b-minus-a\"}");

        ReportSubject.Comparison c = (ReportSubject.Comparison) reader.read(dir);

        assertThat(c.b().scenario()).isEqualTo("coal_ban");
        assertThat(c.b().name()).isEqualTo("b-out");
        assertThat(c.difference().annual("revenue_usd.coal", 2030)).isPresent();
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path missing = tmp.resolve("out/nothing-here");

        assertThat(problem(missing)).satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.message()).contains("no such directory");
        });
    }

    @Test
    void aFolderThatHoldsNoRunIsCalledThat() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("holiday-photos"));

        assertThat(problem(elsewhere)).satisfies(p -> {
            assertThat(p.file()).isEqualTo(elsewhere.toString());
            assertThat(p.message()).contains("not an output directory");
        });
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path dir = Fixtures.run(tmp);
        Files.delete(dir.resolve("quantiles.csv"));

        assertThat(problem(dir)).satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("quantiles.csv").toString());
            assertThat(p.message()).contains("not found").contains("variable,date,p5,p25,p50,p75,p95");
        });
    }

    @Test
    void aWrongHeaderIsReportedOnLineOne() throws IOException {
        Path dir = Fixtures.run(tmp);
        Files.writeString(dir.resolve("summary.csv"), "variable,year,p50\nreserves_usd,2030,1\n");

        assertThat(problem(dir)).satisfies(p -> {
            assertThat(p.file()).endsWith("summary.csv");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("expected the header 'variable,year,p5,p50,p95'");
        });
    }

    @Test
    void aCellThatIsNotANumberIsReportedWithLineAndColumn() throws IOException {
        Path dir = Fixtures.run(tmp);
        Files.writeString(dir.resolve("summary.csv"), "variable,year,p5,p50,p95\nreserves_usd,2030,1,2,3\nreserves_usd,2031,1,lots,3\n");

        InputProblem p = problem(dir);

        assertThat(p.format()).isEqualTo(dir.resolve("summary.csv") + ":3:21: expected a number, got 'lots'");
    }

    @Test
    void aBadDateOrAMissingColumnIsReported() throws IOException {
        Path dir = Fixtures.run(tmp);
        Files.writeString(dir.resolve("quantiles.csv"), "variable,date,p5,p25,p50,p75,p95\nreserves_usd,2030-13-01,1,2,3,4,5\n");
        assertThat(problem(dir).message()).isEqualTo("expected a date YYYY-MM-01, got '2030-13-01'");

        Files.writeString(dir.resolve("quantiles.csv"), "variable,date,p5,p25,p50,p75,p95\nreserves_usd,2030-12-01,1,2,3,4\n");
        assertThat(problem(dir)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("expected 7 columns");
        });
    }

    @Test
    void rowsWithoutValuesAreLeftOutRatherThanDrawnAsZero() throws IOException {
        Path dir = Fixtures.run(tmp);
        Files.writeString(dir.resolve("summary.csv"),
                "variable,year,p5,p50,p95\ngdp_growth_pct,2010,NaN,NaN,NaN\ngdp_growth_pct,2011,-1,0.5,2\n");

        RunOutput run = reader.readRun(dir);

        assertThat(run.quantiles().annual("gdp_growth_pct")).extracting(Quantiles.Annual::year).containsExactly(2011);
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() throws IOException {
        Path dir = Fixtures.run(tmp);
        Files.writeString(dir.resolve("run.json"), "{\n  \"scenario\": \"baseline\",\n  \"runs\": 1000,,\n}\n");

        InputProblem p = problem(dir);

        assertThat(p.file()).endsWith("run.json");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("not valid JSON");
    }

    @Test
    void aComparisonMustNameBothRunFolders() throws IOException {
        Path dir = Fixtures.comparison(tmp);
        Files.writeString(dir.resolve("compare.json"), "{\"a\": \"baseline\"}");
        assertThat(problem(dir)).satisfies(p -> {
            assertThat(p.file()).endsWith("compare.json");
            assertThat(p.message()).startsWith("b: expected the name of run B's folder");
        });

        Files.writeString(dir.resolve("compare.json"), "{\"a\": \"baseline\", \"b\": \"coal_ban\", \"bDirectory\": \"../elsewhere\"}");
        assertThat(problem(dir).message()).contains("expected a folder name inside the comparison directory");
    }

    private InputProblem problem(Path dir) {
        InputException e = (InputException) org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(dir));
        assertThat(e).as("reading " + dir + " should fail with an InputException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
