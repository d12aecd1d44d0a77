package org.hermit.api;

import java.util.List;
import org.hermit.analysis.history.HistoryTable;

/**
 * A scenario's ensemble beside the record, observation by observation ({@link HistoryTable}).
 *
 * @param scenario   the scenario's name
 * @param startMonth first month of the runs
 * @param endMonth   last month of the runs
 * @param runs       ensemble size
 * @param seed       master seed
 * @param rows       series by year: observed, the runs' p5, p50 and p95, the median's error
 * @param summaries  per series: rows, observations, mean absolute and signed error, coverage of the 90% range
 */
public record HistoryResult(String scenario, int startMonth, int endMonth, int runs, long seed, List<HistoryTable.Row> rows,
                            List<HistoryTable.Summary> summaries) {
    public HistoryResult {
        rows = List.copyOf(rows);
        summaries = List.copyOf(summaries);
    }
}
