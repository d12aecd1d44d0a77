package org.hermit.io.output;

import org.hermit.engine.MonthlyModel;
import org.hermit.engine.PosteriorDraws;
import org.hermit.model.scenario.Scenario;

/**
 * One scenario ready to sweep: the scenario (for its name, hash and parameter overrides), the model that runs
 * it, and the posterior sample its parameters are drawn from (null for none; posteriorName says where it came
 * from, for the record).
 */
public record SweepInput(Scenario scenario, MonthlyModel model, PosteriorDraws posterior, String posteriorName) {
    public SweepInput {
        if (model.startMonth() != scenario.startMonth() || model.months() != scenario.months()) {
            throw new IllegalArgumentException("the model runs other months than scenario " + scenario.name());
        }
    }

    public SweepInput(Scenario scenario, MonthlyModel model) {
        this(scenario, model, null, null);
    }
}
