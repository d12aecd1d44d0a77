package org.hermit.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hermit.engine.stats.AnnualQuantiles;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.stats.MonthlyQuantiles;
import org.hermit.io.InputException;
import org.hermit.io.output.OutputFiles;
import org.hermit.io.output.RunManifest;
import org.hermit.io.output.StatisticsCsv;
import org.hermit.io.output.SweepDatabase;
import org.hermit.io.output.SweepOutcome;
import org.hermit.model.output.Variables;

/**
 * The result of an ensemble: its quantiles per variable by month and by year, and the full series of its runs
 * (in memory, the first {@link RunOptions#seriesRuns()} runs; from an output directory, every run).
 */
public final class EnsembleResult {
    private final String scenario;
    private final int runs;
    private final long seed;
    private final EnsembleSummary summary;
    private final Path directory;
    private final RunManifest manifest;
    private final List<Path> files;
    private final Map<Integer, double[]> keptRuns;

    private EnsembleResult(String scenario, int runs, long seed, EnsembleSummary summary, Path directory,
                           RunManifest manifest, List<Path> files, Map<Integer, double[]> keptRuns) {
        this.scenario = scenario;
        this.runs = runs;
        this.seed = seed;
        this.summary = summary;
        this.directory = directory;
        this.manifest = manifest;
        this.files = List.copyOf(files);
        this.keptRuns = Map.copyOf(keptRuns);
    }

    static EnsembleResult of(SweepOutcome outcome) {
        RunManifest m = outcome.manifest();
        return new EnsembleResult(m.scenario(), m.runs(), m.seed(), outcome.summary(), outcome.directory(), m,
                outcome.files(), Map.of());
    }

    static EnsembleResult inMemory(String scenario, int runs, long seed, EnsembleSummary summary,
                                   Map<Integer, double[]> keptRuns) {
        return new EnsembleResult(scenario, runs, seed, summary, null, null, List.of(), keptRuns);
    }

    /**
     * Reads the output directory of a finished run (run.json, summary.csv, quantiles.csv; series from
     * hermit.duckdb). A missing or malformed file is an {@link InputException} naming it.
     */
    public static EnsembleResult read(Path dir) {
        Path runJson = dir.resolve(OutputFiles.RUN_JSON);
        if (!Files.isRegularFile(runJson)) {
            throw InputException.of(runJson.toString(), 0, 0, "",
                    "no run.json: not the output directory of a finished run (an interrupted one resumes with --resume)");
        }
        RunManifest m = RunManifest.read(runJson);
        EnsembleSummary s = StatisticsCsv.read(dir.resolve(OutputFiles.SUMMARY_CSV), dir.resolve(OutputFiles.QUANTILES_CSV),
                m.runs(), m.exactQuantiles());
        return new EnsembleResult(m.scenario(), m.runs(), m.seed(), s, dir, m,
                m.files().stream().map(dir::resolve).toList(), Map.of());
    }

    public String scenario() {
        return scenario;
    }

    public int runs() {
        return runs;
    }

    public long seed() {
        return seed;
    }

    /** Every variable's quantiles, monthly and annual. */
    public EnsembleSummary summary() {
        return summary;
    }

    /** First month (see {@link org.hermit.model.time.Months}). */
    public int startMonth() {
        return summary.startMonth();
    }

    public int months() {
        return summary.months();
    }

    /** p5, p25, p50, p75, p95 of a variable month by month; IllegalArgumentException for an unknown id. */
    public MonthlyQuantiles quantiles(String variableId) {
        return summary.monthly(variableId);
    }

    /** p5, p50, p95 of a variable's annual values year by year; IllegalArgumentException for an unknown id. */
    public AnnualQuantiles annual(String variableId) {
        return summary.annual(variableId);
    }

    /**
     * One run's monthly values of a variable. In memory only the first runs are kept (see
     * {@link RunOptions#seriesRuns()}); from an output directory every run is read from hermit.duckdb. NaN in the
     * months the variable is undefined ({@link org.hermit.model.output.Variable#undefinedMonths()}).
     */
    public double[] series(int run, String variableId) {
        int v = Variables.byId(variableId)
                .orElseThrow(() -> new IllegalArgumentException("unknown output variable '" + variableId + "'")).index();
        if (directory != null) {
            return SweepDatabase.series(directory.resolve(OutputFiles.DATABASE), run, variableId);
        }
        double[] raw = keptRuns.get(run);
        if (raw == null) {
            throw new IllegalArgumentException("run " + run + " was not kept in memory (kept: the first "
                    + keptRuns.size() + " runs); raise seriesRuns or write to a directory");
        }
        int months = summary.months();
        double[] values = java.util.Arrays.copyOfRange(raw, v * months, (v + 1) * months);
        java.util.Arrays.fill(values, 0, Math.min(months, Variables.get(v).undefinedMonths()), Double.NaN);
        return values;
    }

    /** The output directory, when the result was written to one. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** run.json's content, when the result was written to a directory. */
    public Optional<RunManifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** The files written (empty in memory). */
    public List<Path> files() {
        return files;
    }
}
