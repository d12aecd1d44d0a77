package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;
import org.hermit.model.time.Months;

/**
 * Labourers abroad, by host (China, Russia, others): a stock of workers whose wages the state takes most of.
 *
 * <pre>
 *   demand_h(t)  = max_workers_h (+ war_extra_workers * war_demand for Russia)
 *   allowed_h(t) = demand_h * (1 - ban_h * enforcement_h)          (ban: UNSCR 2397's repatriation, rising to 1)
 *   W below allowed: W += (allowed - W) * (1 - exp(-deployment_rate / 12)) * (1 - closure) * (1 - freeze * enforcement_h)
 *   W above allowed: W -= (W - allowed) * (1 - closure)            (sent home as the ban rises; a closed border strands them)
 *   receipts_h   = W * wage_usd_per_month_h
 * </pre>
 * The stock at the scenario's start is the unconstrained path from the January 2010 stock (workers_2010).
 * The state keeps state_share of the wages; the workers' families the rest. Receipts covered by the repatriation
 * ban are exposed. Volume and persons: workers abroad.
 */
public final class WorkersAbroadChannel implements RevenueChannel {
    /** The hosts, as partners. */
    static final Partner[] HOSTS = {Partner.CHINA, Partner.RUSSIA, Partner.OTHER};
    private static final int REFERENCE_MONTH = Months.of(2010, 1);

    private final Timeline timeline;
    private final double[] maxWorkers = new double[HOSTS.length];
    private final double[] wageUsdPerMonth = new double[HOSTS.length];
    private final double[] workers = new double[HOSTS.length];
    private final double russiaWarExtraWorkers;
    private final double monthlyApproach;
    private final double stateShare;

    public WorkersAbroadChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.WORKERS_ABROAD);
        timeline = setup.timeline();
        double ratePerYear = p.get("deployment_rate_per_year");
        monthlyApproach = 1.0 - Math.exp(-ratePerYear / 12.0);
        russiaWarExtraWorkers = p.get("russia.war_extra_workers");
        stateShare = p.get("state_share");
        double yearsSince2010 = (timeline.startMonth() - REFERENCE_MONTH) / 12.0;
        for (int h = 0; h < HOSTS.length; h++) {
            String host = HOSTS[h].id();
            maxWorkers[h] = p.get(host + ".max_workers");
            wageUsdPerMonth[h] = p.get(host + ".wage_usd_per_month");
            double w2010 = p.get(host + ".workers_2010");
            workers[h] = MinMax.atLeastZero(maxWorkers[h] - (maxWorkers[h] - w2010) * Math.exp(-ratePerYear * yearsSince2010));
        }
    }

    @Override
    public Channel channel() {
        return Channel.WORKERS_ABROAD;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        int channel = Channel.WORKERS_ABROAD.ordinal();
        double closure = timeline.lever(t, Lever.BORDER_CLOSURE);
        double war = timeline.lever(t, Lever.WAR_DEMAND);
        boolean freeze = timeline.workerFreeze(t);
        double total = 0.0;
        for (int h = 0; h < HOSTS.length; h++) {
            int partner = HOSTS[h].ordinal();
            double ban = timeline.ban(t, channel, partner);
            double enforcement = timeline.enforcement(t, channel, partner);
            double demand = maxWorkers[h] + (HOSTS[h] == Partner.RUSSIA ? russiaWarExtraWorkers * war : 0.0);
            double allowed = demand * (1.0 - ban * enforcement);
            double w = workers[h];
            if (w < allowed) {
                double newPermits = freeze ? 1.0 - enforcement : 1.0;
                w += (allowed - w) * monthlyApproach * (1.0 - closure) * newPermits;
            } else {
                w -= (w - allowed) * (1.0 - closure);
            }
            workers[h] = w;
            total += w;
            double wagesUsd = w * wageUsdPerMonth[h];
            out.receive(HOSTS[h], wagesUsd);
            out.exposed(wagesUsd * ban);
        }
        out.stateShare(stateShare);
        out.privateSector(Sector.HOUSEHOLDS);
        out.persons(total);
        out.volume(total);
    }

    /** Workers abroad in a host now (after the last month earned). */
    public double workers(Partner host) {
        for (int h = 0; h < HOSTS.length; h++) {
            if (HOSTS[h] == host) {
                return workers[h];
            }
        }
        return 0.0;
    }
}
