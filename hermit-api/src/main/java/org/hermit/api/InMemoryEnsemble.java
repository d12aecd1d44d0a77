package org.hermit.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hermit.engine.Arm;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.ProgressListener;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.stats.StreamingQuantiles;

/** Runs one or two arms without writing files: statistics, the first runs' series, and paired differences. */
final class InMemoryEnsemble {
    private InMemoryEnsemble() {}

    /** The arms' results and, for two arms, the statistics of b - a (else null). */
    record Output(List<EnsembleResult> arms, EnsembleSummary difference) {}

    static Output run(List<Arm> arms, int startMonth, int months, long seed, int runs, int threads, int keepRuns,
                      ProgressListener progress) {
        int keep = keepRuns < 0 ? runs : Math.min(keepRuns, runs);
        List<EnsembleStatistics> stats = new ArrayList<>();
        List<Map<Integer, double[]>> kept = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            stats.add(new EnsembleStatistics(startMonth, months));
            kept.add(new HashMap<>());
        }
        EnsembleStatistics difference = arms.size() == 2
                ? new EnsembleStatistics(startMonth, months, StreamingQuantiles.DEFAULT_EXACT_LIMIT, StreamingQuantiles.DEFAULT_COMPRESSION)
                : null;
        EnsembleRunner.of(arms, seed, threads).runAll(runs, run -> {
            for (int a = 0; a < arms.size(); a++) {
                stats.get(a).add(run.series(a));
                if (run.runIndex() < keep) {
                    kept.get(a).put(run.runIndex(), run.series(a).raw().clone());
                }
            }
            if (difference != null) {
                difference.addDifference(run.series(0), run.series(1));
            }
        }, progress);
        List<EnsembleResult> results = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            results.add(EnsembleResult.inMemory(arms.get(a).name(), runs, seed, stats.get(a).summary(), kept.get(a)));
        }
        return new Output(results, difference == null ? null : difference.summary());
    }
}
