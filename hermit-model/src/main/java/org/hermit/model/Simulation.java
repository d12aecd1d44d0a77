package org.hermit.model;

import org.hermit.model.channels.Channels;
import org.hermit.model.channels.RevenueChannel;
import org.hermit.model.economy.Economy;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.policy.Timeline;
import org.hermit.model.scenario.Scenario;

/**
 * A scenario ready to run: its timeline compiled once, shared by every run of an ensemble. Thread-safe: runs only
 * read it. A run is deterministic given its parameter values and seed.
 */
public final class Simulation {
    private final Scenario scenario;
    private final ParameterSpace space;
    private final Inputs inputs;
    private final Timeline timeline;
    private final ChannelFactory channelFactory;

    /** Builds a run's revenue channels, each with its own random stream. */
    @FunctionalInterface
    public interface ChannelFactory {
        RevenueChannel[] create(ParameterValues params, Inputs inputs, Timeline timeline, long runSeed);
    }

    /** A simulation with the model's revenue channels. */
    public Simulation(Scenario scenario, ParameterSpace space, Inputs inputs) {
        this(scenario, space, inputs, Channels::all);
    }

    public Simulation(Scenario scenario, ParameterSpace space, Inputs inputs, ChannelFactory channelFactory) {
        this.channelFactory = channelFactory;
        this.scenario = scenario;
        this.space = space;
        this.inputs = inputs;
        this.timeline = Timeline.compile(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    public ParameterSpace space() {
        return space;
    }

    public Inputs inputs() {
        return inputs;
    }

    public Timeline timeline() {
        return timeline;
    }

    public int months() {
        return timeline.months();
    }

    public int startMonth() {
        return timeline.startMonth();
    }

    /**
     * Runs the scenario once with these parameter values and this run seed, writing every variable of every month
     * into out. Throws {@link ModelException} naming the variable and month if a value turns NaN or infinite.
     */
    public void run(ParameterValues params, long runSeed, SeriesBuffer out) {
        if (params.space() != space) {
            throw new IllegalArgumentException("parameter values belong to another parameter space");
        }
        if (out.months() != timeline.months()) {
            throw new IllegalArgumentException("output buffer has " + out.months() + " months, the scenario " + timeline.months());
        }
        Economy economy = start(params, runSeed);
        for (int t = 0; t < timeline.months(); t++) {
            economy.step(t);
            economy.record(t, out);
        }
    }

    /**
     * A run's economy in its opening position, to be stepped month by month ({@link Economy#step} then
     * {@link Economy#record} for t = 0, 1, ...). {@link #run} does exactly that; benchmarks use it to measure the
     * monthly loop apart from the run's setup.
     */
    public Economy start(ParameterValues params, long runSeed) {
        if (params.space() != space) {
            throw new IllegalArgumentException("parameter values belong to another parameter space");
        }
        return new Economy(timeline, inputs, params, runSeed, channelFactory.create(params, inputs, timeline, runSeed));
    }
}
