package org.hermit.model.scenario;

import java.util.List;
import java.util.Map;
import org.hermit.model.param.Distribution;

/**
 * A fully resolved scenario (any {@code extends} already merged by the loader).
 *
 * @param origin        where it came from: "bundled:baseline" or a file path
 * @param contentHash   hash of the resolved content (recorded with every run)
 * @param parameters    overrides of registry parameters: a value (Fixed) or a distribution
 * @param posteriorFile a posterior sample to draw parameters from, or null
 */
public record Scenario(String name, String description, String origin, String contentHash,
                       int startMonth, int endMonth, long seed, int runs, Resolution resolution,
                       Map<String, Distribution> parameters, String posteriorFile,
                       List<PolicyChange> policies, List<ScenarioEvent> events) {
    public Scenario {
        if (endMonth < startMonth) {
            throw new IllegalArgumentException("end month before start month");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        description = description == null ? "" : description;
        contentHash = contentHash == null ? "" : contentHash;
        parameters = Map.copyOf(parameters);
        policies = List.copyOf(policies);
        events = List.copyOf(events);
    }

    public int months() {
        return endMonth - startMonth + 1;
    }

    public Scenario withRuns(int newRuns) {
        return new Scenario(name, description, origin, contentHash, startMonth, endMonth, seed, newRuns, resolution,
                parameters, posteriorFile, policies, events);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, origin, contentHash, startMonth, endMonth, newSeed, runs, resolution, parameters, posteriorFile, policies, events);
    }

    public Scenario withEndMonth(int newEnd) {
        return new Scenario(name, description, origin, contentHash, startMonth, newEnd, seed, runs, resolution,
                parameters, posteriorFile, policies, events);
    }
}
