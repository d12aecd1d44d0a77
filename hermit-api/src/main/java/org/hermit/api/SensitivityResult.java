package org.hermit.api;

import java.time.Duration;
import java.util.List;
import org.hermit.analysis.sensitivity.MorrisEffect;
import org.hermit.analysis.sensitivity.MorrisResult;
import org.hermit.analysis.sensitivity.SobolIndices;
import org.hermit.analysis.sensitivity.SobolResult;
import org.hermit.analysis.sensitivity.TornadoChart;
import org.hermit.model.output.Variable;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;

/**
 * The outcome of {@link Hermit#sensitivity}: which parameters move one output in one year, ranked.
 *
 * @param scenario   the scenario's name
 * @param variable   the output variable explained
 * @param year       the year whose annual value (by the variable's aggregation) is explained
 * @param method     Sobol or Morris
 * @param seed       seed of the runs, the design and the bootstrap
 * @param replicates runs per design point (their outputs averaged)
 * @param threads    worker threads used (the results do not depend on them)
 * @param factors    the parameters varied, most influential first (Sobol: by total index; Morris: by mu*)
 * @param sobol      the Sobol indices (null for Morris)
 * @param morris     the Morris effects (null for Sobol)
 * @param screen     the quick Morris screen that chose the Sobol parameters (null when they were given)
 * @param swing      the output with every varied parameter at its median, and with each alone at its p5 and p95
 * @param modelRuns  model runs done in all (screen, design and swing, times the replicates)
 * @param elapsed    wall-clock time taken
 * @param notes      what a reader should know about the settings (e.g. a posterior file that was not used)
 */
public record SensitivityResult(String scenario, Variable variable, int year, SensitivityOptions.Method method,
                                long seed, int replicates, int threads, List<Factor> factors, SobolResult sobol, MorrisResult morris,
                                MorrisResult screen, TornadoChart swing, long modelRuns, Duration elapsed,
                                List<String> notes) {

    public SensitivityResult {
        factors = List.copyOf(factors);
        notes = List.copyOf(notes);
    }

    /**
     * One parameter varied, with its indices and its one-at-a-time swing.
     *
     * @param rank         1 for the most influential
     * @param parameter    the registry's definition (id, unit, description, sources)
     * @param distribution what it was varied over: the scenario's override, else the registry's prior
     * @param sobol        its Sobol indices (null for Morris)
     * @param morris       its Morris effect (null for Sobol)
     * @param outputAtLow  the output with this parameter at its p5 and every other varied one at its median
     * @param outputAtHigh the same at its p95
     */
    public record Factor(int rank, ParameterDef parameter, Distribution distribution, SobolIndices sobol,
                         MorrisEffect morris, double outputAtLow, double outputAtHigh) {
        public String id() {
            return parameter.id();
        }
    }

    /** "reserves_usd in 2030". */
    public String output() {
        return variable.id() + " in " + year;
    }

    /** The factor of one parameter. */
    public Factor factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("parameter '" + id + "' was not varied"));
    }

    /** N for Sobol, r for Morris. */
    public int designSize() {
        return sobol != null ? sobol.baseSamples() : morris.trajectories();
    }

    /** Design points evaluated by the main analysis (not counting the screen, the swing or replicates). */
    public long designPoints() {
        return sobol != null ? sobol.evaluations() : morris.evaluations();
    }
}
