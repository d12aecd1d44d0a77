package org.hermit.model.trade;

import org.hermit.model.math.MinMax;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.accounts.Ledger;
import org.hermit.model.param.ParameterValues;

/**
 * Traders (donju) and money changers: they earn dollars smuggling, buy dollars from enterprises and households for
 * won, import consumer goods and grain with them (recorded by China's customs when legal, not when smuggled), sell
 * the goods to households for won, pay market fees to the state and pay out part of their won as the market income
 * of the households who work and trade with them.
 */
public final class Traders {
    private final double importRatePerMonth;
    private final double recordedShare;
    private final double grainShareOfImports;
    private final double payoutShare;
    private final double marketFeeRate;
    private final double russiaShare;
    private final double grainPriceElasticity;
    private final double grainShareMax;

    private double fxUsd;
    private double kpw;
    private double importsUsd;
    private double recordedImportsUsd;
    private double grainImportsUsd;
    private double salesKpw;

    public Traders(ParameterValues p, double initialFxUsd, double initialKpw) {
        importRatePerMonth = p.get("trade.trader_import_rate_per_month");
        recordedShare = p.get("trade.trader_recorded_share");
        grainShareOfImports = p.get("trade.trader_grain_share_of_imports");
        payoutShare = p.get("trade.trader_payout_share");
        marketFeeRate = p.get("trade.market_fee_rate");
        russiaShare = p.get("trade.trader_import_share_russia");
        grainPriceElasticity = p.get("trade.grain_import_price_elasticity");
        grainShareMax = p.get("trade.trader_grain_share_max");
        fxUsd = initialFxUsd;
        kpw = initialKpw;
    }

    public void open(Ledger ledger) {
        ledger.open(Sector.TRADERS, fxUsd, kpw);
    }

    public void beginMonth() {
        salesKpw = 0;
    }

    public void receiveCash(Ledger ledger, Partner from, double usd) {
        if (usd <= 0) {
            return;
        }
        ledger.usd(Sector.restOfWorld(from), Sector.TRADERS, usd);
        fxUsd += usd;
    }

    /** Bookkeeping of a purchase of dollars already posted by the seller. */
    void boughtFx(double usd, double kpwPaid) {
        fxUsd += usd;
        kpw -= kpwPaid;
    }

    /**
     * Imports with a share of the dollars on hand, as far as the border is open and the state tolerates trading;
     * the grain part grows when market rice sells above its landed import cost (grainImportPremium &gt; 1).
     * Returns the dollars spent.
     */
    public double importGoods(Ledger ledger, double borderOpen, double marketTolerance, double grainImportPremium) {
        importsUsd = fxUsd * importRatePerMonth * borderOpen * marketTolerance;
        double fromRussia = importsUsd * russiaShare;
        ledger.usd(Sector.TRADERS, Sector.ROW_CHINA, importsUsd - fromRussia);
        ledger.usd(Sector.TRADERS, Sector.ROW_RUSSIA, fromRussia);
        fxUsd -= importsUsd;
        // Smuggled goods cross where customs do not see them; a closed border leaves smuggling a larger share.
        recordedImportsUsd = (importsUsd - fromRussia) * recordedShare * borderOpen;
        // When grain sells above what it costs landed from China, traders bring in more of it (and less below).
        double premium = MinMax.max(0.2, MinMax.min(5.0, grainImportPremium));
        double grainShare = MinMax.min(grainShareMax, grainShareOfImports * Math.pow(premium, grainPriceElasticity));
        grainImportsUsd = importsUsd * grainShare;
        return importsUsd;
    }

    /** Households pay won for goods and grain. */
    public void sell(Ledger ledger, double kpwReceived) {
        if (kpwReceived <= 0) {
            return;
        }
        ledger.kpw(Sector.HOUSEHOLDS, Sector.TRADERS, kpwReceived);
        kpw += kpwReceived;
        salesKpw += kpwReceived;
    }

    /** Market fees and taxes on this month's sales, paid to the state. Returns the won paid. */
    public double feeDue() {
        return MinMax.min(kpw, salesKpw * marketFeeRate);
    }

    public void paid(double kpwOut) {
        kpw -= kpwOut;
    }

    /** Won paid out as households' market income (wages of helpers, purchases from small producers). */
    public double payout(Ledger ledger) {
        double out = MinMax.atLeastZero(kpw * payoutShare);
        ledger.kpw(Sector.TRADERS, Sector.HOUSEHOLDS, out);
        kpw -= out;
        return out;
    }

    /**
     * Dollars the state sells to traders for won (usd &gt; 0) or buys from them (usd &lt; 0), at kpwPerUsd. The
     * caller has checked that traders can pay.
     */
    public void tradeWithState(Ledger ledger, double usd, double kpwPerUsd) {
        if (usd > 0) {
            ledger.usd(Sector.TREASURY, Sector.TRADERS, usd);
            ledger.kpw(Sector.TRADERS, Sector.TREASURY, usd * kpwPerUsd);
        } else {
            ledger.usd(Sector.TRADERS, Sector.TREASURY, -usd);
            ledger.kpw(Sector.TREASURY, Sector.TRADERS, -usd * kpwPerUsd);
        }
        fxUsd += usd;
        kpw -= usd * kpwPerUsd;
    }

    /** Money changing with households: usd > 0 traders buy dollars, usd < 0 traders sell; at kpwPerUsd. */
    public double exchangeWithHouseholds(Ledger ledger, double usd, double kpwPerUsd) {
        if (usd > 0) {
            usd = MinMax.min(usd, MinMax.atLeastZero(kpw) / kpwPerUsd);
            ledger.usd(Sector.HOUSEHOLDS, Sector.TRADERS, usd);
            ledger.kpw(Sector.TRADERS, Sector.HOUSEHOLDS, usd * kpwPerUsd);
        } else if (usd < 0) {
            usd = -MinMax.min(-usd, MinMax.atLeastZero(fxUsd));
            ledger.usd(Sector.TRADERS, Sector.HOUSEHOLDS, -usd);
            ledger.kpw(Sector.HOUSEHOLDS, Sector.TRADERS, -usd * kpwPerUsd);
        }
        fxUsd += usd;
        kpw -= usd * kpwPerUsd;
        return usd;
    }

    /** Dollars the state confiscates in a currency ban. */
    public void confiscated(double usd) {
        fxUsd -= usd;
    }

    public double fxUsd() {
        return fxUsd;
    }

    public double kpw() {
        return kpw;
    }

    public double importsUsd() {
        return importsUsd;
    }

    public double recordedImportsUsd() {
        return recordedImportsUsd;
    }

    public double grainImportsUsd() {
        return grainImportsUsd;
    }

    public double salesKpw() {
        return salesKpw;
    }
}
