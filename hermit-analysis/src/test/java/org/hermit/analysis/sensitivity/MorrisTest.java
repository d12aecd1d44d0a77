package org.hermit.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hermit.analysis.Priors;
import org.hermit.analysis.Workers;
import org.hermit.model.param.Distribution;
import org.junit.jupiter.api.Test;

class MorrisTest {
    private static final Distribution UNIT = new Distribution.Uniform(0, 1);

    /** Sobol's g-function: importance falls as a_i grows; a_i = 99 is nearly inert. */
    private static final double[] G_A = {0, 1, 4.5, 9, 99, 99};
    private static final ToDoubleFunction<double[]> G_FUNCTION = x -> {
        double product = 1;
        for (int i = 0; i < G_A.length; i++) {
            product *= (Math.abs(4 * x[i] - 2) + G_A[i]) / (1 + G_A[i]);
        }
        return product;
    };

    @Test
    void linearModelEffectsAreItsSlopesTimesTheHalfRangeStep() {
        // f = 3 x1 - 2 x2 + 0 x3 + 0.5 x4 on uniform(0, 10): a move of 1/2 in u is 5 units of x, so each
        // elementary effect is slope * 5 / 0.5 = 10 * slope, the same on every trajectory.
        Distribution zeroToTen = new Distribution.Uniform(0, 10);
        Priors priors = Priors.unnamed(zeroToTen, zeroToTen, zeroToTen, zeroToTen);

        MorrisResult result = Morris.analyze(priors, x -> 3 * x[0] - 2 * x[1] + 0 * x[2] + 0.5 * x[3], 10, 1, 2);

        assertThat(result.evaluations()).isEqualTo(10 * 5);
        assertThat(result.of("x1").mu()).isCloseTo(30, within(1e-9));
        assertThat(result.of("x2").mu()).isCloseTo(-20, within(1e-9));
        assertThat(result.of("x2").muStar()).isCloseTo(20, within(1e-9));
        assertThat(result.of("x4").muStar()).isCloseTo(5, within(1e-9));
        assertThat(result.of("x1").sigma()).isCloseTo(0, within(1e-9));
        assertThat(result.of("x3").muStar()).isZero();
        assertThat(result.of("x3").muStarCi()).isEqualTo(new Interval(0, 0));
        assertThat(result.ranked()).extracting(MorrisEffect::id).containsExactly("x1", "x2", "x4", "x3");
    }

    @Test
    void ranksTheGFunctionInputsByTheirImportance() {
        Priors priors = Priors.unnamed(UNIT, UNIT, UNIT, UNIT, UNIT, UNIT);
        MorrisSettings settings = MorrisSettings.of(20, 3, 2).withCandidates(100);

        MorrisResult result = Morris.analyze(priors, G_FUNCTION, settings);

        assertThat(result.ranked().subList(0, 4)).extracting(MorrisEffect::id).containsExactly("x1", "x2", "x3", "x4");
        assertThat(result.of("x5").muStar()).isLessThan(0.05 * result.of("x1").muStar());
        // the g-function is not additive: the important inputs interact
        assertThat(result.of("x1").sigma()).isGreaterThan(0);
    }

    @Test
    void fixedParametersAreNotScreened() {
        Priors priors = new Priors(List.of("a", "b"), List.of(UNIT, new Distribution.Fixed(2)));

        MorrisResult result = Morris.analyze(priors, x -> x[0] * x[1], 4, 1, 1);

        assertThat(result.effects()).extracting(MorrisEffect::id).containsExactly("a");
        assertThat(result.evaluations()).isEqualTo(4 * 2);
        assertThat(result.of("a").mu()).isCloseTo(2, within(1e-12));
    }

    @Test
    void resultIsIdenticalOnOneAndSeveralThreads() {
        Priors priors = Priors.unnamed(UNIT, UNIT, UNIT, UNIT, UNIT, UNIT);
        MorrisSettings settings = MorrisSettings.of(10, 7, 1).withCandidates(30);

        MorrisResult single = Morris.analyze(priors, G_FUNCTION, settings);
        MorrisResult several = Morris.analyze(priors, G_FUNCTION, settings.withThreads(3));

        assertThat(several).isEqualTo(single);
    }

    @Test
    void campolongoSelectionSpreadsTrajectoriesMoreThanRandomOnes() {
        MorrisSettings settings = MorrisSettings.of(8, 11, 1).withCandidates(60);
        try (Workers workers = Workers.of(2)) {
            List<MorrisDesign.Trajectory> selected = MorrisDesign.create(5, settings, workers);
            List<MorrisDesign.Trajectory> firstRandom = MorrisDesign.create(5, MorrisSettings.of(8, 11, 1), workers);

            assertThat(selected).hasSize(8).doesNotHaveDuplicates();
            assertThat(MorrisDesign.spread(selected, 4)).isGreaterThan(MorrisDesign.spread(firstRandom, 4));
        }
    }

    @Property(tries = 100)
    void everyTrajectoryMovesEachParameterOnceByHalfTheLevelsWithinTheGrid(
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll @IntRange(min = 1, max = 5) int halfLevels,
            @ForAll long seed) {
        int p = 2 * halfLevels;
        MorrisDesign.Trajectory t = MorrisDesign.random(k, p, new SplittableRandom(seed));

        assertThat(t.order()).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, k).toArray());
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < k; c++) {
                int change = t.levels()[j + 1][c] - t.levels()[j][c];
                assertThat(change).isEqualTo(c == t.order()[j] ? t.direction()[c] * halfLevels : 0);
                assertThat(t.levels()[j + 1][c]).isBetween(0, p - 1);
                assertThat(t.u(j + 1, c, p)).isStrictlyBetween(0.0, 1.0);
            }
        }
    }
}
