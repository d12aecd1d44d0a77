package org.hermit.engine.stats;

import java.util.List;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;

/**
 * The quantiles of an ensemble: per variable and month (p5, p25, p50, p75, p95) and per variable and year
 * (p5, p50, p95 of annual values), in the order of {@link Variables}.
 *
 * @param runs  number of runs summarised
 * @param exact true when every quantile is exact (type 7), false when t-digest estimates
 */
public record EnsembleSummary(int startMonth, int months, int firstYear, int years, long runs, boolean exact,
                              List<MonthlyQuantiles> monthly, List<AnnualQuantiles> annual) {
    public EnsembleSummary {
        monthly = List.copyOf(monthly);
        annual = List.copyOf(annual);
        if (monthly.size() != Variables.COUNT || annual.size() != Variables.COUNT) {
            throw new IllegalArgumentException("a summary covers every variable");
        }
    }

    public MonthlyQuantiles monthly(int variable) {
        return monthly.get(variable);
    }

    public AnnualQuantiles annual(int variable) {
        return annual.get(variable);
    }

    /** The monthly quantiles of a variable by id; IllegalArgumentException naming the id when unknown. */
    public MonthlyQuantiles monthly(String variableId) {
        return monthly.get(variable(variableId).index());
    }

    /** The annual quantiles of a variable by id; IllegalArgumentException naming the id when unknown. */
    public AnnualQuantiles annual(String variableId) {
        return annual.get(variable(variableId).index());
    }

    private static Variable variable(String id) {
        return Variables.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown output variable '" + id + "'"));
    }
}
