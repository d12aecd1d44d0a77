package org.hermit.analysis.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.model.param.ParameterSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationParametersTest {
    @TempDir
    Path tmp;

    private static List<InputProblem> problems(Runnable r) {
        try {
            r.run();
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InputException");
    }

    @Test
    void readsOneIdALineSkippingCommentsAndBlankLines() {
        var entries = CalibrationParameters.parse("list.txt", "# a comment\n\ntoy.rice_level   # why\n  toy.growth\n");

        assertThat(entries).extracting(CalibrationParameters.Entry::id).containsExactly("toy.rice_level", "toy.growth");
        assertThat(entries).extracting(CalibrationParameters.Entry::line).containsExactly(3, 4);
    }

    @Test
    void twoIdsOnOneLineAreAMistakeNamingTheLine() {
        var p = problems(() -> CalibrationParameters.parse("list.txt", "toy.growth\ntoy.rice_level toy.unused\n"));

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.format()).startsWith("list.txt:2: ").contains("one parameter id");
        });
    }

    @Test
    void unknownIdsGetSuggestionsAndEveryProblemIsReported() {
        var entries = CalibrationParameters.parse("list.txt", "toy.rice_levl\ntoy.fixed\ntoy.growth\ntoy.growth\n");

        var p = problems(() -> CalibrationParameters.check(entries, ToyEconomy.SPACE));

        assertThat(p).hasSize(3);
        assertThat(p.get(0).format()).isEqualTo("list.txt:1: unknown parameter 'toy.rice_levl'; did you mean toy.rice_level?");
        assertThat(p.get(1).format()).startsWith("list.txt:2: ").contains("fixed prior");
        assertThat(p.get(2).format()).startsWith("list.txt:4: ").contains("listed twice (first at line 3)");
    }

    @Test
    void idsOnTheCommandLineAreCheckedTheSameWay() {
        var entries = CalibrationParameters.inline("--params", "toy.growth, toy.rice_level");

        assertThat(CalibrationParameters.check(entries, ToyEconomy.SPACE)).containsExactly("toy.growth", "toy.rice_level");
        assertThat(problems(() -> CalibrationParameters.inline("--params", "toy.growth,,x")).get(0).message())
                .contains("empty parameter id");
    }

    @Test
    void aMissingListFileIsBadInput() {
        Path missing = tmp.resolve("nope.txt");

        assertThat(problems(() -> CalibrationParameters.read(missing)).get(0).format())
                .isEqualTo(missing + ": no such parameter list file");
    }

    @Test
    void readsAListFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("mine.txt"), "toy.growth\n");

        assertThat(CalibrationParameters.read(file)).extracting(CalibrationParameters.Entry::id).containsExactly("toy.growth");
    }

    @Test
    void theBundledListNamesBetween15And25ParametersOfTheRegistryThatCanMove() {
        ParameterSpace registry = ParameterRegistry.bundled();

        List<String> ids = CalibrationParameters.check(CalibrationParameters.bundled(), registry);

        assertThat(ids).hasSizeBetween(15, 25);
        assertThat(ids).allSatisfy(id -> assertThat(registry.find(id).orElseThrow().prior().isFixed()).isFalse());
    }

    @Test
    void everyBundledIdSaysWhyItIsThere() throws Exception {
        String text;
        try (var in = getClass().getClassLoader().getResourceAsStream(CalibrationParameters.BUNDLED)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (CalibrationParameters.Entry e : CalibrationParameters.bundled()) {
            String line = text.lines().toList().get(e.line() - 1);
            assertThat(line).as(e.id()).matches(".*#\\s*\\S.*");
        }
    }
}
