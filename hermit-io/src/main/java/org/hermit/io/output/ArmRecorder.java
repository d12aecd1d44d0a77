package org.hermit.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hermit.engine.Arm;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.RunIndices;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.io.HermitVersion;
import org.hermit.io.InputException;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.time.Months;

/**
 * Records one scenario's sweep into its output directory: stores each finished run in the database and feeds
 * the statistics, in run order. On resume, runs already stored are read back and fed to the statistics at
 * their place in the order, so the statistics see exactly the sequence an uninterrupted sweep would have fed.
 */
final class ArmRecorder {
    private final SweepInput input;
    private final Path directory;
    private final SweepOptions options;
    private final String created;
    private final ParameterSampler sampler;
    private final SweepStore store;
    private final EnsembleStatistics statistics;
    private final BitSet stored;
    private final int storedAtStart;
    private final SweepIdentity identity;
    private int appended;
    private int fedBelow;

    ArmRecorder(SweepInput input, Path directory, SweepOptions options, String created) {
        this.input = input;
        this.directory = directory;
        this.options = options;
        this.created = created;
        this.sampler = ParameterSampler.forEnsemble(input.model().space(), input.scenario().parameters(),
                input.posterior(), options.runs());
        this.identity = SweepIdentity.of(input.scenario(), options.seed(), options.runs(),
                HermitVersion.get(), sampler, input.posterior());
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw InputException.of(directory.toString(), 0, 0, "", "not a directory; the output needs a directory");
        }
        try {
            Files.createDirectories(directory);
            // run.json marks a complete directory: it goes first and comes back last.
            Files.deleteIfExists(directory.resolve(OutputFiles.RUN_JSON));
            if (!options.resume()) {
                for (String name : List.of(OutputFiles.SERIES_CSV, OutputFiles.SERIES_PARQUET, OutputFiles.SUMMARY_CSV,
                        OutputFiles.QUANTILES_CSV)) {
                    Files.deleteIfExists(directory.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory + ": " + e.getMessage(), e);
        }
        Path db = directory.resolve(OutputFiles.DATABASE);
        this.store = options.resume()
                ? SweepStore.resume(db, identity, sampler.uses(), created)
                : SweepStore.create(db, identity, sampler.uses(), created);
        try {
            this.stored = store.storedRuns();
        } catch (RuntimeException e) {
            store.closeQuietly();
            throw e;
        }
        this.storedAtStart = stored.cardinality();
        this.statistics = new EnsembleStatistics(input.scenario().startMonth(), input.scenario().months(),
                options.exactLimit(), org.hermit.engine.stats.StreamingQuantiles.DEFAULT_COMPRESSION);
    }

    Arm arm() {
        return new Arm(input.scenario().name(), input.model(), sampler);
    }

    String name() {
        return input.scenario().name();
    }

    /** The runs still to compute. */
    RunIndices missing() {
        return RunIndices.missing(options.runs(), stored);
    }

    int storedAtStart() {
        return storedAtStart;
    }

    /** One newly finished run, in run order. */
    void accept(int run, long runSeed, ParameterValues params, SeriesBuffer series) {
        feedStoredBelow(run);
        statistics.add(series);
        store.append(run, runSeed, params, series);
        appended++;
        fedBelow = run + 1;
        if (store.commitIfDue()) {
            options.committed().accept(storedAtStart + appended);
        }
    }

    private void feedStoredBelow(int run) {
        int next = stored.nextSetBit(fedBelow);
        if (next >= 0 && next < run) {
            store.replay(fedBelow, run, (r, buffer) -> statistics.add(buffer));
        }
        fedBelow = Math.max(fedBelow, run);
    }

    /** After the last run: feeds any stored runs after it and commits. */
    void finishRuns() {
        feedStoredBelow(options.runs());
        store.commit();
        options.committed().accept(storedAtStart + appended);
    }

    /** After a failure: keeps the runs delivered so far (committed) and closes the database. */
    void abandon(Throwable failure) {
        try {
            store.commit();
            options.committed().accept(storedAtStart + appended);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        store.closeQuietly();
    }

    /** What the sweep is: scenario, seed, runs, months, version, parameters. */
    SweepIdentity identity() {
        return identity;
    }

    /** Writes every output file and closes the database. */
    SweepOutcome writeOutputs(double runSeconds, long startNanos) {
        long writeStart = System.nanoTime();
        List<Path> files = new ArrayList<>();
        EnsembleSummary summary;
        try {
            summary = statistics.summary();
            store.writeStatistics(summary);
            Path summaryCsv = directory.resolve(OutputFiles.SUMMARY_CSV);
            AtomicFiles.writeVia(summaryCsv, tmp -> StatisticsCsv.writeSummary(summary, tmp));
            Path quantilesCsv = directory.resolve(OutputFiles.QUANTILES_CSV);
            AtomicFiles.writeVia(quantilesCsv, tmp -> StatisticsCsv.writeQuantiles(summary, tmp));
            int seriesRuns = options.seriesRunsHeld();
            Path seriesCsv = directory.resolve(OutputFiles.SERIES_CSV);
            AtomicFiles.writeVia(seriesCsv, tmp -> store.exportCsv(tmp, seriesRuns));
            Path seriesParquet = directory.resolve(OutputFiles.SERIES_PARQUET);
            AtomicFiles.writeVia(seriesParquet, tmp -> store.exportParquet(tmp, seriesRuns));
            store.markComplete();
            files.addAll(List.of(seriesCsv, seriesParquet, summaryCsv, quantilesCsv, directory.resolve(OutputFiles.DATABASE)));
        } finally {
            store.close();
        }
        Path runJson = directory.resolve(OutputFiles.RUN_JSON);
        files.add(runJson);
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        double totalSeconds = (System.nanoTime() - startNanos) / 1e9;
        RunManifest manifest = new RunManifest(input.scenario().name(), input.scenario().origin(),
                input.scenario().contentHash(), input.scenario().description(), options.seed(), options.runs(),
                options.threads(), HermitVersion.get(), Months.format(input.scenario().startMonth()),
                Months.format(input.scenario().endMonth()), created,
                new RunManifest.Timings(round(runSeconds), round(writeSeconds), round(totalSeconds), appended, storedAtStart),
                sampler.isCentral() ? "central" : "random", input.posteriorName(), options.seriesRunsHeld(),
                summary.exact(), RunManifest.parametersOf(sampler.uses()),
                files.stream().map(f -> directory.relativize(f).toString()).toList());
        manifest.write(runJson);
        return new SweepOutcome(directory, summary, manifest, files);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
