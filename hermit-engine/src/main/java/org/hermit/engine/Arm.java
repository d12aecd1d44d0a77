package org.hermit.engine;

/**
 * One of the scenarios an ensemble runs side by side: run r of every arm uses the same run seed, so arms that
 * differ only in policy see the same parameter draws and the same random events (paired runs).
 */
public record Arm(String name, MonthlyModel model, ParameterSampler sampler) {
    public Arm {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an arm needs a name");
        }
        if (sampler.space() != model.space()) {
            throw new IllegalArgumentException("arm " + name + ": the sampler draws another parameter space than the model's");
        }
    }
}
