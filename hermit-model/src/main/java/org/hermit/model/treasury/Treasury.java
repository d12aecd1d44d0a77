package org.hermit.model.treasury;

import org.hermit.model.math.MinMax;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.accounts.Ledger;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.time.Months;

/**
 * The regime's hard-currency account (reserves) and its won account. It receives the state's share of every
 * channel, spends by priority (weapons programmes, elite goods, strategic imports, food) down to a reserve floor,
 * and issues won to pay for its won budget: what it pays out in won beyond what it collects is new money.
 */
public final class Treasury {
    /** Spending categories in priority order. */
    public static final int WEAPONS = 0;
    public static final int ELITE = 1;
    public static final int STRATEGIC = 2;
    public static final int FOOD = 3;
    private static final int CATEGORIES = 4;

    private final double reserveFloorUsd;
    private final double drawdownPerMonth;
    private final double incomeSpendShare;
    private final double weaponsUsdPerMonth;
    private final double eliteUsdPerMonth;
    private final double surplusSpendShare;
    private final double interventionStrength;
    private final double interventionMaxShare;
    private final double anchorWeight;
    private final double referenceWeight;
    private final int defenceStartMonth;
    private final double purchaseShare;
    private final double otherWonSpendingKpw;
    private final double[] importPartnerShares = new double[Partner.COUNT];

    private double reservesUsd;
    /**
     * The rate the state defends: an exponential average of the market rate, over the reference's memory until the
     * defence begins (the rate people had grown used to), over the anchor's longer memory once it has begun.
     */
    private double defendedKpwPerUsd;
    private double kpwBalance;           // negative: won issued and not yet taken back
    private double stateCashThisMonth;
    private final double[] targetUsd = new double[CATEGORIES];
    private final double[] spentUsd = new double[CATEGORIES];

    public Treasury(ParameterValues p, double initialMoneyStockKpw) {
        reservesUsd = p.get("treasury.initial_reserves_usd");
        reserveFloorUsd = p.get("treasury.reserve_floor_usd");
        drawdownPerMonth = p.get("treasury.drawdown_share_per_month");
        incomeSpendShare = p.get("treasury.income_spend_share");
        weaponsUsdPerMonth = p.get("treasury.weapons_usd_per_year") / 12.0;
        eliteUsdPerMonth = p.get("treasury.elite_usd_per_year") / 12.0;
        surplusSpendShare = p.get("treasury.surplus_spend_share");
        interventionStrength = p.get("treasury.fx_intervention_strength");
        interventionMaxShare = p.get("treasury.fx_intervention_max_share");
        anchorWeight = 1.0 / p.get("treasury.fx_anchor_months");
        referenceWeight = 1.0 / p.get("treasury.fx_reference_months");
        // A decimal year (2013.5 = July 2013) to a month index of the calendar.
        double start = p.get("treasury.fx_defence_start_year");
        int startYear = (int) Math.floor(start);
        defenceStartMonth = Months.of(startYear, 1) + (int) Math.floor((start - startYear) * 12.0);
        purchaseShare = p.get("treasury.fx_purchase_share");
        otherWonSpendingKpw = p.get("treasury.other_won_spending_kpw_per_month");
        double china = p.get("treasury.import_share_china");
        double russia = p.get("treasury.import_share_russia");
        // The two priors can draw shares adding to more than all of the imports: then they are scaled to add to
        // one, so that what the partners are paid is what leaves the reserves.
        double named = china + russia;
        double other = MinMax.atLeastZero(1.0 - china - russia);
        if (named > 1.0) {
            china /= named;
            russia /= named;
            other = 0.0;
        }
        importPartnerShares[Partner.CHINA.ordinal()] = china;
        importPartnerShares[Partner.RUSSIA.ordinal()] = russia;
        importPartnerShares[Partner.OTHER.ordinal()] = other;
        kpwBalance = -initialMoneyStockKpw;
    }

    public void open(Ledger ledger) {
        ledger.open(Sector.TREASURY, reservesUsd, kpwBalance);
    }

    public void beginMonth() {
        stateCashThisMonth = 0;
        for (int i = 0; i < CATEGORIES; i++) {
            targetUsd[i] = 0;
            spentUsd[i] = 0;
        }
    }

    /** The state's cash share of a channel's receipts from a partner. */
    public void receiveCash(Ledger ledger, Partner from, double usd) {
        if (usd <= 0) {
            return;
        }
        ledger.usd(Sector.restOfWorld(from), Sector.TREASURY, usd);
        reservesUsd += usd;
        stateCashThisMonth += usd;
    }

    /** Goods received in kind are received and used at once: an income and an import of the same value. */
    public void receiveInKind(Ledger ledger, Partner from, double usd) {
        if (usd <= 0) {
            return;
        }
        ledger.usd(Sector.restOfWorld(from), Sector.TREASURY, usd);
        ledger.usd(Sector.TREASURY, Sector.restOfWorld(from), usd);
    }

    /**
     * Sets this month's spending wishes beyond the fixed weapons and elite budgets: strategic imports (fuel and
     * inputs) and food imports, in USD.
     */
    public void setTargets(double strategicUsd, double foodUsd, double weaponsInKindUsd) {
        // Technology received in kind for weapons (from Russia) replaces purchases abroad.
        targetUsd[WEAPONS] = MinMax.atLeastZero(weaponsUsdPerMonth - weaponsInKindUsd);
        targetUsd[ELITE] = eliteUsdPerMonth;
        targetUsd[STRATEGIC] = MinMax.atLeastZero(strategicUsd);
        targetUsd[FOOD] = MinMax.atLeastZero(foodUsd);
    }

    /**
     * Spends by priority: this month's budget is a share of this month's income plus a share of reserves above
     * the floor; each category is served in turn until the budget runs out. Purchases are imports paid to the
     * partners in the treasury's import shares.
     */
    public void allocate(Ledger ledger) {
        double aboveFloor = MinMax.atLeastZero(reservesUsd - reserveFloorUsd);
        double budget = MinMax.min(aboveFloor, incomeSpendShare * stateCashThisMonth + drawdownPerMonth * aboveFloor);
        for (int c = 0; c < CATEGORIES; c++) {
            double spend = MinMax.min(budget, targetUsd[c]);
            spentUsd[c] = spend;
            budget -= spend;
        }
        // A richer regime spends more: part of what is left goes to weapons programmes and prestige projects.
        spentUsd[WEAPONS] += budget * surplusSpendShare;
        double total = spentUsd[WEAPONS] + spentUsd[ELITE] + spentUsd[STRATEGIC] + spentUsd[FOOD];
        for (int p = 0; p < Partner.COUNT; p++) {
            double share = importPartnerShares[p];
            if (share > 0) {
                ledger.usd(Sector.TREASURY, Sector.restOfWorld(Partner.of(p)), total * share);
            }
        }
        reservesUsd -= total;
    }

    /**
     * Defends the won through state banks and trading companies, from the month the state took up the defence:
     * when the market rate has risen above the rate it defends (its average over the anchor's memory) the treasury
     * sells dollars to traders for won; when the won is stronger than that, it buys dollars back, but only with a
     * share of the same force (a regime short of hard currency defends the won's value more than it caps it). The
     * amount grows with the gap and is capped at a share of the reserves above the floor. The state starts from the
     * rate of the last year or so before it began (the reference's memory) and then holds a level: the defended rate
     * follows the market only over the anchor's memory of years, so a lasting pressure is resisted, not followed.
     *
     * @param calendarMonth month index of the calendar ({@link Months#of})
     * @return dollars sold (negative: bought)
     */
    public double intervene(Ledger ledger, org.hermit.model.trade.Traders traders, double kpwPerUsd, int calendarMonth) {
        defendedKpwPerUsd = defendedKpwPerUsd <= 0 ? kpwPerUsd
                : defendedKpwPerUsd + (kpwPerUsd - defendedKpwPerUsd)
                        * (calendarMonth < defenceStartMonth ? referenceWeight : anchorWeight);
        if (interventionStrength <= 0 || calendarMonth < defenceStartMonth) {
            return 0;
        }
        double gap = Math.log(kpwPerUsd / defendedKpwPerUsd);
        double room = interventionMaxShare * MinMax.atLeastZero(reservesUsd - reserveFloorUsd);
        double usd = MinMax.max(-room, MinMax.min(room, interventionStrength * gap / 0.1 * room));
        if (usd > 0) {
            usd = MinMax.min(usd, MinMax.atLeastZero(traders.kpw()) / kpwPerUsd);
        } else if (usd < 0) {
            usd = -MinMax.min(-usd * purchaseShare, MinMax.atLeastZero(traders.fxUsd()));
        }
        if (usd == 0) {
            return 0;
        }
        traders.tradeWithState(ledger, usd, kpwPerUsd);
        reservesUsd -= usd;
        kpwBalance += usd * kpwPerUsd;
        return usd;
    }

    /** The rate the state defends (0 before the first month). */
    public double defendedKpwPerUsd() {
        return defendedKpwPerUsd;
    }

    /** Pays won to a domestic sector (wages, procurement): money the state issues. */
    public void payKpw(Ledger ledger, Sector to, double kpw) {
        if (kpw <= 0) {
            return;
        }
        ledger.kpw(Sector.TREASURY, to, kpw);
        kpwBalance -= kpw;
    }

    /**
     * The state's won budget besides wages and procurement (state orders, construction, running costs), paid to
     * enterprises in won at fixed official prices: with wages, the printing press behind the won.
     */
    public double otherWonSpendingKpw() {
        return otherWonSpendingKpw;
    }

    /** Collects won from a domestic sector (levies, fees, state shop sales): money taken back. */
    public void collectKpw(Ledger ledger, Sector from, double kpw) {
        if (kpw <= 0) {
            return;
        }
        ledger.kpw(from, Sector.TREASURY, kpw);
        kpwBalance += kpw;
    }

    /** Takes dollars from a domestic sector (confiscation in a currency ban) without paying for them. */
    public void confiscateUsd(Ledger ledger, Sector from, double usd) {
        if (usd <= 0) {
            return;
        }
        ledger.usd(from, Sector.TREASURY, usd);
        reservesUsd += usd;
    }

    public double reservesUsd() {
        return reservesUsd;
    }

    public double kpwBalance() {
        return kpwBalance;
    }

    /** Won in circulation: what the state has issued net of what it took back. */
    public double moneyIssuedKpw() {
        return -kpwBalance;
    }

    public double stateCashThisMonth() {
        return stateCashThisMonth;
    }

    public double spent(int category) {
        return spentUsd[category];
    }

    public double importShare(Partner p) {
        return importPartnerShares[p.ordinal()];
    }

    /** Share of the strategic target that was met this month (1 when nothing was asked). */
    public double strategicFillRate() {
        return targetUsd[STRATEGIC] <= 0 ? 1.0 : spentUsd[STRATEGIC] / targetUsd[STRATEGIC];
    }

    public double foodImportUsd() {
        return spentUsd[FOOD];
    }
}
