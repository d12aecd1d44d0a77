package org.hermit.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ensemble's quantiles of one run directory (or of the paired differences of a comparison), by variable id:
 * monthly p5..p95 from quantiles.csv and annual p5, p50, p95 from summary.csv.
 */
public record Quantiles(Map<String, List<Monthly>> monthly, Map<String, List<Annual>> annual) {
    /** No variables at all. */
    public static final Quantiles EMPTY = new Quantiles(Map.of(), Map.of());

    public Quantiles {
        monthly = Map.copyOf(monthly);
        annual = Map.copyOf(annual);
    }

    /** One variable in one month; month is an index of org.hermit.model.time.Months. */
    public record Monthly(int month, double p5, double p25, double p50, double p75, double p95) {}

    /** One variable in one year, from the runs' annual values. */
    public record Annual(int year, double p5, double p50, double p95) {}

    /** The months of a variable in date order (empty when the output does not have it). */
    public List<Monthly> monthly(String variable) {
        return monthly.getOrDefault(variable, List.of());
    }

    /** The years of a variable in date order (empty when the output does not have it). */
    public List<Annual> annual(String variable) {
        return annual.getOrDefault(variable, List.of());
    }

    public Optional<Annual> annual(String variable, int year) {
        return annual(variable).stream().filter(a -> a.year() == year).findFirst();
    }

    /** The last calendar year whose December is in the monthly output, else the last year of the summary. */
    public Optional<Integer> lastFullYear() {
        int best = Integer.MIN_VALUE;
        for (List<Monthly> months : monthly.values()) {
            for (Monthly m : months) {
                if (Math.floorMod(m.month(), 12) == 11) {
                    best = Math.max(best, Math.floorDiv(m.month(), 12));
                }
            }
        }
        if (best == Integer.MIN_VALUE) {
            for (List<Annual> years : annual.values()) {
                for (Annual a : years) {
                    best = Math.max(best, a.year());
                }
            }
        }
        return best == Integer.MIN_VALUE ? Optional.empty() : Optional.of(best);
    }
}
