package org.hermit.model.channels;

import java.util.SplittableRandom;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.policy.Timeline;

/** What a channel gets when a run starts: the run's parameters, the inputs, the timeline and its own random stream. */
public record ChannelSetup(ParameterValues params, Inputs inputs, Timeline timeline, SplittableRandom rng) {

    public double param(String id) {
        return params.get(id);
    }

    /** An input's value for every month of the run. */
    public double[] monthlyInput(String id) {
        return inputs.monthly(id, timeline.startMonth(), timeline.months());
    }
}
