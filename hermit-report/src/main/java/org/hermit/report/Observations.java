package org.hermit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import org.hermit.model.output.Variables;

/** Observed data by output variable id (the ids of org.hermit.model.output.Variables). */
@FunctionalInterface
public interface Observations {

    /** The observations of a variable, in any order; empty when the evidence has none. */
    List<ObservedPoint> of(String variableId);

    static Observations none() {
        return id -> List.of();
    }

    static Observations of(Map<String, List<ObservedPoint>> byVariable) {
        Map<String, List<ObservedPoint>> copy = Map.copyOf(byVariable);
        return id -> copy.getOrDefault(id, List.of());
    }

    /** The evidence bundled with Hermit, curated into observed series. */
    static Observations bundled() {
        return from(ObservedData.bundled());
    }

    /** Observed series whose ids are the model's variable ids; series the model has no variable for are left out. */
    static Observations from(ObservedData data) {
        Map<String, List<ObservedPoint>> byVariable = new HashMap<>();
        for (var variable : Variables.all()) {
            data.series(variable.id()).map(ObservedSeries::observations).ifPresent(list -> {
                List<ObservedPoint> points = new ArrayList<>(list.size());
                for (Observation o : list) {
                    points.add(new ObservedPoint(o.frequency() == Frequency.ANNUAL, o.period(), o.value(), o.low(),
                            o.high(), o.source()));
                }
                byVariable.put(variable.id(), List.copyOf(points));
            });
        }
        return of(byVariable);
    }
}
