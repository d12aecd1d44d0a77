package org.hermit.analysis.sensitivity;

import java.util.Comparator;
import java.util.List;

/** The outcome of a Morris screening: effects per free parameter in the priors' order. */
public record MorrisResult(int trajectories, int levels, long evaluations, List<MorrisEffect> effects) {

    public MorrisResult {
        effects = List.copyOf(effects);
    }

    /** The effects from the largest mu* down (ties keep the priors' order). */
    public List<MorrisEffect> ranked() {
        return effects.stream().sorted(Comparator.comparingDouble(MorrisEffect::muStar).reversed()).toList();
    }

    /** The effect of one parameter. */
    public MorrisEffect of(String id) {
        return effects.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no free parameter '" + id + "' in the screening"));
    }
}
