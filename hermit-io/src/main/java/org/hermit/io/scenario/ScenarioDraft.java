package org.hermit.io.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hermit.io.yaml.YamlNode;
import org.hermit.model.param.Distribution;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.ScenarioEvent;

/**
 * What one scenario file says, before {@code extends} is resolved. A null field was not written in the file.
 * Values that failed their checks are left out (their problems are reported), so a draft is never half-built.
 */
record ScenarioDraft(String file, String name, String description, Located<String> extendsRef,
                     Located<Integer> start, Located<Integer> end, Long seed, Integer runs, Resolution resolution,
                     Map<String, Distribution> parameters, String posterior,
                     List<PolicyChange> policies, List<ScenarioEvent> events,
                     boolean replacePolicies, boolean replaceEvents) {

    /** A value and where it was written (for problems found after merging, such as end before start). */
    record Located<T>(T value, String file, YamlNode node) {}

    /**
     * This file merged over its parent: the child's scalars win; parameters are merged with the child's winning;
     * the parent's policies and events come first, then the child's, unless the child replaces them.
     */
    ScenarioDraft over(ScenarioDraft parent) {
        Map<String, Distribution> mergedParameters = new LinkedHashMap<>(parent.parameters);
        mergedParameters.putAll(parameters);
        return new ScenarioDraft(file,
                name != null ? name : parent.name,
                description != null ? description : parent.description,
                extendsRef,
                start != null ? start : parent.start,
                end != null ? end : parent.end,
                seed != null ? seed : parent.seed,
                runs != null ? runs : parent.runs,
                resolution != null ? resolution : parent.resolution,
                mergedParameters,
                posterior != null ? posterior : parent.posterior,
                replacePolicies ? policies : concat(parent.policies, policies),
                replaceEvents ? events : concat(parent.events, events),
                false, false);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
