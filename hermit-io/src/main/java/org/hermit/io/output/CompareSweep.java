package org.hermit.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.stats.StreamingQuantiles;
import org.hermit.io.HermitVersion;
import org.hermit.io.InputException;
import org.hermit.model.time.Months;

/**
 * Compares two scenarios run side by side with the same seeds: run r of each uses the same run seed, hence the
 * same parameter draws (wherever the scenarios do not override a parameter differently) and the same random
 * events, so the per-run difference b - a isolates what the scenarios change.
 *
 * <p>Writes DIR/&lt;a&gt;/ and DIR/&lt;b&gt;/ exactly as {@link EnsembleSweep} would, DIR/diff/ with the paired
 * differences in the same formats (series.csv and series.parquet of b - a for the runs whose series are kept,
 * summary.csv and quantiles.csv of the differences: monthly b - a month by month, annual annual(b) - annual(a), and
 * hermit.duckdb with every run's differences and those statistics), and DIR/compare.json.
 */
public final class CompareSweep {
    private CompareSweep() {}

    public static CompareOutcome run(SweepInput a, SweepInput b, Path directory, SweepOptions options) {
        String nameA = a.scenario().name();
        String nameB = b.scenario().name();
        if (nameA.equals(nameB)) {
            throw InputException.of(b.scenario().origin(), 0, 0, "name",
                    "both scenarios are named '" + nameA + "'; give one of them another name to compare them");
        }
        if (a.scenario().startMonth() != b.scenario().startMonth() || a.scenario().endMonth() != b.scenario().endMonth()) {
            throw InputException.of(b.scenario().origin(), 0, 0, "start",
                    "cannot compare runs over different months: " + nameA + " runs " + period(a) + ", " + nameB + " " + period(b));
        }
        if (options.resume()) {
            throw new IllegalArgumentException("a comparison cannot be resumed; run it again");
        }
        long start = System.nanoTime();
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path diffDir = directory.resolve(OutputFiles.DIFF_DIR);
        try {
            Files.createDirectories(diffDir);
            Files.deleteIfExists(directory.resolve(OutputFiles.COMPARE_JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory + ": " + e.getMessage(), e);
        }
        ArmRecorder recA = new ArmRecorder(a, directory.resolve(nameA), options, created);
        ArmRecorder recB;
        try {
            recB = new ArmRecorder(b, directory.resolve(nameB), options, created);
        } catch (RuntimeException e) {
            recA.abandon(e);
            throw e;
        }
        EnsembleStatistics difference = new EnsembleStatistics(a.scenario().startMonth(), a.scenario().months(),
                options.exactLimit(), StreamingQuantiles.DEFAULT_COMPRESSION);
        double runSeconds;
        try {
            EnsembleRunner runner = EnsembleRunner.of(List.of(recA.arm(), recB.arm()), options.seed(), options.threads());
            runner.run(recA.missing(), run -> {
                recA.accept(run.runIndex(), run.runSeed(), run.parameters(0), run.series(0));
                recB.accept(run.runIndex(), run.runSeed(), run.parameters(1), run.series(1));
                difference.addDifference(run.series(0), run.series(1));
            }, options.progress());
            recA.finishRuns();
            recB.finishRuns();
            runSeconds = (System.nanoTime() - start) / 1e9;
        } catch (RuntimeException | Error e) {
            recA.abandon(e);
            recB.abandon(e);
            throw e;
        }
        SweepOutcome outA = recA.writeOutputs(runSeconds, start);
        SweepOutcome outB = recB.writeOutputs(runSeconds, start);
        EnsembleSummary diff = difference.summary();
        Path diffSummary = diffDir.resolve(OutputFiles.SUMMARY_CSV);
        Path diffQuantiles = diffDir.resolve(OutputFiles.QUANTILES_CSV);
        AtomicFiles.writeVia(diffSummary, tmp -> StatisticsCsv.writeSummary(diff, tmp));
        AtomicFiles.writeVia(diffQuantiles, tmp -> StatisticsCsv.writeQuantiles(diff, tmp));
        Path diffSeriesCsv = diffDir.resolve(OutputFiles.SERIES_CSV);
        Path diffSeriesParquet = diffDir.resolve(OutputFiles.SERIES_PARQUET);
        Path diffDatabase = diffDir.resolve(OutputFiles.DATABASE);
        try (SweepStore store = SweepStore.difference(diffDatabase, directory.resolve(nameA).resolve(OutputFiles.DATABASE),
                directory.resolve(nameB).resolve(OutputFiles.DATABASE), recA.identity())) {
            store.writeStatistics(diff);
            int seriesRuns = options.seriesRunsHeld();
            AtomicFiles.writeVia(diffSeriesCsv, tmp -> store.exportCsv(tmp, seriesRuns));
            AtomicFiles.writeVia(diffSeriesParquet, tmp -> store.exportParquet(tmp, seriesRuns));
        }
        List<Path> files = new ArrayList<>();
        files.addAll(outA.files());
        files.addAll(outB.files());
        files.add(diffSeriesCsv);
        files.add(diffSeriesParquet);
        files.add(diffSummary);
        files.add(diffQuantiles);
        files.add(diffDatabase);
        Path compareJson = directory.resolve(OutputFiles.COMPARE_JSON);
        files.add(compareJson);
        CompareManifest manifest = new CompareManifest(nameA, nameB, nameA, nameB, OutputFiles.DIFF_DIR, options.seed(),
                options.runs(), options.threads(), HermitVersion.get(), created,
                Math.round((System.nanoTime() - start) / 1e6) / 1000.0,
                files.stream().map(f -> directory.relativize(f).toString()).toList());
        manifest.write(compareJson);
        return new CompareOutcome(directory, outA, outB, diff, manifest, files);
    }

    private static String period(SweepInput in) {
        return Months.format(in.scenario().startMonth()) + " to " + Months.format(in.scenario().endMonth());
    }
}
