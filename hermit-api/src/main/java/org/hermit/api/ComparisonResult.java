package org.hermit.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hermit.engine.stats.AnnualQuantiles;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.stats.MonthlyQuantiles;
import org.hermit.io.InputException;
import org.hermit.io.output.CompareManifest;
import org.hermit.io.output.OutputFiles;
import org.hermit.io.output.StatisticsCsv;

/**
 * Two scenarios run with the same seeds, and the quantiles of their paired differences b - a (run by run:
 * monthly values month by month, annual values year by year).
 */
public final class ComparisonResult {
    private final EnsembleResult a;
    private final EnsembleResult b;
    private final EnsembleSummary difference;
    private final Path directory;
    private final List<Path> files;

    ComparisonResult(EnsembleResult a, EnsembleResult b, EnsembleSummary difference, Path directory, List<Path> files) {
        this.a = a;
        this.b = b;
        this.difference = difference;
        this.directory = directory;
        this.files = List.copyOf(files);
    }

    /** Reads the output directory of a finished comparison (compare.json, both runs, diff/). */
    public static ComparisonResult read(Path dir) {
        Path json = dir.resolve(OutputFiles.COMPARE_JSON);
        if (!Files.isRegularFile(json)) {
            throw InputException.of(json.toString(), 0, 0, "", "no compare.json: not the output directory of a finished comparison");
        }
        CompareManifest m = CompareManifest.read(json);
        EnsembleResult a = EnsembleResult.read(dir.resolve(m.aDirectory()));
        EnsembleResult b = EnsembleResult.read(dir.resolve(m.bDirectory()));
        Path diff = dir.resolve(m.diffDirectory());
        EnsembleSummary d = StatisticsCsv.read(diff.resolve(OutputFiles.SUMMARY_CSV), diff.resolve(OutputFiles.QUANTILES_CSV),
                a.runs(), a.summary().exact());
        return new ComparisonResult(a, b, d, dir, m.files().stream().map(dir::resolve).toList());
    }

    /** The reference scenario. */
    public EnsembleResult a() {
        return a;
    }

    /** The scenario compared with it. */
    public EnsembleResult b() {
        return b;
    }

    /** Quantiles of the paired differences b - a, every variable. */
    public EnsembleSummary difference() {
        return difference;
    }

    /** Quantiles of b - a month by month for one variable. */
    public MonthlyQuantiles differenceByMonth(String variableId) {
        return difference.monthly(variableId);
    }

    /** Quantiles of annual(b) - annual(a) year by year for one variable. */
    public AnnualQuantiles differenceByYear(String variableId) {
        return difference.annual(variableId);
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    public List<Path> files() {
        return files;
    }
}
