package org.hermit.report;

import java.util.List;
import java.util.Map;

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
}
