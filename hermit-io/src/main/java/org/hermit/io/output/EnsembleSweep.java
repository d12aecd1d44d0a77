package org.hermit.io.output;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.RunIndices;

/**
 * Runs a scenario's ensemble into an output directory: series.csv, series.parquet, summary.csv, quantiles.csv,
 * hermit.duckdb and run.json (see the project's output format).
 *
 * <p>Crash safety: finished runs are committed to hermit.duckdb in transactions of many runs as they complete.
 * A sweep killed at any point (even kill -9) can be continued with {@code resume}: the runs already stored are
 * kept, the missing ones computed, and the statistics fed every run in run order (stored ones read back), so
 * that every output is identical, byte for byte, to that of an uninterrupted sweep; only run.json's times
 * differ. Each run is stored exactly once.
 *
 * <p>Size: hermit.duckdb holds every run; series.csv and series.parquet hold the first
 * {@link SweepOptions#seriesRuns()} runs (all if negative), since the tidy form of a large ensemble runs to
 * billions of rows. Query every run in the database's {@code series} view or {@code series_wide} table.
 */
public final class EnsembleSweep {
    private EnsembleSweep() {}

    public static SweepOutcome run(SweepInput input, Path directory, SweepOptions options) {
        long start = System.nanoTime();
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ArmRecorder recorder = new ArmRecorder(input, directory, options, created);
        double runSeconds;
        try {
            RunIndices missing = recorder.missing();
            int base = recorder.storedAtStart();
            EnsembleRunner runner = EnsembleRunner.of(recorder.arm(), options.seed(), options.threads());
            runner.run(missing,
                    run -> recorder.accept(run.runIndex(), run.runSeed(), run.parameters(), run.series()),
                    (done, total) -> options.progress().progress(base + done, options.runs()));
            recorder.finishRuns();
            runSeconds = (System.nanoTime() - start) / 1e9;
        } catch (RuntimeException | Error e) {
            recorder.abandon(e);
            throw e;
        }
        return recorder.writeOutputs(runSeconds, start);
    }
}
