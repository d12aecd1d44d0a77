package org.hermit.analysis.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hermit.analysis.Priors;
import org.hermit.analysis.posterior.PosteriorSample;
import org.hermit.model.param.Distribution;
import org.junit.jupiter.api.Test;

class AbcSmcTest {

    /**
     * Normal mean with known variance: prior mu ~ N(0, 1); the sample mean of the data is N(mu, 0.5^2) and
     * was observed at 1.0. The posterior is normal with precision 1 + 1/0.25 = 5, mean 4 * 1.0 / 5 = 0.8
     * and sd sqrt(1/5).
     */
    private static final double PRIOR_SD = 1.0;
    private static final double SAMPLE_MEAN_SD = 0.5;
    private static final double OBSERVED_MEAN = 1.0;

    private static final Priors NORMAL_MEAN_PRIOR = Priors.unnamed(new Distribution.Normal(0, PRIOR_SD));
    private static final AbcModel NORMAL_MEAN_MODEL = (theta, seed) -> {
        double simulatedMean = theta[0] + SAMPLE_MEAN_SD * new SplittableRandom(seed).nextGaussian();
        return Math.abs(simulatedMean - OBSERVED_MEAN);
    };

    private static AbcSettings settings() {
        return AbcSettings.defaults().withPopulationSize(1000).withMaxGenerations(10).withSimulationBudget(60_000)
                .withMinAcceptanceRate(0.02).withSeed(42).withThreads(2);
    }

    @Test
    void recoversTheConjugateNormalPosterior() {
        double precision = 1 / (PRIOR_SD * PRIOR_SD) + 1 / (SAMPLE_MEAN_SD * SAMPLE_MEAN_SD);
        double posteriorMean = (OBSERVED_MEAN / (SAMPLE_MEAN_SD * SAMPLE_MEAN_SD)) / precision;
        double posteriorSd = Math.sqrt(1 / precision);

        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL, settings(), AbcProgress.NONE);

        assertThat(result.last().epsilon()).isLessThan(0.1);
        assertThat(result.population().mean(0)).isCloseTo(posteriorMean, within(0.05));
        assertThat(result.population().sd(0)).isCloseTo(posteriorSd, within(0.04));
        PosteriorSample sample = result.posterior(4000, 7);
        assertThat(sample.size()).isEqualTo(4000);
        assertThat(sample.mean("x1")).isCloseTo(posteriorMean, within(0.05));
    }

    @Test
    void toleranceShrinksAndAcceptedDistancesStayWithinIt() {
        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL, settings(), AbcProgress.NONE);

        List<GenerationStats> history = result.generations();
        assertThat(history.get(0).epsilon()).isInfinite();
        for (int t = 2; t < history.size(); t++) {
            assertThat(history.get(t).epsilon()).isLessThanOrEqualTo(history.get(t - 1).epsilon());
        }
        for (double d : result.population().distances()) {
            assertThat(d).isLessThanOrEqualTo(result.last().epsilon());
        }
        for (GenerationStats g : history) {
            assertThat(g.acceptanceRate()).isBetween(0.0, 1.0);
            assertThat(g.effectiveSampleSize()).isBetween(1.0, 1000.0 + 1e-9);
        }
    }

    /**
     * Linear-Gaussian model with two parameters and a correlated posterior: theta ~ N(0, I),
     * s = A theta + noise with A = [[1, 1], [1, 0]] and noise sd 0.3, observed s = (1.0, 0.2).
     * Posterior precision P = I + A'A / 0.09, posterior mean P^-1 A' s / 0.09.
     */
    @Test
    void recoversACorrelatedTwoParameterPosterior() {
        double noiseVar = 0.09;
        double s1 = 1.0;
        double s2 = 0.2;
        double p11 = 1 + 2 / noiseVar;
        double p12 = 1 / noiseVar;
        double p22 = 1 + 1 / noiseVar;
        double det = p11 * p22 - p12 * p12;
        double c11 = p22 / det;
        double c12 = -p12 / det;
        double c22 = p11 / det;
        double b1 = (s1 + s2) / noiseVar; // A' s / noiseVar
        double b2 = s1 / noiseVar;
        double mean1 = c11 * b1 + c12 * b2;
        double mean2 = c12 * b1 + c22 * b2;
        double correlation = c12 / Math.sqrt(c11 * c22);

        Priors prior = Priors.unnamed(new Distribution.Normal(0, 1), new Distribution.Normal(0, 1));
        AbcModel model = AbcModel.of((theta, seed) -> {
            SplittableRandom rng = new SplittableRandom(seed);
            return new double[] {theta[0] + theta[1] + 0.3 * rng.nextGaussian(), theta[0] + 0.3 * rng.nextGaussian()};
        }, s -> Math.hypot(s[0] - s1, s[1] - s2));

        AbcResult result = AbcSmc.run(prior, model, settings().withSimulationBudget(80_000), AbcProgress.NONE);

        Population p = result.population();
        assertThat(p.mean(0)).isCloseTo(mean1, within(0.06));
        assertThat(p.mean(1)).isCloseTo(mean2, within(0.06));
        assertThat(p.sd(0)).isCloseTo(Math.sqrt(c11), within(0.2 * Math.sqrt(c11)));
        assertThat(p.sd(1)).isCloseTo(Math.sqrt(c22), within(0.2 * Math.sqrt(c22)));
        assertThat(weightedCorrelation(p)).isCloseTo(correlation, within(0.1));
    }

    @Test
    void particlesStayInsideBoundedPriorsAndFixedParametersDoNotMove() {
        // The data push the mean against the upper bound of its uniform prior.
        Priors prior = new Priors(List.of("share", "scale"),
                List.of(new Distribution.Uniform(0, 1), new Distribution.Fixed(3.0)));
        AbcModel model = (theta, seed) -> {
            assertThat(theta[1]).isEqualTo(3.0);
            return Math.abs(theta[0] + 0.2 * new SplittableRandom(seed).nextGaussian() - 0.98);
        };

        AbcResult result = AbcSmc.run(prior, model, settings().withPopulationSize(300).withSimulationBudget(15_000),
                AbcProgress.NONE);

        assertThat(result.generations()).hasSizeGreaterThan(2);
        for (int i = 0; i < result.population().size(); i++) {
            assertThat(result.population().theta(i)[0]).isBetween(0.0, 1.0);
            assertThat(result.population().theta(i)[1]).isEqualTo(3.0);
        }
    }

    @Test
    void truncatedPriorsKeepEveryParticleWithinTheirBounds() {
        // A normal prior truncated to [-1, 0.5], with data pointing at 1: the posterior piles up at 0.5.
        Priors prior = new Priors(List.of("x"), List.of(new Distribution.Normal(0, 1)), new double[] {-1},
                new double[] {0.5});
        AbcModel model = (theta, seed) -> {
            assertThat(theta[0]).isBetween(-1.0, 0.5);
            return Math.abs(theta[0] + 0.3 * new SplittableRandom(seed).nextGaussian() - 1.0);
        };

        AbcResult result = AbcSmc.run(prior, model, settings().withPopulationSize(300).withSimulationBudget(10_000),
                AbcProgress.NONE);

        assertThat(result.population().mean(0)).isBetween(0.0, 0.5);
    }

    @Test
    void resultIsBitIdenticalOnOneAndSeveralThreads() {
        AbcSettings base = settings().withPopulationSize(300).withSimulationBudget(10_000);

        AbcResult single = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL, base.withThreads(1), AbcProgress.NONE);
        AbcResult several = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL, base.withThreads(3), AbcProgress.NONE);

        assertThat(several.generations()).isEqualTo(single.generations());
        assertThat(several.simulations()).isEqualTo(single.simulations());
        assertThat(several.population().weights()).containsExactly(single.population().weights());
        assertThat(several.population().distances()).containsExactly(single.population().distances());
        for (int i = 0; i < single.population().size(); i++) {
            assertThat(several.population().theta(i)).containsExactly(single.population().theta(i));
        }
    }

    @Test
    void aDifferentSeedGivesADifferentPopulation() {
        AbcSettings base = settings().withPopulationSize(100).withMaxGenerations(3);

        AbcResult a = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL, base.withSeed(1), AbcProgress.NONE);
        AbcResult b = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL, base.withSeed(2), AbcProgress.NONE);

        assertThat(a.population().distances()).isNotEqualTo(b.population().distances());
    }

    @Property(tries = 15)
    void neverRunsMoreSimulationsThanTheBudget(@ForAll @IntRange(min = 50, max = 3000) int budget) {
        AtomicLong calls = new AtomicLong();
        AbcModel counted = (theta, seed) -> {
            calls.incrementAndGet();
            return NORMAL_MEAN_MODEL.distance(theta, seed);
        };
        AbcSettings s = settings().withPopulationSize(50).withMaxGenerations(50).withMinAcceptanceRate(0)
                .withSimulationBudget(budget);

        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, counted, s, AbcProgress.NONE);

        assertThat(calls.get()).isEqualTo(result.simulations()).isLessThanOrEqualTo(budget);
        assertThat(result.stopReason()).isEqualTo(StopReason.BUDGET);
        assertThat(result.generations().stream().mapToLong(GenerationStats::simulations).sum())
                .isLessThanOrEqualTo(result.simulations());
    }

    @Test
    void reportsProgressAfterEveryBatchAndGeneration() {
        List<Long> done = new ArrayList<>();
        List<GenerationStats> finished = new ArrayList<>();
        AbcProgress progress = new AbcProgress() {
            @Override
            public void simulations(int generation, long simulationsDone, long budget) {
                assertThat(budget).isEqualTo(5_000);
                done.add(simulationsDone);
            }

            @Override
            public void generationDone(GenerationStats stats) {
                finished.add(stats);
            }
        };

        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL,
                settings().withPopulationSize(200).withSimulationBudget(5_000), progress);

        assertThat(done).isSortedAccordingTo(Long::compare);
        assertThat(done.get(done.size() - 1)).isEqualTo(result.simulations());
        assertThat(finished).isEqualTo(result.generations());
    }

    @Test
    void stopsWhenTheToleranceReachesTheMinimumEpsilon() {
        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL,
                settings().withPopulationSize(200).withMinEpsilon(0.2), AbcProgress.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.MIN_EPSILON);
        assertThat(result.last().epsilon()).isEqualTo(0.2);
        assertThat(Arrays.stream(result.population().distances()).max().orElseThrow()).isLessThanOrEqualTo(0.2);
    }

    @Test
    void stopsAfterTheConfiguredNumberOfGenerations() {
        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL,
                settings().withPopulationSize(100).withMaxGenerations(3), AbcProgress.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.MAX_GENERATIONS);
        assertThat(result.generations()).extracting(GenerationStats::generation).containsExactly(0, 1, 2);
    }

    @Test
    void stopsWhenTooFewProposalsAreAccepted() {
        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL,
                settings().withPopulationSize(100).withMaxGenerations(50).withSimulationBudget(1_000_000)
                        .withMinAcceptanceRate(0.2), AbcProgress.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.MIN_ACCEPTANCE_RATE);
        assertThat(result.simulations()).isLessThan(1_000_000);
    }

    @Test
    void weightedSampleCarriesTheParticleWeights() {
        AbcResult result = AbcSmc.run(NORMAL_MEAN_PRIOR, NORMAL_MEAN_MODEL,
                settings().withPopulationSize(100).withMaxGenerations(3), AbcProgress.NONE);

        PosteriorSample weighted = result.weightedSample();

        assertThat(weighted.isWeighted()).isTrue();
        assertThat(weighted.size()).isEqualTo(100);
        assertThat(weighted.mean("x1")).isCloseTo(result.population().mean(0), within(1e-12));
    }

    @Test
    void aModelThatNeverGivesAFiniteDistanceCannotStart() {
        assertThatThrownBy(() -> AbcSmc.run(NORMAL_MEAN_PRIOR, (theta, seed) -> Double.NaN,
                settings().withPopulationSize(10).withSimulationBudget(100), AbcProgress.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("first population");
    }

    @Test
    void aNegativeDistanceIsAnError() {
        assertThatThrownBy(() -> AbcSmc.run(NORMAL_MEAN_PRIOR, (theta, seed) -> -1,
                settings().withPopulationSize(10), AbcProgress.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("negative distance");
    }

    @Test
    void refusesWhenEveryParameterIsFixed() {
        assertThatThrownBy(() -> AbcSmc.run(Priors.unnamed(new Distribution.Fixed(1)), NORMAL_MEAN_MODEL,
                settings(), AbcProgress.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRejectABudgetBelowOnePopulation() {
        assertThatThrownBy(() -> settings().withPopulationSize(100).withSimulationBudget(99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget");
    }

    private static double weightedCorrelation(Population p) {
        double m0 = p.mean(0);
        double m1 = p.mean(1);
        double cov = 0;
        for (int i = 0; i < p.size(); i++) {
            cov += p.weight(i) * (p.theta(i)[0] - m0) * (p.theta(i)[1] - m1);
        }
        return cov / (p.sd(0) * p.sd(1));
    }
}
