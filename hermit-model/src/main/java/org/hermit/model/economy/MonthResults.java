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

    void write(int t, SeriesBuffer out, Economy e) {
        double total = 0;
        double stateTotal = 0;
        for (int c = 0; c < Channel.COUNT; c++) {
            out.set(Variables.revenue(Channel.of(c)), t, revenue[c]);
            out.set(Variables.stateRevenue(Channel.of(c)), t, stateRevenue[c]);
            total += revenue[c];
            stateTotal += stateRevenue[c];
        }
        for (int p = 0; p < Partner.COUNT; p++) {
            out.set(Variables.partnerRevenue(Partner.of(p)), t, partnerRevenue[p]);
        }
        out.set(Variables.REVENUE_TOTAL, t, total);
        out.set(Variables.STATE_REVENUE_TOTAL, t, stateTotal);
        out.set(Variables.EXPOSED_REVENUE_TOTAL, t, exposedUsd);
        out.set(Variables.IN_KIND_TOTAL, t, inKindUsd);
        Treasury tr = e.treasury();
        out.set(Variables.RESERVES_USD, t, tr.reservesUsd());
        out.set(Variables.SPENDING_WEAPONS, t, tr.spent(Treasury.WEAPONS));
        out.set(Variables.SPENDING_ELITE, t, tr.spent(Treasury.ELITE));
        out.set(Variables.SPENDING_STRATEGIC, t, tr.spent(Treasury.STRATEGIC));
        out.set(Variables.SPENDING_FOOD, t, tr.spent(Treasury.FOOD));
        double rate = e.kpwPerUsd();
        out.set(Variables.KPW_PER_USD, t, rate);
        out.set(Variables.KPW_PER_CNY, t, rate / e.cnyPerUsd(t));
        out.set(Variables.RICE_KPW, t, e.prices().riceKpwPerKg());
        out.set(Variables.MAIZE_KPW, t, e.prices().maizeKpwPerKg());
        out.set(Variables.DIESEL_KPW, t, e.prices().dieselKpwPerKg());
        out.set(Variables.GASOLINE_KPW, t, e.prices().gasolineKpwPerKg());
        out.set(Variables.MONEY_STOCK_KPW, t, tr.moneyIssuedKpw());
        out.set(Variables.PRIVATE_FX_USD, t, e.householdUsd() + e.traders().fxUsd() + e.enterprises().fxUsd());
        out.set(Variables.PRICE_LEVEL, t, e.prices().priceLevel());
        double insecure = e.kernel().foodInsecurePeople;
        out.set(Variables.FOOD_INSECURE_PEOPLE, t, insecure);
        out.set(Variables.FOOD_INSECURE_SHARE, t, insecure / MinMax.max(1.0, e.kernel().residentPeople));
        out.set(Variables.UNDERNOURISHED_SHARE, t, insecure / MinMax.max(1.0, e.kernel().residentPeople));
        for (int k = 0; k < org.hermit.model.households.HouseholdKind.COUNT; k++) {
            out.set(Variables.foodInsecure(org.hermit.model.households.HouseholdKind.of(k)), t, e.kernel().foodInsecureByKind[k]);
        }
        out.set(Variables.GRAIN_PRODUCTION_T, t, e.food().harvestThisMonthT());
        out.set(Variables.GRAIN_STOCKS_T, t, e.food().stocksT());
        out.set(Variables.GRAIN_IMPORTS_T, t, stateFoodImportsT + traderGrainImportsT);
        out.set(Variables.FOOD_AID_T, t, aidFoodInKindT);
        out.set(Variables.PDS_RATION_G, t, e.food().pdsRationGramsPerDay());
        var prod = e.production();
        out.set(Variables.GDP_REAL_USD, t, prod.gdp());
        out.set(Variables.GDP_GROWTH_PCT, t, e.gdpGrowthPct(t));
        out.set(Variables.OUTPUT_AGRICULTURE, t, prod.agriculture());
        out.set(Variables.OUTPUT_MINING, t, prod.mining());
        out.set(Variables.OUTPUT_MANUFACTURING, t, prod.manufacturing());
        out.set(Variables.OUTPUT_MUNITIONS, t, prod.munitions());
        out.set(Variables.OUTPUT_CONSTRUCTION, t, prod.construction());
        out.set(Variables.OUTPUT_SERVICES, t, prod.services());
        out.set(Variables.MINING_SHARE_GDP, t, prod.mining() / prod.gdp() * 100.0);
        double treasuryFromChina = (tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD) + 0.5 * tr.spent(Treasury.ELITE))
                * tr.importShare(Partner.CHINA);
        double cnExports = treasuryFromChina + enterpriseInputsUsd + e.traders().recordedImportsUsd() + importContentFromChinaUsd;
        double cnImports = recordedExports[Partner.CHINA.ordinal()];
        out.set(Variables.CN_EXPORTS_TO_DPRK, t, cnExports);
        out.set(Variables.CN_IMPORTS_FROM_DPRK, t, cnImports);
        out.set(Variables.CN_DPRK_TOTAL_TRADE, t, cnExports + cnImports);
        out.set(Variables.CN_COAL_IMPORTS_T, t, cnCoalTonnes);
        double treasuryFromOthers = (tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD))
                * (tr.importShare(Partner.RUSSIA) + tr.importShare(Partner.OTHER));
        double treasuryFromRussia = (tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD)) * tr.importShare(Partner.RUSSIA);
        out.set(Variables.RU_TRADE_USD, t, treasuryFromRussia + recordedExports[Partner.RUSSIA.ordinal()]);
        double recordedOut = 0;
        for (double x : recordedExports) {
            recordedOut += x;
        }
        double recordedIn = cnExports + treasuryFromOthers;
        out.set(Variables.DPRK_EXPORTS, t, recordedOut);
        out.set(Variables.DPRK_IMPORTS, t, recordedIn);
        out.set(Variables.DPRK_TOTAL_TRADE, t, recordedOut + recordedIn);
        double stateImports = tr.spent(Treasury.WEAPONS) + tr.spent(Treasury.ELITE) + tr.spent(Treasury.STRATEGIC) + tr.spent(Treasury.FOOD);
        out.set(Variables.IMPORTS_TOTAL, t, stateImports + inKindUsd + enterpriseInputsUsd + e.traders().importsUsd());
        out.set(Variables.WORKERS_ABROAD, t, workersAbroad);
        out.set(Variables.TROOPS_ABROAD, t, troopsAbroad);
        out.set(Variables.IT_WORKERS, t, itWorkers);
        out.set(Variables.CRYPTO_THEFT_USD, t, cryptoStolenUsd);
        out.set(Variables.FUEL_SUPPLY_BBL, t, e.fuel().suppliedBbl());
        out.set(Variables.FX_INTERVENTION_USD, t, fxInterventionUsd);
        out.set(Variables.GRAIN_PRICE_FACTOR, t, e.kernel().grainPriceFactor);
        out.set(Variables.WON_ISSUED_KPW, t, e.wonIssuedThisMonth());
        out.set(Variables.LEDGER_IMBALANCE_USD, t, ledgerImbalanceUsd);
        out.set(Variables.LEDGER_IMBALANCE_KPW, t, ledgerImbalanceKpw);
    }
}
