package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;

/**
 * Leases of embassy and other property abroad: the Berlin embassy's hostel (until a court closed it, 2020-05) and
 * other properties.
 *
 * <pre>
 *   receipts(t) = berlin_usd_per_month * (share of the month before berlin_end_year) + other_usd_per_year / 12
 * </pre>
 */
public final class LeasesChannel implements RevenueChannel {
    private final double berlinUsdPerMonth;
    private final double berlinEndYear;
    private final double otherUsdPerMonth;
    private final double stateShare;

    public LeasesChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.LEASES);
        berlinUsdPerMonth = p.get("berlin_usd_per_month");
        berlinEndYear = p.get("berlin_end_year");
        otherUsdPerMonth = p.get("other_usd_per_year") / 12.0;
        stateShare = p.get("state_share");
    }

    @Override
    public Channel channel() {
        return Channel.LEASES;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        int month = context.month(t);
        double berlin = berlinUsdPerMonth * Dates.overlap(month, Double.NEGATIVE_INFINITY, berlinEndYear);
        out.receive(Partner.OTHER, berlin + otherUsdPerMonth);
        out.stateShare(stateShare);
        out.privateSector(Sector.ENTERPRISES);
        out.volume(berlin + otherUsdPerMonth);
    }
}
