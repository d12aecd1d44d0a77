package org.hermit.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hermit.analysis.Priors;
import org.hermit.analysis.Workers;

/**
 * Data of a tornado chart: how far the output swings when one parameter at a time goes from a low to a
 * high quantile of its prior while every other parameter stays at its median. Bars are ordered from the
 * widest swing down, as the chart draws them top to bottom; fixed parameters have no bar.
 *
 * @param baseline      the output with every parameter at its median
 * @param lowQuantile   the quantile giving each bar's low input (0.05 for the usual p5)
 * @param highQuantile  the quantile giving each bar's high input
 */
public record TornadoChart(double baseline, double lowQuantile, double highQuantile, List<Bar> bars) {

    /**
     * One parameter's bar.
     *
     * @param lowInput     the parameter's value at the low quantile
     * @param highInput    its value at the high quantile
     * @param outputAtLow  the output with the parameter at lowInput
     * @param outputAtHigh the output with the parameter at highInput
     */
    public record Bar(String id, double lowInput, double highInput, double outputAtLow, double outputAtHigh) {
        /** |outputAtHigh - outputAtLow|, the bar's length. */
        public double swing() {
            return Math.abs(outputAtHigh - outputAtLow);
        }
    }

    public TornadoChart {
        bars = List.copyOf(bars);
    }

    /** Evaluates 2k + 1 points (k free parameters) in parallel; deterministic for a deterministic function. */
    public static TornadoChart swing(Priors priors, ToDoubleFunction<double[]> function, double lowQuantile,
                                     double highQuantile, int threads) {
        if (!(lowQuantile > 0 && lowQuantile < highQuantile && highQuantile < 1)) {
            throw new IllegalArgumentException("need 0 < low < high < 1, got " + lowQuantile + " and " + highQuantile);
        }
        int[] free = priors.freeIndices();
        double[] medians = priors.medians();
        double[] outputs;
        try (Workers workers = Workers.of(threads)) {
            outputs = workers.mapToDouble(2 * free.length + 1, e -> {
                double[] x = medians.clone();
                if (e > 0) {
                    int parameter = free[(e - 1) / 2];
                    x[parameter] = priors.get(parameter).quantile((e - 1) % 2 == 0 ? lowQuantile : highQuantile);
                }
                return function.applyAsDouble(x);
            });
        }
        List<Bar> bars = new ArrayList<>(free.length);
        for (int c = 0; c < free.length; c++) {
            int parameter = free[c];
            bars.add(new Bar(priors.id(parameter), priors.get(parameter).quantile(lowQuantile),
                    priors.get(parameter).quantile(highQuantile), outputs[1 + 2 * c], outputs[2 + 2 * c]));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return new TornadoChart(outputs[0], lowQuantile, highQuantile, bars);
    }
}
