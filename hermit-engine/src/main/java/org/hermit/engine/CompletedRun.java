package org.hermit.engine;

import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.param.ParameterValues;

/**
 * A finished run handed to a {@link RunSink}: its index, its seed, and per arm the parameter values drawn and
 * the output. The buffers are reused for later runs once the sink returns: copy what must outlive the call.
 */
public final class CompletedRun {
    private final int runIndex;
    private final long runSeed;
    private final ParameterValues[] parameters;
    private final SeriesBuffer[] series;

    CompletedRun(int runIndex, long runSeed, ParameterValues[] parameters, SeriesBuffer[] series) {
        this.runIndex = runIndex;
        this.runSeed = runSeed;
        this.parameters = parameters;
        this.series = series;
    }

    public int runIndex() {
        return runIndex;
    }

    public long runSeed() {
        return runSeed;
    }

    public int arms() {
        return series.length;
    }

    public ParameterValues parameters(int arm) {
        return parameters[arm];
    }

    public SeriesBuffer series(int arm) {
        return series[arm];
    }

    /** The parameters of the first (or only) arm. */
    public ParameterValues parameters() {
        return parameters[0];
    }

    /** The output of the first (or only) arm. */
    public SeriesBuffer series() {
        return series[0];
    }
}
