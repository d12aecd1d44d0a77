package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;

/**
 * State restaurants abroad (about 90 in China, 40 elsewhere in 2016). Their staff are workers abroad, so the
 * repatriation ban on workers applies to them (the workers' ban and enforcement, through the route); some reopen
 * under nominal local ownership (evasion).
 *
 * <pre>
 *   potential_h(t) = count_h * remit_usd_per_year / 12 / state_share     (surplus sent home: the state's take + staff pay)
 * </pre>
 * Volume: restaurants operating (equivalent).
 */
public final class RestaurantsChannel implements RevenueChannel {
    private final double countChina;
    private final double countOther;
    private final double grossPerRestaurantMonth;
    private final double stateShare;
    private final SanctionsRoute route;
    private final SanctionsRoute.Split split = new SanctionsRoute.Split();

    public RestaurantsChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.RESTAURANTS);
        countChina = p.get("count_china");
        countOther = p.get("count_other");
        stateShare = p.get("state_share");
        grossPerRestaurantMonth = p.get("remit_usd_per_year") / 12.0 / stateShare;
        route = SanctionsRoute.fromParams(p, Channel.WORKERS_ABROAD, false, false, SanctionsRoute.Cap.NONE);
    }

    @Override
    public Channel channel() {
        return Channel.RESTAURANTS;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double operating = host(t, Partner.CHINA, countChina, out) + host(t, Partner.OTHER, countOther, out);
        out.stateShare(stateShare);
        out.privateSector(Sector.HOUSEHOLDS);
        out.volume(operating);
    }

    private double host(int t, Partner partner, double count, ChannelFlows out) {
        route.split(t, partner.ordinal(), count * grossPerRestaurantMonth, grossPerRestaurantMonth, split);
        SanctionsRoute.book(split, partner.ordinal(), out);
        return split.unitsSold();
    }
}
