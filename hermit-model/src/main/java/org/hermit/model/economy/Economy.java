package org.hermit.model.economy;

import org.hermit.model.ModelException;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.policy.Timeline;
import org.hermit.model.time.Months;

/**
 * The economy of one run and its monthly step. Under construction: the actors are being written.
 */
public final class Economy {
    private final Timeline timeline;

    public Economy(Timeline timeline, Inputs inputs, ParameterValues params, long runSeed) {
        this.timeline = timeline;
    }

    public void step(int t) {
        // policies apply -> channels earn -> treasury allocates -> trade and smuggling -> production and harvest
        // -> markets clear -> households consume -> accounts close
    }

    public void record(int t, SeriesBuffer out) {
        for (int v = 0; v < Variables.COUNT; v++) {
            double x = out.get(v, t);
            if (!Double.isFinite(x)) {
                throw new ModelException(Variables.get(v).id() + " became " + x + " in "
                        + Months.format(timeline.startMonth() + t));
            }
        }
    }
}
