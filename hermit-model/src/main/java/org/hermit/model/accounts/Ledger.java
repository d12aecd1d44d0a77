package org.hermit.model.accounts;

import org.hermit.model.math.MinMax;
import org.hermit.model.Sector;

/**
 * The stock-flow ledger. Every dollar and every won that leaves one sector enters another: a flow is posted once,
 * from one sector to another, and the ledger keeps each sector's running holdings from those postings. Actors
 * keep their own stocks too (reserves, money, private dollars); at the month's close {@link #check} compares the
 * two, so a flow an actor forgot to post shows up as an imbalance instead of silently creating money.
 */
public final class Ledger {
    public enum Currency { USD, KPW }

    private static final int S = Sector.COUNT;

    private final double[] usdFlows = new double[S * S];   // this month, [from][to]
    private final double[] kpwFlows = new double[S * S];
    private final double[] usdOpening = new double[S];
    private final double[] kpwOpening = new double[S];
    private final double[] usdHoldings = new double[S];    // opening + postings
    private final double[] kpwHoldings = new double[S];

    /** Sets the opening holdings (at the start of the run). */
    public void open(Sector s, double usd, double kpw) {
        usdHoldings[s.ordinal()] = usd;
        kpwHoldings[s.ordinal()] = kpw;
    }

    /** Starts a month: clears the flows and remembers the opening holdings. */
    public void beginMonth() {
        java.util.Arrays.fill(usdFlows, 0.0);
        java.util.Arrays.fill(kpwFlows, 0.0);
        System.arraycopy(usdHoldings, 0, usdOpening, 0, S);
        System.arraycopy(kpwHoldings, 0, kpwOpening, 0, S);
    }

    public void usd(Sector from, Sector to, double amount) {
        post(usdFlows, usdHoldings, from, to, amount);
    }

    public void kpw(Sector from, Sector to, double amount) {
        post(kpwFlows, kpwHoldings, from, to, amount);
    }

    private static void post(double[] flows, double[] holdings, Sector from, Sector to, double amount) {
        if (amount == 0.0 || from == to) {
            return;
        }
        flows[from.ordinal() * S + to.ordinal()] += amount;
        holdings[from.ordinal()] -= amount;
        holdings[to.ordinal()] += amount;
    }

    /** This month's flow from one sector to another. */
    public double flow(Currency c, Sector from, Sector to) {
        return (c == Currency.USD ? usdFlows : kpwFlows)[from.ordinal() * S + to.ordinal()];
    }

    public double opening(Currency c, Sector s) {
        return (c == Currency.USD ? usdOpening : kpwOpening)[s.ordinal()];
    }

    /** Opening holdings plus this month's net postings. */
    public double holdings(Currency c, Sector s) {
        return (c == Currency.USD ? usdHoldings : kpwHoldings)[s.ordinal()];
    }

    /** Net inflow of a sector this month (inflows minus outflows). */
    public double netFlow(Currency c, Sector s) {
        double[] f = c == Currency.USD ? usdFlows : kpwFlows;
        int k = s.ordinal();
        double net = 0;
        for (int j = 0; j < S; j++) {
            net += f[j * S + k] - f[k * S + j];
        }
        return net;
    }

    /** Sum of all sectors' net flows: zero up to rounding, since every flow has two ends. */
    public double totalNetFlow(Currency c) {
        double sum = 0;
        for (int k = 0; k < S; k++) {
            sum += netFlow(c, Sector.of(k));
        }
        return sum;
    }

    /**
     * The largest gap, over the domestic sectors whose stocks actors hold, between the actor's own stock and the
     * opening holdings plus this month's flows. actorStocks[sector] = the actor's stock; NaN where no actor keeps one.
     */
    public double check(Currency c, double[] actorStocks) {
        double worst = 0;
        for (int k = 0; k < S; k++) {
            Sector s = Sector.of(k);
            double actor = actorStocks[k];
            if (Double.isNaN(actor)) {
                continue;
            }
            double expected = opening(c, s) + netFlow(c, s);
            worst = MinMax.max(worst, Math.abs(actor - expected));
        }
        return worst;
    }
}
