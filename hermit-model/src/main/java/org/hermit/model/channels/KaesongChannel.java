package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;

/**
 * Wages paid in dollars by South Korean firms at the Kaesong Industrial Complex to a DPRK state agency, until
 * South Korea shut the zone (2016-02; a ban through the route) and not during the DPRK's own 2013 suspension.
 *
 * <pre>
 *   workers(t)  = workers_2016 * exp(workers_growth_per_year * (year - early 2016)) before February 2016
 *   receipts(t) = workers * wage_usd_per_month * (1 - share of the month inside [suspension_start, suspension_end))
 * </pre>
 * Volume: workers paid.
 */
public final class KaesongChannel implements RevenueChannel {
    /** workers_2016 is the count reported in February 2016 (decimal year). */
    static final double WORKERS_REFERENCE_YEAR = 2016.0 + 1.5 / 12.0;

    private final double workers2016;
    private final double growthPerYear;
    private final double wageUsdPerMonth;
    private final double suspensionStart;
    private final double suspensionEnd;
    private final double stateShare;
    private final SanctionsRoute route;
    private final SanctionsRoute.Split split = new SanctionsRoute.Split();

    public KaesongChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.KAESONG);
        workers2016 = p.get("workers_2016");
        growthPerYear = p.get("workers_growth_per_year");
        wageUsdPerMonth = p.get("wage_usd_per_month");
        suspensionStart = p.get("suspension_start");
        suspensionEnd = p.get("suspension_end");
        stateShare = p.get("state_share");
        route = SanctionsRoute.withoutEvasion(setup.timeline(), Channel.KAESONG, false, false);
    }

    @Override
    public Channel channel() {
        return Channel.KAESONG;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        int month = context.month(t);
        double year = Dates.mid(month);
        double workers = workers2016 * Math.exp(growthPerYear * MinMax.min(0.0, year - WORKERS_REFERENCE_YEAR));
        double operating = 1.0 - Dates.overlap(month, suspensionStart, suspensionEnd);
        route.split(t, Partner.SOUTH_KOREA.ordinal(), workers * wageUsdPerMonth * operating, wageUsdPerMonth, split);
        SanctionsRoute.book(split, Partner.SOUTH_KOREA.ordinal(), out);
        out.stateShare(stateShare);
        out.privateSector(Sector.HOUSEHOLDS);
        out.volume(split.unitsSold());
    }
}
