package org.hermit.analysis.posterior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosteriorSampleTest {
    @TempDir
    Path dir;

    @Test
    void writesHeaderOfIdsAndOneRowPerDraw() throws IOException {
        Path file = dir.resolve("posterior.csv");
        new PosteriorSample(List.of("coal.price_usd_per_t", "won.velocity"),
                new double[][] {{61.5, 0.25}, {70.0, 1.0E-5}}).write(file);

        assertThat(Files.readString(file)).isEqualTo("""
                coal.price_usd_per_t,won.velocity
                61.5,0.25
                70.0,1.0E-5
                """);
    }

    @Test
    void provenanceGoesIntoCommentLinesThatReadersSkip() throws IOException {
        Path file = dir.resolve("commented.csv");
        PosteriorSample written = new PosteriorSample(List.of("a"), new double[][] {{1}, {2}});
        written.write(file, List.of("hermit calibrate baseline", "cut-off 2016-12\nseed 1"));

        assertThat(Files.readString(file)).startsWith("# hermit calibrate baseline\n# cut-off 2016-12\n# seed 1\na\n1.0\n");
        assertThat(PosteriorSample.read(file).column("a")).containsExactly(1, 2);
    }

    @Test
    void weightedSampleRoundTripsWithItsWeightColumn() {
        Path file = dir.resolve("weighted.csv");
        PosteriorSample written = new PosteriorSample(List.of("a", "b"),
                new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[] {0.5, 0.25, 0.25});
        written.write(file);

        PosteriorSample read = PosteriorSample.read(file);

        assertThat(read.ids()).containsExactly("a", "b");
        assertThat(read.isWeighted()).isTrue();
        assertThat(read.weights()).hasValueSatisfying(w -> assertThat(w).containsExactly(0.5, 0.25, 0.25));
        assertThat(read.mean("a")).isCloseTo(0.5 * 1 + 0.25 * 3 + 0.25 * 5, within(1e-12));
    }

    @Provide
    Arbitrary<double[][]> drawMatrices() {
        Arbitrary<Double> anyFinite = Arbitraries.doubles().filter(Double::isFinite);
        return Arbitraries.integers().between(1, 4).flatMap(k ->
                anyFinite.array(double[].class).ofSize(k).array(double[][].class).ofMinSize(1).ofMaxSize(20));
    }

    @Property(tries = 50)
    void readingBackGivesBitIdenticalDraws(@ForAll("drawMatrices") double[][] draws) throws IOException {
        List<String> ids = java.util.stream.IntStream.range(0, draws[0].length).mapToObj(j -> "p" + j).toList();
        Path file = Files.createTempFile("posterior", ".csv");
        try {
            new PosteriorSample(ids, draws).write(file);
            PosteriorSample read = PosteriorSample.read(file);

            assertThat(read.isWeighted()).isFalse();
            assertThat(read.size()).isEqualTo(draws.length);
            for (int i = 0; i < draws.length; i++) {
                assertThat(read.draw(i)).containsExactly(draws[i]);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void ignoresCommentsAndBlankLines() throws IOException {
        Path file = write("# posterior of the coal channel\na,b\n\n1,2\n# note\n3,4\n");

        PosteriorSample read = PosteriorSample.read(file);

        assertThat(read.size()).isEqualTo(2);
        assertThat(read.column("b")).containsExactly(2, 4);
    }

    @Test
    void aValueThatIsNotANumberIsReportedWithFileLineAndColumn() throws IOException {
        Path file = write("a,b\n1,2\n3,abc\n");

        assertThatThrownBy(() -> PosteriorSample.read(file))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(file.toString());
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.path()).isEqualTo("b");
                    assertThat(p.message()).contains("'abc'");
                }));
    }

    @Test
    void rejectsRowsOfTheWrongLength() throws IOException {
        assertThat(problem(write("a,b\n1,2\n3\n"))).satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("expected 2 values (a, b), got 1");
        });
    }

    @Test
    void rejectsNonFiniteAndNonDecimalNumbers() throws IOException {
        assertThat(problem(write("a\nNaN\n")).message()).contains("'NaN'");
        assertThat(problem(write("a\n1\nInfinity\n")).line()).isEqualTo(3);
        assertThat(problem(write("a\n1d\n")).message()).contains("'1d'");
        assertThat(problem(write("a\n1e999\n")).message()).contains("out of range");
    }

    @Test
    void rejectsBadHeaders() throws IOException {
        assertThat(problem(write("a,a\n1,2\n")).message()).contains("twice");
        assertThat(problem(write("a,,b\n1,2,3\n")).message()).contains("column 2");
        assertThat(problem(write("_weight,a\n1,2\n")).message()).contains("last column");
        assertThat(problem(write("_weight\n1\n")).message()).contains("no parameter");
    }

    @Test
    void rejectsNegativeOrAllZeroWeights() throws IOException {
        assertThat(problem(write("a,_weight\n1,0.5\n2,-1\n"))).satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.path()).isEqualTo("_weight");
        });
        assertThat(problem(write("a,_weight\n1,0\n2,0\n")).message()).contains("all weights are zero");
    }

    @Test
    void rejectsEmptyFilesAndFilesWithoutDraws() throws IOException {
        assertThat(problem(write("")).message()).contains("empty file");
        assertThat(problem(write("# only a comment\n")).message()).contains("empty file");
        assertThat(problem(write("a,b\n")).message()).contains("no draws");
    }

    @Test
    void readAgainstARegistryReportsEveryColumnThatNamesNoParameterAtItsHeaderCell() throws IOException {
        Path file = write("# written for another registry\nwon.velocity,weight,coal.price_usd_per_t,coal.prce_usd_per_t\n1,2,3,4\n");
        ParameterSpace space = new ParameterSpace(List.of(parameter("won.velocity"), parameter("coal.price_usd_per_t")));

        assertThatThrownBy(() -> PosteriorSample.read(file, space))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).satisfiesExactly(
                        p -> {
                            assertThat(p.file()).isEqualTo(file.toString());
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.column()).isEqualTo(14);
                            assertThat(p.path()).isEqualTo("weight");
                            assertThat(p.message()).contains("unknown parameter 'weight'").contains("_weight");
                        },
                        p -> {
                            assertThat(p.column()).isEqualTo(42);
                            assertThat(p.message()).contains("did you mean 'coal.price_usd_per_t'");
                        }));
    }

    @Test
    void readAgainstARegistryAcceptsASampleOfItsParameters() throws IOException {
        Path file = write("coal.price_usd_per_t,_weight\n61.5,1\n70,3\n");
        ParameterSpace space = new ParameterSpace(List.of(parameter("won.velocity"), parameter("coal.price_usd_per_t")));

        PosteriorSample read = PosteriorSample.read(file, space);
        assertThat(read.ids()).containsExactly("coal.price_usd_per_t");
        assertThat(read.mean("coal.price_usd_per_t")).isCloseTo(67.875, within(1e-12));
    }

    private static ParameterDef parameter(String id) {
        return new ParameterDef(id, "", "", 1, new Distribution.Uniform(0, 100), 0, 100, List.of(), "a test parameter");
    }

    @Test
    void aMissingFileIsAnInputProblem() {
        assertThat(problem(dir.resolve("nope.csv")).message()).contains("no such file");
    }

    @Test
    void refusesToBuildASampleThatCouldNotBeReadBack() {
        assertThatThrownBy(() -> new PosteriorSample(List.of("_weight"), new double[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PosteriorSample(List.of("a,b"), new double[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PosteriorSample(List.of("a"), new double[][] {{Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "posterior", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static InputProblem problem(Path file) {
        try {
            PosteriorSample.read(file);
        } catch (InputException e) {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.getMessage()).startsWith(file.toString());
            return e.problems().get(0);
        }
        throw new AssertionError("expected an InputException for " + file);
    }
}
