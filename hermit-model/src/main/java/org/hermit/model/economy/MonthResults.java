package org.hermit.model.economy;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.channels.ChannelFlows;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.treasury.Treasury;

/** What one month produced, gathered as the actors run and written out as the output variables. */
final class MonthResults {
    private final double[] revenue = new double[Channel.COUNT];
    private final double[] stateRevenue = new double[Channel.COUNT];
    private final double[] partnerRevenue = new double[Partner.COUNT];
    private final double[] recordedExports = new double[Partner.COUNT];
    double exposedUsd;
    double cnCoalTonnes;
    double importContentFromChinaUsd;
    double inKindUsd;
    double inKindFoodT;
    double inKindFuelBbl;
    double remittancesUsd;
    double workersAbroad;
    double troopsAbroad;
    double itWorkers;
    double cryptoStolenUsd;
    double miningExportsUsd;
    double armsUsd;
    double aidFoodInKindT;
    double aidDivertedT;
    double stateFoodImportsT;
    double traderGrainImportsT;
    double stateInputsUsd;
    double enterpriseInputsUsd;
    double enterprisePayoutKpw;
    double procurementKpw;
    double fxInterventionUsd;
    double ledgerImbalanceUsd;
    double ledgerImbalanceKpw;

    void clear() {
        java.util.Arrays.fill(revenue, 0.0);
        java.util.Arrays.fill(stateRevenue, 0.0);
        java.util.Arrays.fill(partnerRevenue, 0.0);
        java.util.Arrays.fill(recordedExports, 0.0);
        exposedUsd = 0;
        cnCoalTonnes = 0;
        importContentFromChinaUsd = 0;
        inKindUsd = 0;
        inKindFoodT = 0;
        inKindFuelBbl = 0;
        remittancesUsd = 0;
        workersAbroad = 0;
        troopsAbroad = 0;
        itWorkers = 0;
        cryptoStolenUsd = 0;
        miningExportsUsd = 0;
        armsUsd = 0;
        aidFoodInKindT = 0;
        aidDivertedT = 0;
        stateFoodImportsT = 0;
        traderGrainImportsT = 0;
        stateInputsUsd = 0;
        enterpriseInputsUsd = 0;
        enterprisePayoutKpw = 0;
        procurementKpw = 0;
        fxInterventionUsd = 0;
    }

    /** Adds one channel's month, given its gross receipts and what reached the state (summed once by the caller). */
    void collect(ChannelFlows f, double gross, double stateRevenueUsd) {
        Channel c = f.channel();
        revenue[c.ordinal()] += gross;
        stateRevenue[c.ordinal()] += stateRevenueUsd;
        for (int p = 0; p < Partner.COUNT; p++) {
            partnerRevenue[p] += f.gross(p);
            recordedExports[p] += f.recorded(p);
        }
        exposedUsd += f.exposedUsd();
        if (c == Channel.COAL || c == Channel.MINERALS || c == Channel.TEXTILES || c == Channel.SEAFOOD || c == Channel.OTHER_GOODS) {
            // Goods made on commission (fabric for clothing, inputs for wigs and watch parts) are bought from the
            // partner that buys the product: China's customs record them as its exports to the DPRK.
            double fromChina = gross > 0 ? f.gross(Partner.CHINA) / gross : 0.0;
            importContentFromChinaUsd += f.costUsd() * fromChina;
        }
        switch (c) {
            case AID -> {
                // Aid food is counted with the food balance: the diverted part feeds the state's stock, the rest
                // goes to vulnerable households.
                aidFoodInKindT += f.inKindFoodT() + f.householdFoodT();
                aidDivertedT += f.inKindFoodT();
                inKindUsd += f.inKindUsd() + f.householdInKindUsd();
                return;
            }
            case WORKERS_ABROAD -> workersAbroad += f.persons();
            case TROOPS -> troopsAbroad += f.persons();
            case IT_WORKERS -> itWorkers += f.persons();
            case CRYPTO_THEFT -> cryptoStolenUsd += f.volume();
            case COAL -> {
                miningExportsUsd += gross;
                // Tonnes China's customs see: the recorded share of what was sold.
                cnCoalTonnes += gross > 0 ? f.volume() * f.recorded(Partner.CHINA) / gross : 0.0;
            }
            case MINERALS -> miningExportsUsd += gross;
            case ARMS -> armsUsd += gross;
            default -> { }
        }
        inKindUsd += f.inKindUsd();
        inKindFoodT += f.inKindFoodT();
        inKindFuelBbl += f.inKindFuelBbl();
    }

    double aidFoodT() {
        return aidFoodInKindT;
    }

    double aidDivertedShare() {
        return aidFoodInKindT > 0 ? aidDivertedT / aidFoodInKindT : 0.0;
    }

    /**
     * Writes every variable's value of month t; false if any is NaN or infinite (the caller then reads the month
     * back to name the first such variable in catalogue order).
     */
    boolean write(int t, SeriesBuffer out, Economy e) {
        finite = true;
        double total = 0;
        double stateTotal = 0;
        for (int c = 0; c < Channel.COUNT; c++) {
            put(out, Variables.revenue(Channel.of(c)), t, revenue[c]);
            put(out, Variables.stateRevenue(Channel.of(c)), t, stateRevenue[c]);
            total += revenue[c];
            stateTotal += stateRevenue[c];
        }
        for (int p = 0; p < Partner.COUNT; p++) {
            put(out, Variables.partnerRevenue(Partner.of(p)), t, partnerRevenue[p]);
        }
        put(out, Variables.REVENUE_TOTAL, t, total);
        put(out, Variables.STATE_REVENUE_TOTAL, t, stateTotal);
        put(out, Variables.EXPOSED_REVENUE_TOTAL, t, exposedUsd);
        put(out, Variables.IN_KIND_TOTAL, t, inKindUsd);
        Treasury tr = e.treasury();
        put(out, Variables.RESERVES_USD, t, tr.reservesUsd());
        put(out, Variables.SPENDING_WEAPONS, t, tr.spent(Treasury.WEAPONS));
        put(out, Variables.SPENDING_ELITE, t, tr.spent(Treasury.ELITE));
        put(out, Variables.SPENDING_STRATEGIC, t, tr.spent(Treasury.STRATEGIC));
        put(out, Variables.SPENDING_FOOD, t, tr.spent(Treasury.FOOD));
        double rate = e.kpwPerUsd();
        put(out, Variables.KPW_PER_USD, t, rate);
        put(out, Variables.KPW_PER_CNY, t, rate / e.cnyPerUsd(t));
        put(out, Variables.RICE_KPW, t, e.prices().riceKpwPerKg());
        put(out, Variables.MAIZE_KPW, t, e.prices().maizeKpwPerKg());
        put(out, Variables.DIESEL_KPW, t, e.prices().dieselKpwPerKg());
        put(out, Variables.GASOLINE_KPW, t, e.prices().gasolineKpwPerKg());
        put(out, Variables.MONEY_STOCK_KPW, t, tr.moneyIssuedKpw());
        put(out, Variables.PRIVATE_FX_USD, t, e.householdUsd() + e.traders().fxUsd() + e.enterprises().fxUsd());
        put(out, Variables.PRICE_LEVEL, t, e.prices().priceLevel());
        double insecure = e.kernel().foodInsecurePeople;
        put(out, Variables.FOOD_INSECURE_PEOPLE, t, insecure);
        put(out, Variables.FOOD_INSECURE_SHARE, t, insecure / MinMax.max(1.0, e.kernel().residentPeople));
        put(out, Variables.UNDERNOURISHED_SHARE, t, insecure / MinMax.max(1.0, e.kernel().residentPeople));
        for (int k = 0; k < org.hermit.model.households.HouseholdKind.COUNT; k++) {
            put(out, Variables.foodInsecure(org.hermit.model.households.HouseholdKind.of(k)), t, e.kernel().foodInsecureByKind[k]);
        }
        put(out, Variables.GRAIN_PRODUCTION_T, t, e.food().harvestThisMonthT());
        put(out, Variables.GRAIN_STOCKS_T, t, e.food().stocksT());
        put(out, Variables.GRAIN_IMPORTS_T, t, stateFoodImportsT + traderGrainImportsT);
        put(out, Variables.FOOD_AID_T, t, aidFoodInKindT);
        put(out, Variables.PDS_RATION_G, t, e.food().pdsRationGramsPerDay());
        var prod = e.production();
        put(out, Variables.GDP_REAL_USD, t, prod.gdp());
        put(out, Variables.GDP_GROWTH_PCT, t, e.gdpGrowthPct(t));
        put(out, Variables.OUTPUT_AGRICULTURE, t, prod.agriculture());
        put(out, Variables.OUTPUT_MINING, t, prod.mining());
        put(out, Variables.OUTPUT_MANUFACTURING, t, prod.manufacturing());
        put(out, Variables.OUTPUT_MUNITIONS, t, prod.munitions());
        put(out, Variables.OUTPUT_CONSTRUCTION, t, prod.construction());
        put(out, Variables.OUTPUT_SERVICES, t, prod.services());
        put(out, Variables.MINING_SHARE_GDP, t, prod.mining() / prod.gdp() * 100.0);
        double treasuryFromChina = (tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD) + 0.5 * tr.spent(Treasury.ELITE))
                * tr.importShare(Partner.CHINA);
        double cnExports = treasuryFromChina + enterpriseInputsUsd + e.traders().recordedImportsUsd() + importContentFromChinaUsd;
        double cnImports = recordedExports[Partner.CHINA.ordinal()];
        put(out, Variables.CN_EXPORTS_TO_DPRK, t, cnExports);
        put(out, Variables.CN_IMPORTS_FROM_DPRK, t, cnImports);
        put(out, Variables.CN_DPRK_TOTAL_TRADE, t, cnExports + cnImports);
        put(out, Variables.CN_COAL_IMPORTS_T, t, cnCoalTonnes);
        double treasuryFromOthers = (tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD))
                * (tr.importShare(Partner.RUSSIA) + tr.importShare(Partner.OTHER));
        double treasuryFromRussia = (tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD)) * tr.importShare(Partner.RUSSIA);
        put(out, Variables.RU_TRADE_USD, t, treasuryFromRussia + recordedExports[Partner.RUSSIA.ordinal()]);
        double recordedOut = 0;
        for (double x : recordedExports) {
            recordedOut += x;
        }
        double recordedIn = cnExports + treasuryFromOthers;
        put(out, Variables.DPRK_EXPORTS, t, recordedOut);
        put(out, Variables.DPRK_IMPORTS, t, recordedIn);
        put(out, Variables.DPRK_TOTAL_TRADE, t, recordedOut + recordedIn);
        double stateImports = tr.spent(Treasury.WEAPONS) + tr.spent(Treasury.ELITE) + tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD);
        put(out, Variables.IMPORTS_TOTAL, t, stateImports + inKindUsd + enterpriseInputsUsd + e.traders().importsUsd());
        put(out, Variables.WORKERS_ABROAD, t, workersAbroad);
        put(out, Variables.TROOPS_ABROAD, t, troopsAbroad);
        put(out, Variables.IT_WORKERS, t, itWorkers);
        put(out, Variables.CRYPTO_THEFT_USD, t, cryptoStolenUsd);
        put(out, Variables.FUEL_SUPPLY_BBL, t, e.fuel().suppliedBbl());
        put(out, Variables.FX_INTERVENTION_USD, t, fxInterventionUsd);
        put(out, Variables.GRAIN_PRICE_FACTOR, t, e.kernel().grainPriceFactor);
        put(out, Variables.WON_ISSUED_KPW, t, e.wonIssuedThisMonth());
        put(out, Variables.LEDGER_IMBALANCE_USD, t, ledgerImbalanceUsd);
        put(out, Variables.LEDGER_IMBALANCE_KPW, t, ledgerImbalanceKpw);
        return finite;
    }

    /** Whether every value {@link #write} has put so far this month was finite. */
    private boolean finite;

    /** Writes one value and notes whether it is finite (checked here, as it is written, not read back). */
    private void put(SeriesBuffer out, int variable, int t, double value) {
        out.set(variable, t, value);
        if (!(Math.abs(value) <= Double.MAX_VALUE)) {
            finite = false;
        }
    }
}
