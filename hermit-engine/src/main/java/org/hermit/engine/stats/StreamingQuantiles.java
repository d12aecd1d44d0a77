package org.hermit.engine.stats;

import com.tdunning.math.stats.MergingDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Quantiles of many cells (variable-month pairs, say) over a stream of observations, one value per cell per
 * observation, fed in a fixed order (run order) so that the result is deterministic.
 *
 * <p>Up to {@code exactLimit} observations every value is kept and quantiles are exact, interpolated linearly
 * between order statistics (Hyndman and Fan's type 7, the default of R and NumPy). Beyond it, each cell moves to
 * a t-digest (a {@link MergingDigest} of the given compression), fed the kept values in their order and then
 * every new one: memory stops growing with the number of observations (about 25 kB per cell at compression
 * 100) and quantiles are approximate, most precise in the tails.
 *
 * <p>Digests are fed in batches, cell by cell, so each cell sees its values in observation order whatever the
 * batch size; cells of a batch are processed in parallel, and while one batch is fed the next one is collected
 * (feeding a t-digest costs about 100 ns a value, the bulk of an ensemble's statistics). Batches are fed one
 * after the other, so none of this changes the result.
 *
 * <p>NaN is a missing value (an output undefined in that period): a cell's quantiles are those of its values that
 * are not NaN, and NaN when it has none.
 */
public final class StreamingQuantiles {
    /** Observations kept exactly before switching to t-digests. */
    public static final int DEFAULT_EXACT_LIMIT = 1000;
    public static final double DEFAULT_COMPRESSION = 100;
    private static final int BATCH = 64;
    private static final int PARALLEL_CHUNK = 512;

    private final int cells;
    private final int exactLimit;
    private final double compression;
    private List<double[]> kept = new ArrayList<>();
    private MergingDigest[] digests;
    private double[][] batch = new double[BATCH][];
    private int batchSize;
    private long count;
    private CompletableFuture<Void> feeding = CompletableFuture.completedFuture(null);

    public StreamingQuantiles(int cells, int exactLimit, double compression) {
        if (cells < 1 || exactLimit < 0 || !(compression >= 20)) {
            throw new IllegalArgumentException("need cells >= 1, exactLimit >= 0, compression >= 20");
        }
        this.cells = cells;
        this.exactLimit = exactLimit;
        this.compression = compression;
    }

    public StreamingQuantiles(int cells) {
        this(cells, DEFAULT_EXACT_LIMIT, DEFAULT_COMPRESSION);
    }

    public int cells() {
        return cells;
    }

    public long count() {
        return count;
    }

    /** True while every value is kept and quantiles are exact. */
    public boolean isExact() {
        return digests == null;
    }

    /** Adds one observation: values[cell] for every cell. The array is copied. */
    public void add(double[] values) {
        add(values, 0);
    }

    /** Adds one observation read from values[offset .. offset + cells). The values are copied. */
    public void add(double[] values, int offset) {
        if (values.length - offset < cells) {
            throw new IllegalArgumentException("expected " + cells + " values");
        }
        double[] row = Arrays.copyOfRange(values, offset, offset + cells);
        count++;
        if (digests == null) {
            kept.add(row);
            if (kept.size() > exactLimit) {
                switchToDigests();
            }
            return;
        }
        batch[batchSize++] = row;
        if (batchSize == BATCH) {
            flush();
        }
    }

    private void switchToDigests() {
        digests = new MergingDigest[cells];
        for (int c = 0; c < cells; c++) {
            digests[c] = new MergingDigest(compression);
        }
        List<double[]> rows = kept;
        kept = null;
        feed(rows.toArray(new double[0][]), rows.size());
    }

    /** Hands the collected batch to the feeding task, after the previous batch is in. */
    private void flush() {
        if (batchSize > 0) {
            double[][] rows = batch;
            int n = batchSize;
            batch = new double[BATCH][];
            batchSize = 0;
            awaitFeeding();
            feeding = CompletableFuture.runAsync(() -> feed(rows, n));
        }
    }

    private void awaitFeeding() {
        try {
            feeding.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void feed(double[][] rows, int n) {
        int chunks = (cells + PARALLEL_CHUNK - 1) / PARALLEL_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(k -> {
            int end = Math.min(cells, (k + 1) * PARALLEL_CHUNK);
            for (int c = k * PARALLEL_CHUNK; c < end; c++) {
                MergingDigest d = digests[c];
                for (int r = 0; r < n; r++) {
                    double x = rows[r][c];
                    if (!Double.isNaN(x)) {
                        d.add(x);
                    }
                }
            }
        });
    }

    /** The quantile p (0..1) of one cell; NaN before the first observation and for a cell of missing values only. */
    public double quantile(int cell, double p) {
        return quantiles(cell, p)[0];
    }

    /** Several quantiles of one cell at once. */
    public double[] quantiles(int cell, double... ps) {
        if (cell < 0 || cell >= cells) {
            throw new IndexOutOfBoundsException("cell " + cell + " of " + cells);
        }
        double[] out = new double[ps.length];
        if (count == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        if (digests == null) {
            double[] present = new double[kept.size()];
            int n = 0;
            for (double[] row : kept) {
                if (!Double.isNaN(row[cell])) {
                    present[n++] = row[cell];
                }
            }
            if (n == 0) {
                Arrays.fill(out, Double.NaN);
                return out;
            }
            double[] sorted = Arrays.copyOf(present, n);
            Arrays.sort(sorted);
            for (int i = 0; i < ps.length; i++) {
                out[i] = exactQuantile(sorted, ps[i]);
            }
            return out;
        }
        flush();
        awaitFeeding();
        if (digests[cell].size() == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        for (int i = 0; i < ps.length; i++) {
            out[i] = digests[cell].quantile(ps[i]);
        }
        return out;
    }

    /** Type 7 quantile of sorted values: linear between the order statistics around (n - 1) p. */
    public static double exactQuantile(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile level must be in 0..1, got " + p);
        }
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double lower = sorted[lo];
        double upper = sorted[lo + 1];
        // Equal neighbours give that value exactly (no rounding from the interpolation).
        return lower == upper ? lower : lower + (h - lo) * (upper - lower);
    }
}
