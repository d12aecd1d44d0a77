package org.hermit.io.output;

/** The names of the files in an output directory (see the project's output format). */
public final class OutputFiles {
    public static final String SERIES_CSV = "series.csv";
    public static final String SERIES_PARQUET = "series.parquet";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String QUANTILES_CSV = "quantiles.csv";
    public static final String DATABASE = "hermit.duckdb";
    public static final String RUN_JSON = RunManifest.FILE;
    public static final String COMPARE_JSON = "compare.json";
    public static final String DIFF_DIR = "diff";

    private OutputFiles() {}
}
