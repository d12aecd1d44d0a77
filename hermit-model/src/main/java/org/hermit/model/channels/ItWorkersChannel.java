package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;

/**
 * IT workers abroad (mostly in China and Russia) who take remote jobs with foreign firms under false identities.
 *
 * <pre>
 *   workers(t)  = max_workers / (1 + (max_workers / workers_2019 - 1) * exp(-growth_per_year * (year - 2019.5)))
 *   receipts(t) = workers * earnings_usd_per_month                  (paid by foreign firms: partner other)
 * </pre>
 * The state keeps state_share. All receipts are exposed once a ban on DPRK workers abroad is in force.
 */
public final class ItWorkersChannel implements RevenueChannel {
    private final Timeline timeline;
    private final double maxWorkers;
    private final double workers2019;
    private final double growthPerYear;
    private final double earningsUsdPerMonth;
    private final double stateShare;

    public ItWorkersChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.IT_WORKERS);
        timeline = setup.timeline();
        maxWorkers = p.get("max_workers");
        workers2019 = MinMax.min(p.get("workers_2019"), maxWorkers);
        growthPerYear = p.get("growth_per_year");
        earningsUsdPerMonth = p.get("earnings_usd_per_month");
        stateShare = p.get("state_share");
    }

    @Override
    public Channel channel() {
        return Channel.IT_WORKERS;
    }

    /** Workers at a decimal year: a logistic curve through workers_2019 in mid-2019 toward max_workers. */
    double workersAt(double year) {
        if (workers2019 <= 0.0) {
            return 0.0;
        }
        return maxWorkers / (1.0 + (maxWorkers / workers2019 - 1.0) * Math.exp(-growthPerYear * (year - 2019.5)));
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double n = workersAt(Dates.mid(context.month(t)));
        double receipts = n * earningsUsdPerMonth;
        out.receive(Partner.OTHER, receipts);
        out.exposed(receipts * timeline.ban(t, Channel.WORKERS_ABROAD.ordinal(), Partner.OTHER.ordinal()));
        out.stateShare(stateShare);
        out.privateSector(Sector.HOUSEHOLDS);
        out.persons(n);
        out.volume(n);
    }
}
