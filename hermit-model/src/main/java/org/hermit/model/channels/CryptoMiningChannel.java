package org.hermit.model.channels;

import java.time.LocalDate;
import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;
import org.hermit.model.time.Months;

/**
 * Bitcoin mining (detected from 2017-05).
 *
 * <pre>
 *   issued(t)   = BTC issued in the calendar month by the {@link BitcoinSchedule} (blocks_per_day)
 *   mined(t)    = issued * hash_share, from start_year
 *   receipts(t) = mined * BTC price (input btc_usd)
 *   cost(t)     = receipts * cost_share           (power that could have been exported, and imported rigs)
 * </pre>
 * Volume: BTC mined.
 */
public final class CryptoMiningChannel implements RevenueChannel {
    private final double[] btcIssued;
    private final double[] btcUsd;
    private final double hashShare;
    private final double startYear;
    private final double costShare;
    private final double stateShare;

    public CryptoMiningChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.CRYPTO_MINING);
        Timeline timeline = setup.timeline();
        BitcoinSchedule schedule = new BitcoinSchedule(p.get("blocks_per_day"));
        btcIssued = new double[timeline.months()];
        int startMonth = timeline.startMonth();
        long day = LocalDate.of(Months.year(startMonth), Months.monthOfYear(startMonth), 1).toEpochDay();
        double supply = BitcoinSchedule.supplyAtHeight(schedule.heightAtEpochDay(day));
        for (int t = 0; t < btcIssued.length; t++) {
            int month = startMonth + t;
            day += Dates.daysInMonth(month);
            double next = BitcoinSchedule.supplyAtHeight(schedule.heightAtEpochDay(day));
            btcIssued[t] = next - supply;
            supply = next;
        }
        btcUsd = setup.monthlyInput(WorldPrices.BTC_USD);
        hashShare = p.get("hash_share");
        startYear = p.get("start_year");
        costShare = p.get("cost_share");
        stateShare = p.get("state_share");
    }

    @Override
    public Channel channel() {
        return Channel.CRYPTO_MINING;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double mined = btcIssued[t] * hashShare * Dates.after(context.month(t), startYear);
        double receipts = mined * btcUsd[t];
        out.receive(Partner.OTHER, receipts);
        out.cost(receipts * costShare);
        out.stateShare(stateShare);
        out.privateSector(Sector.ENTERPRISES);
        out.volume(mined);
    }
}
