package org.hermit.model.inputs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The exogenous inputs a simulation reads: world prices, harvests, population. Immutable. */
public final class Inputs {
    private final Map<String, InputSeries> series;
    /** Monthly arrays already built, shared by every run that asks for the same months. */
    private final Map<Monthly, double[]> monthlyArrays = new ConcurrentHashMap<>();

    private record Monthly(String id, int startMonth, int months) {}

    public Inputs(List<InputSeries> series) {
        this.series = series.stream().collect(Collectors.toMap(InputSeries::id, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate input series " + a.id());
        }, TreeMap::new));
    }

    public InputSeries get(String id) {
        InputSeries s = series.get(id);
        if (s == null) {
            throw new IllegalArgumentException("missing input series '" + id + "'; have " + series.keySet());
        }
        return s;
    }

    public boolean has(String id) {
        return series.containsKey(id);
    }

    public Map<String, InputSeries> all() {
        return series;
    }

    /**
     * The value for each month of a run: month t is calendar year startYear-of-(startMonth + t). Built once per
     * series and span and shared by every run: callers must not modify the array.
     */
    public double[] monthly(String id, int startMonth, int months) {
        double[] known = monthlyArrays.get(new Monthly(id, startMonth, months));
        if (known != null) {
            return known;
        }
        double[] built = build(id, startMonth, months);
        monthlyArrays.putIfAbsent(new Monthly(id, startMonth, months), built);
        return built;
    }

    private double[] build(String id, int startMonth, int months) {
        InputSeries s = get(id);
        double[] out = new double[months];
        for (int t = 0; t < months; t++) {
            out[t] = s.at(Math.floorDiv(startMonth + t, 12));
        }
        return out;
    }
}
