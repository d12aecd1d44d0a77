package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;

/**
 * The sale of one goods channel's monthly potential to its partners, shared by coal, minerals, textiles, seafood
 * and other goods (and traders' smuggling): split by partner shares, each part through the {@link SanctionsRoute},
 * imported content paid abroad, the state's share of the net cash.
 *
 * <p>Parameters (prefix = channel id): share.china, share.russia, share.south_korea (the rest goes to other
 * partners), state_share, import_content_share, and the route's evasion.* parameters.
 */
public final class GoodsSales {
    private final double[] partnerShare = new double[Partner.COUNT];
    private final SanctionsRoute route;
    private final SanctionsRoute.Split split = new SanctionsRoute.Split();
    private final double importContentShare;
    private final double stateShare;
    private final Sector privateSector;
    private final BlockedTrade pool;

    public GoodsSales(double chinaShare, double russiaShare, double southKoreaShare, SanctionsRoute route,
                      double importContentShare, double stateShare, Sector privateSector, BlockedTrade pool) {
        if (chinaShare < 0 || russiaShare < 0 || southKoreaShare < 0) {
            throw new IllegalArgumentException("partner shares must be non-negative, got china "
                    + chinaShare + ", russia " + russiaShare + ", south_korea " + southKoreaShare);
        }
        // Shares are drawn one by one from their priors; when they happen to add up to more than 1 they are
        // scaled down together, leaving nothing for other partners.
        double named = chinaShare + russiaShare + southKoreaShare;
        double scale = named > 1.0 ? 1.0 / named : 1.0;
        partnerShare[Partner.CHINA.ordinal()] = chinaShare * scale;
        partnerShare[Partner.RUSSIA.ordinal()] = russiaShare * scale;
        partnerShare[Partner.SOUTH_KOREA.ordinal()] = southKoreaShare * scale;
        partnerShare[Partner.OTHER.ordinal()] = MinMax.atLeastZero(1.0 - named * scale);
        this.route = route;
        this.importContentShare = importContentShare;
        this.stateShare = stateShare;
        this.privateSector = privateSector;
        this.pool = pool;
    }

    /** The standard goods sale of a channel, its parameters read from the registry. */
    public static GoodsSales fromParams(ChannelParams p, Channel channel, SanctionsRoute.Cap cap, BlockedTrade pool) {
        SanctionsRoute route = SanctionsRoute.fromParams(p, channel, true, true, cap);
        return new GoodsSales(p.get("share.china"), p.get("share.russia"), p.get("share.south_korea"), route,
                p.get("import_content_share"), p.get("state_share"), Sector.ENTERPRISES, pool);
    }

    /**
     * Sells this month's potential (USD at the DPRK's price) and writes the flows. Returns the volume sold in the
     * unit of unitPriceUsd (tonnes when the price is per tonne).
     */
    public double sell(int t, double potentialUsd, double unitPriceUsd, ChannelFlows out) {
        double units = 0.0;
        double received = 0.0;
        double stopped = 0.0;
        for (int p = 0; p < Partner.COUNT; p++) {
            double share = partnerShare[p];
            if (share <= 0.0) {
                continue;
            }
            route.split(t, p, potentialUsd * share, unitPriceUsd, split);
            SanctionsRoute.book(split, p, out);
            units += split.unitsSold();
            received += split.receivedUsd();
            stopped += split.stoppedBySanctionsUsd(route.leakage());
        }
        out.cost(received * importContentShare);
        out.stateShare(stateShare);
        out.privateSector(privateSector);
        pool.add(t, potentialUsd, stopped);
        return units;
    }
}
