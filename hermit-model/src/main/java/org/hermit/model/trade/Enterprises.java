package org.hermit.model.trade;

import org.hermit.model.math.MinMax;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.accounts.Ledger;
import org.hermit.model.param.ParameterValues;

/**
 * State enterprises and trading companies: they keep the part of export earnings the state leaves them, spend part
 * on imported inputs, sell the rest of their dollars to traders for won, and pay that won to their workers.
 */
public final class Enterprises {
    private final double inputImportShare;
    private double fxUsd;
    private double kpw;
    private double inputImportsUsd;
    private double payoutKpw;

    public Enterprises(ParameterValues p) {
        inputImportShare = p.get("trade.enterprise_input_import_share");
    }

    public void open(Ledger ledger) {
        ledger.open(Sector.ENTERPRISES, fxUsd, kpw);
    }

    public void receiveCash(Ledger ledger, Partner from, double usd) {
        if (usd <= 0) {
            return;
        }
        ledger.usd(Sector.restOfWorld(from), Sector.ENTERPRISES, usd);
        fxUsd += usd;
    }

    /** Won the state pays for orders and construction. */
    public void receiveKpw(double kpwIn) {
        kpw += kpwIn;
    }

    /** Imports inputs (mostly from China) with a share of the dollars on hand; what China records as its exports. */
    public double importInputs(Ledger ledger, double borderOpen) {
        inputImportsUsd = fxUsd * inputImportShare * borderOpen;
        ledger.usd(Sector.ENTERPRISES, Sector.ROW_CHINA, inputImportsUsd);
        fxUsd -= inputImportsUsd;
        return inputImportsUsd;
    }

    /** Sells up to usd dollars to traders at kpwPerUsd, limited by what traders can pay in won. */
    public void sellFxToTraders(Ledger ledger, Traders traders, double kpwPerUsd) {
        double usd = MinMax.min(fxUsd, traders.kpw() / kpwPerUsd);
        if (usd <= 0) {
            return;
        }
        ledger.usd(Sector.ENTERPRISES, Sector.TRADERS, usd);
        ledger.kpw(Sector.TRADERS, Sector.ENTERPRISES, usd * kpwPerUsd);
        fxUsd -= usd;
        kpw += usd * kpwPerUsd;
        traders.boughtFx(usd, usd * kpwPerUsd);
    }

    /** Pays all won on hand to workers (wages and bonuses at market levels). */
    public double payWorkers(Ledger ledger) {
        payoutKpw = kpw;
        ledger.kpw(Sector.ENTERPRISES, Sector.HOUSEHOLDS, payoutKpw);
        kpw = 0;
        return payoutKpw;
    }

    public double fxUsd() {
        return fxUsd;
    }

    public double kpw() {
        return kpw;
    }

    public double inputImportsUsd() {
        return inputImportsUsd;
    }
}
