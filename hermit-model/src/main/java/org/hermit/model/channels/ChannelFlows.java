package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;

/**
 * What one channel earned in one month: the common contract of every revenue channel. Reused month after month
 * (cleared by the economy before each call), so earning allocates nothing.
 *
 * <p>Gross receipts include goods received in kind, valued in dollars. Costs are hard-currency costs paid abroad
 * (middlemen, laundering, shipping). Of the net cash, a share reaches the treasury and the rest stays with a
 * private domestic sector (enterprises, traders or households). Goods in kind go to the state, except goods handed
 * straight to households (humanitarian food aid that is not diverted), which are neither cash nor the state's.
 */
public final class ChannelFlows {
    private final Channel channel;
    private final double[] grossUsd = new double[Partner.COUNT];
    private final double[] recordedUsd = new double[Partner.COUNT];
    private double costUsd;
    private double stateShare;
    private Sector privateSector = Sector.ENTERPRISES;
    private double inKindUsd;
    private double inKindFoodT;
    private double inKindFuelBbl;
    private double householdInKindUsd;
    private double householdFoodT;
    private double exposedUsd;
    private double volume;
    private double persons;

    public ChannelFlows(Channel channel) {
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }

    public void clear() {
        for (int p = 0; p < Partner.COUNT; p++) {
            grossUsd[p] = 0;
            recordedUsd[p] = 0;
        }
        costUsd = 0;
        inKindUsd = 0;
        inKindFoodT = 0;
        inKindFuelBbl = 0;
        householdInKindUsd = 0;
        householdFoodT = 0;
        exposedUsd = 0;
        volume = 0;
        persons = 0;
    }

    // ---- written by the channel ----

    /** Receipts (cash or goods) from a partner. */
    public void receive(Partner partner, double usd) {
        grossUsd[partner.ordinal()] += usd;
    }

    /** The part of receipts that the partner's customs record as its imports from the DPRK. */
    public void recordInCustoms(Partner partner, double usd) {
        recordedUsd[partner.ordinal()] += usd;
    }

    public void cost(double usd) {
        costUsd += usd;
    }

    /** Part of the receipts came as goods, to the state: food (t), oil products (bbl), other goods. */
    public void inKind(double usd, double foodTonnes, double fuelBarrels) {
        inKindUsd += usd;
        inKindFoodT += foodTonnes;
        inKindFuelBbl += fuelBarrels;
    }

    /** Part of the receipts came as food handed straight to households (aid that is not diverted). */
    public void inKindToHouseholds(double usd, double foodTonnes) {
        householdInKindUsd += usd;
        householdFoodT += foodTonnes;
    }

    /** Receipts that a ban in force covers (tolerated by a partner or evaded). */
    public void exposed(double usd) {
        exposedUsd += usd;
    }

    public void stateShare(double share) {
        this.stateShare = share;
    }

    public void privateSector(Sector sector) {
        this.privateSector = sector;
    }

    /** The channel's own physical volume (tonnes, visitors, BTC...), for diagnostics. */
    public void volume(double v) {
        this.volume = v;
    }

    /** People abroad working in this channel. */
    public void persons(double n) {
        this.persons = n;
    }

    // ---- read by the economy ----

    public double gross(Partner p) {
        return grossUsd[p.ordinal()];
    }

    public double gross(int partner) {
        return grossUsd[partner];
    }

    public double grossTotal() {
        double s = 0;
        for (double g : grossUsd) {
            s += g;
        }
        return s;
    }

    public double recorded(Partner p) {
        return recordedUsd[p.ordinal()];
    }

    public double recorded(int partner) {
        return recordedUsd[partner];
    }

    public double costUsd() {
        return costUsd;
    }

    public double inKindUsd() {
        return inKindUsd;
    }

    public double inKindFoodT() {
        return inKindFoodT;
    }

    public double inKindFuelBbl() {
        return inKindFuelBbl;
    }

    /** Food handed straight to households, valued in dollars (part of the gross receipts, not cash). */
    public double householdInKindUsd() {
        return householdInKindUsd;
    }

    /** Food handed straight to households, tonnes. Total food received = inKindFoodT() + householdFoodT(). */
    public double householdFoodT() {
        return householdFoodT;
    }

    public double exposedUsd() {
        return exposedUsd;
    }

    public double volume() {
        return volume;
    }

    public double persons() {
        return persons;
    }

    public double stateShare() {
        return stateShare;
    }

    public Sector privateSector() {
        return privateSector;
    }

    /** Cash received after costs paid abroad (never negative). */
    public double netCashUsd() {
        return netCashUsd(grossTotal());
    }

    /** The same, given {@link #grossTotal()} (so that the economy sums the partners once a month). */
    public double netCashUsd(double grossTotal) {
        return MinMax.atLeastZero(grossTotal - inKindUsd - householdInKindUsd - costUsd);
    }

    public double stateCashUsd() {
        return stateCashOf(netCashUsd());
    }

    /** The state's share of this net cash. */
    public double stateCashOf(double netCashUsd) {
        return netCashUsd * stateShare;
    }

    public double privateCashUsd() {
        return privateCashOf(netCashUsd());
    }

    /** The private sector's share of this net cash. */
    public double privateCashOf(double netCashUsd) {
        return netCashUsd * (1.0 - stateShare);
    }

    /** What reaches the state: its share of the net cash and all goods in kind. */
    public double stateRevenueUsd() {
        return stateRevenueOf(stateCashUsd());
    }

    /** What reaches the state given its cash share. */
    public double stateRevenueOf(double stateCashUsd) {
        return stateCashUsd + inKindUsd;
    }
}
