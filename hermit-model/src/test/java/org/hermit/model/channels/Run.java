package org.hermit.model.channels;

import java.util.Map;
import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.policy.Timeline;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;

/** Runs the channels alone over a scenario and keeps what each earned each month, for tests. */
final class Run {
    record Context(Timeline timeline, double productionIndex, double kpwPerUsd) implements ChannelContext {}

    final Timeline timeline;
    final RevenueChannel[] channels;
    final double[][] gross;          // [channel][t]
    final double[][] state;          // [channel][t]
    final double[][] volume;         // [channel][t]
    final double[][] persons;        // [channel][t]
    final double[][] foodT;          // [channel][t] in kind to the state + to households
    final double[][][] byPartner;    // [channel][partner][t]
    final double[][][] recorded;     // [channel][partner][t]

    private Run(Timeline timeline, RevenueChannel[] channels) {
        this.timeline = timeline;
        this.channels = channels;
        int n = timeline.months();
        gross = new double[Channel.COUNT][n];
        state = new double[Channel.COUNT][n];
        volume = new double[Channel.COUNT][n];
        persons = new double[Channel.COUNT][n];
        foodT = new double[Channel.COUNT][n];
        byPartner = new double[Channel.COUNT][Partner.COUNT][n];
        recorded = new double[Channel.COUNT][Partner.COUNT][n];
    }

    static Run of(Scenario scenario) {
        return of(scenario, Registry.central(), 42L);
    }

    static Run of(Scenario scenario, Map<String, Double> overrides) {
        return of(scenario, Registry.central(overrides), 42L);
    }

    static Run of(Scenario scenario, ParameterValues params, long seed) {
        Timeline timeline = Timeline.compile(scenario);
        Run run = new Run(timeline, Channels.all(params, WorldInputs.load(), timeline, seed));
        run.execute();
        return run;
    }

    private void execute() {
        Context ctx = new Context(timeline, 1.0, 8000.0);
        ChannelFlows[] flows = new ChannelFlows[Channel.COUNT];
        for (Channel c : Channel.values()) {
            flows[c.ordinal()] = new ChannelFlows(c);
        }
        for (int t = 0; t < timeline.months(); t++) {
            for (Channel c : Channel.values()) {
                ChannelFlows f = flows[c.ordinal()];
                f.clear();
                channels[c.ordinal()].earn(t, ctx, f);
                int i = c.ordinal();
                gross[i][t] = f.grossTotal();
                state[i][t] = f.stateRevenueUsd();
                volume[i][t] = f.volume();
                persons[i][t] = f.persons();
                foodT[i][t] = f.inKindFoodT() + f.householdFoodT();
                for (Partner p : Partner.values()) {
                    byPartner[i][p.ordinal()][t] = f.gross(p);
                    recorded[i][p.ordinal()][t] = f.recorded(p);
                }
            }
        }
    }

    int t(int year, int month) {
        return Months.of(year, month) - timeline.startMonth();
    }

    /** Sum of a series over a calendar year. */
    double year(double[] series, int year) {
        double s = 0;
        for (int m = 1; m <= 12; m++) {
            int t = t(year, m);
            if (t >= 0 && t < series.length) {
                s += series[t];
            }
        }
        return s;
    }

    double grossYear(Channel c, int year) {
        return year(gross[c.ordinal()], year);
    }

    double partnerYear(Channel c, Partner p, int year) {
        return year(byPartner[c.ordinal()][p.ordinal()], year);
    }

    double recordedYear(Channel c, Partner p, int year) {
        return year(recorded[c.ordinal()][p.ordinal()], year);
    }

    double at(double[][] series, Channel c, int year, int month) {
        return series[c.ordinal()][t(year, month)];
    }
}
