package org.hermit.cli;

import org.hermit.api.RunOptions;
import org.hermit.engine.EnsembleRunner;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of the commands that run ensembles: --runs, --seed, --threads, --series-runs. */
public final class EnsembleOptions {
    @Option(names = "--runs", paramLabel = "N",
            description = "Runs in the ensemble (default: the scenario's). One run uses every parameter's central value;"
                    + " more draw each run's parameters from their distributions.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S",
            description = "Master seed (default: the scenario's). The same seed gives the same results.")
    Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: every core). Results do not depend on it.")
    Integer threads;

    @Option(names = "--series-runs", paramLabel = "N|all", defaultValue = "100",
            description = "Runs whose full monthly series go into series.csv and series.parquet (default: ${DEFAULT-VALUE};"
                    + " 'all' for every run). hermit.duckdb always holds every run.")
    String seriesRuns;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** These options over the defaults; a bad value is a parameter error (exit status 2). */
    RunOptions apply(RunOptions base) {
        RunOptions o = base;
        if (runs != null) {
            if (runs < 1) {
                throw bad("--runs must be at least 1, got " + runs);
            }
            o = o.runs(runs);
        }
        if (seed != null) {
            o = o.seed(seed);
        }
        int t = threads == null ? EnsembleRunner.defaultThreads() : threads;
        if (t < 1) {
            throw bad("--threads must be at least 1, got " + t);
        }
        return o.threads(t).seriesRuns(seriesRuns());
    }

    private int seriesRuns() {
        if (seriesRuns.equalsIgnoreCase("all")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(seriesRuns.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("--series-runs must be a number of runs (0 or more) or 'all', got '" + seriesRuns + "'");
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
