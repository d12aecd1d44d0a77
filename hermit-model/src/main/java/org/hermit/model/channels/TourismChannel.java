package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;

/**
 * Foreign tourists: Chinese, Russian and Western visitors, South Koreans at Mount Kumgang (until South Korea
 * suspended the tours, 2008-07), Russians at Wonsan-Kalma (from 2025-07).
 *
 * <pre>
 *   chinese(t)  = china.visitors_2019 * exp(china.growth_per_year * (year - 2019.5)) before 2019.5 * openness
 *   russian(t)  = russia.visitors_per_year * openness_russia, openness_russia = max(openness, min(1, war_demand))
 *   western(t)  = western.visitors_per_year * openness
 *   kumgang(t)  = kumgang.visitors_per_year * openness                (South Korea; the suspension is a ban)
 *   wonsan(t)   = wonsan_kalma.visitors_per_year * openness_russia from wonsan_kalma.opening_year
 *   receipts    = visitors / 12 * spend per visitor, each through the route: the border closure stops it
 * </pre>
 * Russians come when the alliance is active even while others are kept out (2024-25). Volume: visitors.
 */
public final class TourismChannel implements RevenueChannel {
    private final Timeline timeline;
    private final double chinaVisitors2019;
    private final double chinaGrowth;
    private final double chinaSpend;
    private final double russiaVisitors;
    private final double russiaSpend;
    private final double westernVisitors;
    private final double westernSpend;
    private final double kumgangVisitors;
    private final double kumgangPayment;
    private final double wonsanOpeningYear;
    private final double wonsanVisitors;
    private final double wonsanSpend;
    private final double stateShare;
    private final SanctionsRoute route;
    private final SanctionsRoute.Split split = new SanctionsRoute.Split();

    public TourismChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.TOURISM);
        timeline = setup.timeline();
        chinaVisitors2019 = p.get("china.visitors_2019");
        chinaGrowth = p.get("china.growth_per_year");
        chinaSpend = p.get("china.spend_usd_per_visitor");
        russiaVisitors = p.get("russia.visitors_per_year");
        russiaSpend = p.get("russia.spend_usd_per_visitor");
        westernVisitors = p.get("western.visitors_per_year");
        westernSpend = p.get("western.spend_usd_per_visitor");
        kumgangVisitors = p.get("kumgang.visitors_per_year");
        kumgangPayment = p.get("kumgang.payment_usd_per_visitor");
        wonsanOpeningYear = p.get("wonsan_kalma.opening_year");
        wonsanVisitors = p.get("wonsan_kalma.visitors_per_year");
        wonsanSpend = p.get("wonsan_kalma.spend_usd_per_visitor");
        stateShare = p.get("state_share");
        route = SanctionsRoute.withoutEvasion(timeline, Channel.TOURISM, true, false);
    }

    @Override
    public Channel channel() {
        return Channel.TOURISM;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        int month = context.month(t);
        double year = Dates.mid(month);
        double openness = timeline.lever(t, Lever.TOURISM_OPENNESS);
        double opennessRussia = MinMax.max(openness, MinMax.min(1.0, timeline.lever(t, Lever.WAR_DEMAND)));
        double visitors = 0.0;
        visitors += visit(t, Partner.CHINA,
                chinaVisitors2019 * Dates.grownInto(year, 2019, chinaGrowth) * openness, chinaSpend, out);
        visitors += visit(t, Partner.RUSSIA, russiaVisitors * opennessRussia, russiaSpend, out);
        visitors += visit(t, Partner.RUSSIA,
                wonsanVisitors * opennessRussia * Dates.after(month, wonsanOpeningYear), wonsanSpend, out);
        visitors += visit(t, Partner.OTHER, westernVisitors * openness, westernSpend, out);
        visitors += visit(t, Partner.SOUTH_KOREA, kumgangVisitors * openness, kumgangPayment, out);
        out.stateShare(stateShare);
        out.privateSector(Sector.ENTERPRISES);
        out.volume(visitors);
    }

    private double visit(int t, Partner from, double visitorsPerYear, double spendUsd, ChannelFlows out) {
        route.split(t, from.ordinal(), visitorsPerYear / 12.0 * spendUsd, spendUsd, split);
        SanctionsRoute.book(split, from.ordinal(), out);
        return split.unitsSold();
    }
}
