package org.hermit.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class StreamingQuantilesTest {
    static final double[] LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** Three cells with different shapes: normal, heavy-tailed log-normal, and a lumpy mixture with ties. */
    static double[][] observations(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] rows = new double[n][3];
        for (int i = 0; i < n; i++) {
            rows[i][0] = 100 + 15 * rng.nextGaussian();
            rows[i][1] = Math.exp(2 * rng.nextGaussian());
            rows[i][2] = rng.nextDouble() < 0.3 ? 0.0 : Math.floor(rng.nextDouble() * 20);
        }
        return rows;
    }

    static double[] column(double[][] rows, int c) {
        return Arrays.stream(rows).mapToDouble(r -> r[c]).toArray();
    }

    static double oracle(double[] values, double p) {
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(values);
        return percentile.evaluate(p * 100);
    }

    @Property(tries = 60)
    void smallEnsemblesGetExactType7Quantiles(@ForAll @IntRange(min = 1, max = 300) int n, @ForAll long seed) {
        double[][] rows = observations(seed, n);
        StreamingQuantiles q = new StreamingQuantiles(3, 1000, 100);
        for (double[] r : rows) {
            q.add(r);
        }
        assertThat(q.isExact()).isTrue();
        for (int c = 0; c < 3; c++) {
            double[] col = column(rows, c);
            for (double p : LEVELS) {
                assertThat(q.quantile(c, p)).isCloseTo(oracle(col, p), within(1e-9 * (1 + Math.abs(oracle(col, p)))));
            }
        }
    }

    /**
     * Beyond the exact limit, the t-digest estimate must sit at the right rank: the share of observations below it
     * is within one percentage point of the level asked for.
     */
    @Test
    void largeEnsemblesAgreeWithExactQuantilesWithinOnePercentOfRank() {
        int n = 20_000;
        double[][] rows = observations(42, n);
        StreamingQuantiles q = new StreamingQuantiles(3, 500, 100);
        for (double[] r : rows) {
            q.add(r);
        }
        assertThat(q.isExact()).isFalse();
        for (int c = 0; c < 2; c++) {
            double[] sorted = column(rows, c);
            Arrays.sort(sorted);
            for (double p : LEVELS) {
                double estimate = q.quantile(c, p);
                double rank = rankOf(sorted, estimate);
                assertThat(rank).as("cell %d level %.2f", c, p).isCloseTo(p, within(0.01));
            }
        }
        // With ties (30% zeros, then whole numbers) an estimate may fall between two adjacent observed values:
        // measure its distance to the level by the interval of ranks it spans, [share below, share at or below].
        double[] lumpy = column(rows, 2);
        Arrays.sort(lumpy);
        for (double p : LEVELS) {
            double estimate = q.quantile(2, p);
            double below = shareBelow(lumpy, estimate, false);
            double atOrBelow = shareBelow(lumpy, estimate, true);
            double distance = p < below ? below - p : p > atOrBelow ? p - atOrBelow : 0;
            assertThat(distance).as("lumpy cell, level %.2f, estimate %f", p, estimate).isLessThan(0.02);
            assertThat(estimate).isBetween(lumpy[0], lumpy[lumpy.length - 1]);
        }
    }

    static double shareBelow(double[] sorted, double x, boolean inclusive) {
        int k = 0;
        for (double v : sorted) {
            if (v < x || (inclusive && v == x)) {
                k++;
            }
        }
        return k / (double) sorted.length;
    }

    @Test
    void digestEstimatesAreCloseInValueForASmoothDistribution() {
        double[][] rows = observations(7, 5_000);
        StreamingQuantiles q = new StreamingQuantiles(3, 0, 100);
        for (double[] r : rows) {
            q.add(r);
        }
        double[] normal = column(rows, 0);
        for (double p : LEVELS) {
            // 15 is the normal cell's standard deviation: within 2% of it.
            assertThat(q.quantile(0, p)).isCloseTo(oracle(normal, p), within(0.3));
        }
    }

    @Test
    void theSameStreamGivesTheSameQuantilesAcrossTheSwitchToDigests() {
        double[][] rows = observations(3, 3_000);
        StreamingQuantiles a = new StreamingQuantiles(3, 1000, 100);
        StreamingQuantiles b = new StreamingQuantiles(3, 1000, 100);
        for (double[] r : rows) {
            a.add(r);
            b.add(r);
        }
        for (int c = 0; c < 3; c++) {
            assertThat(a.quantiles(c, LEVELS)).isEqualTo(b.quantiles(c, LEVELS));
        }
    }

    @Test
    void feedingAnOffsetSliceReadsOnlyThatSlice() {
        StreamingQuantiles q = new StreamingQuantiles(2);
        q.add(new double[] {9, 1, 2, 9}, 1);
        q.add(new double[] {9, 3, 4, 9}, 1);
        assertThat(q.quantile(0, 0.5)).isEqualTo(2.0);
        assertThat(q.quantile(1, 0.5)).isEqualTo(3.0);
        assertThat(q.count()).isEqualTo(2);
    }

    @Test
    void oneRunIsItsOwnQuantiles() {
        StreamingQuantiles q = new StreamingQuantiles(1);
        q.add(new double[] {3.25});
        assertThat(q.quantiles(0, LEVELS)).containsOnly(3.25);
    }

    static double rankOf(double[] sorted, double x) {
        int below = 0;
        int equal = 0;
        for (double v : sorted) {
            if (v < x) {
                below++;
            } else if (v == x) {
                equal++;
            }
        }
        return (below + equal / 2.0) / sorted.length;
    }

    @Test
    void missingValuesAreLeftOutExactlyAndInDigests() {
        for (int exactLimit : new int[] {1000, 2}) {
            StreamingQuantiles q = new StreamingQuantiles(2, exactLimit, 100);
            for (int r = 1; r <= 5; r++) {
                q.add(new double[] {Double.NaN, r % 2 == 0 ? Double.NaN : r});
            }
            assertThat(q.quantiles(0, 0.05, 0.5, 0.95)).as("limit %d", exactLimit).containsOnly(Double.NaN);
            // Only 1, 3, 5 are present.
            assertThat(q.quantile(1, 0.5)).as("limit %d", exactLimit).isEqualTo(3.0);
        }
    }
}
