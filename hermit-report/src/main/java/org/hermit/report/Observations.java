package org.hermit.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * Evidence series that measure a model variable under another id: the evidence calls the treasury's reserves
     * estimates fx_reserves_usd (same unit, US dollars).
     */
    Map<String, String> EVIDENCE_IDS = Map.of("reserves_usd", "fx_reserves_usd");

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

    /**
     * Observed series keyed by the model's variable ids: a series whose id is a variable's, or the evidence id
     * {@link #EVIDENCE_IDS} gives for it. Series the model has no variable for are left out.
     */
    static Observations from(ObservedData data) {
        Map<String, List<ObservedPoint>> byVariable = new HashMap<>();
        for (var variable : Variables.all()) {
            // A series under the variable's own id (a user's file) comes first; the evidence's alias fills the rest.
            Map<String, ObservedPoint> byPeriod = new LinkedHashMap<>();
            for (String id : List.of(variable.id(), EVIDENCE_IDS.getOrDefault(variable.id(), variable.id()))) {
                for (Observation o : data.series(id).map(ObservedSeries::observations).orElse(List.of())) {
                    byPeriod.putIfAbsent(o.frequency() + " " + o.period(), new ObservedPoint(
                            o.frequency() == Frequency.ANNUAL, o.period(), o.value(), o.low(), o.high(), o.source()));
                }
            }
            if (!byPeriod.isEmpty()) {
                byVariable.put(variable.id(), List.copyOf(byPeriod.values()));
            }
        }
        return of(byVariable);
    }
}
