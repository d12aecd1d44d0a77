package org.hermit.model.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hermit.model.Channel;
import org.hermit.model.Partner;

/**
 * The catalogue of output variables. Ids are a public contract (files, scenarios of other tools, the docs);
 * add to the end, never rename.
 */
public final class Variables {
    /**
     * gdp_growth_pct compares the last 12 months of GDP with the 12 before, so it has a meaning from a run's 24th
     * month on (Economy.gdpGrowthPct returns 0.0 before it).
     */
    public static final int GDP_GROWTH_UNDEFINED_MONTHS = 23;

    private static final List<Variable> ALL;
    private static final Map<String, Variable> BY_ID;

    private static final int REVENUE_BASE;
    private static final int STATE_REVENUE_BASE;
    private static final int PARTNER_REVENUE_BASE;

    public static final int REVENUE_TOTAL;
    public static final int STATE_REVENUE_TOTAL;
    public static final int EXPOSED_REVENUE_TOTAL;
    public static final int IN_KIND_TOTAL;
    public static final int RESERVES_USD;
    public static final int SPENDING_WEAPONS;
    public static final int SPENDING_ELITE;
    public static final int SPENDING_STRATEGIC;
    public static final int SPENDING_FOOD;
    public static final int KPW_PER_USD;
    public static final int KPW_PER_CNY;
    public static final int RICE_KPW;
    public static final int MAIZE_KPW;
    public static final int DIESEL_KPW;
    public static final int GASOLINE_KPW;
    public static final int MONEY_STOCK_KPW;
    public static final int PRIVATE_FX_USD;
    public static final int PRICE_LEVEL;
    public static final int FOOD_INSECURE_PEOPLE;
    public static final int FOOD_INSECURE_SHARE;
    private static final int FOOD_INSECURE_KIND_BASE;
    public static final int GRAIN_PRODUCTION_T;
    public static final int GRAIN_STOCKS_T;
    public static final int GRAIN_IMPORTS_T;
    public static final int FOOD_AID_T;
    public static final int PDS_RATION_G;
    public static final int GDP_REAL_USD;
    public static final int GDP_GROWTH_PCT;
    public static final int OUTPUT_AGRICULTURE;
    public static final int OUTPUT_MINING;
    public static final int OUTPUT_MANUFACTURING;
    public static final int OUTPUT_MUNITIONS;
    public static final int OUTPUT_CONSTRUCTION;
    public static final int OUTPUT_SERVICES;
    public static final int MINING_SHARE_GDP;
    public static final int CN_EXPORTS_TO_DPRK;
    public static final int CN_IMPORTS_FROM_DPRK;
    public static final int RU_TRADE_USD;
    public static final int IMPORTS_TOTAL;
    public static final int WORKERS_ABROAD;
    public static final int TROOPS_ABROAD;
    public static final int IT_WORKERS;
    public static final int CRYPTO_THEFT_USD;
    public static final int FUEL_SUPPLY_BBL;
    public static final int CN_DPRK_TOTAL_TRADE;
    public static final int DPRK_EXPORTS;
    public static final int DPRK_IMPORTS;
    public static final int DPRK_TOTAL_TRADE;
    public static final int CN_COAL_IMPORTS_T;
    public static final int GRAIN_PRICE_FACTOR;
    public static final int UNDERNOURISHED_SHARE;
    public static final int FX_INTERVENTION_USD;
    public static final int WON_ISSUED_KPW;
    public static final int LEDGER_IMBALANCE_USD;
    public static final int LEDGER_IMBALANCE_KPW;

    static {
        List<Variable> v = new ArrayList<>();
        REVENUE_BASE = v.size();
        for (Channel c : Channel.values()) {
            add(v, "revenue_usd." + c.id(), "USD", Aggregation.SUM, "Gross hard-currency receipts: " + c.description());
        }
        STATE_REVENUE_BASE = v.size();
        for (Channel c : Channel.values()) {
            add(v, "state_revenue_usd." + c.id(), "USD", Aggregation.SUM, "Receipts reaching the state (cash and goods in kind): " + c.description());
        }
        PARTNER_REVENUE_BASE = v.size();
        for (Partner p : Partner.values()) {
            add(v, "revenue_usd.partner." + p.id(), "USD", Aggregation.SUM, "Gross receipts from " + p.id());
        }
        REVENUE_TOTAL = add(v, "revenue_usd.total", "USD", Aggregation.SUM, "Gross hard-currency receipts, all channels");
        STATE_REVENUE_TOTAL = add(v, "state_revenue_usd.total", "USD", Aggregation.SUM, "Receipts reaching the state, all channels");
        EXPOSED_REVENUE_TOTAL = add(v, "exposed_revenue_usd.total", "USD", Aggregation.SUM, "Receipts a ban in force covers (evaded or tolerated)");
        IN_KIND_TOTAL = add(v, "in_kind_usd.total", "USD", Aggregation.SUM, "Goods received in kind (oil, food, technology), valued in USD");
        RESERVES_USD = add(v, "reserves_usd", "USD", Aggregation.LAST, "The state treasury's hard-currency reserves");
        SPENDING_WEAPONS = add(v, "treasury_spending_usd.weapons", "USD", Aggregation.SUM, "Treasury spending on weapons programmes");
        SPENDING_ELITE = add(v, "treasury_spending_usd.elite", "USD", Aggregation.SUM, "Treasury spending on elite and luxury goods");
        SPENDING_STRATEGIC = add(v, "treasury_spending_usd.strategic_imports", "USD", Aggregation.SUM, "Treasury spending on strategic imports (fuel, inputs)");
        SPENDING_FOOD = add(v, "treasury_spending_usd.food", "USD", Aggregation.SUM, "Treasury spending on food imports");
        KPW_PER_USD = add(v, "kpw_per_usd", "KPW/USD", Aggregation.MEAN, "Market exchange rate, won per US dollar");
        KPW_PER_CNY = add(v, "kpw_per_cny", "KPW/CNY", Aggregation.MEAN, "Market exchange rate, won per yuan");
        RICE_KPW = add(v, "rice_kpw_per_kg", "KPW/kg", Aggregation.MEAN, "Market price of rice");
        MAIZE_KPW = add(v, "maize_kpw_per_kg", "KPW/kg", Aggregation.MEAN, "Market price of maize");
        DIESEL_KPW = add(v, "diesel_kpw_per_kg", "KPW/kg", Aggregation.MEAN, "Market price of diesel");
        GASOLINE_KPW = add(v, "gasoline_kpw_per_kg", "KPW/kg", Aggregation.MEAN, "Market price of gasoline");
        MONEY_STOCK_KPW = add(v, "money_stock_kpw", "KPW", Aggregation.LAST, "Won in circulation");
        PRIVATE_FX_USD = add(v, "private_fx_usd", "USD", Aggregation.LAST, "Dollars and yuan (in USD) held by households and traders");
        PRICE_LEVEL = add(v, "price_level_index", "2015=1", Aggregation.MEAN, "Market price level of goods in won");
        FOOD_INSECURE_PEOPLE = add(v, "food_insecure_people", "persons", Aggregation.MEAN, "People eating below their food need");
        FOOD_INSECURE_SHARE = add(v, "food_insecure_share", "share", Aggregation.MEAN, "Share of the population eating below its food need");
        FOOD_INSECURE_KIND_BASE = v.size();
        for (org.hermit.model.households.HouseholdKind k : org.hermit.model.households.HouseholdKind.values()) {
            add(v, "food_insecure_people." + k.id(), "persons", Aggregation.MEAN, "People eating below their food need in " + k.id().replace('_', ' ') + " households");
        }
        GRAIN_PRODUCTION_T = add(v, "grain_production_t", "t", Aggregation.SUM, "Grain harvest (cereal equivalent), brought in in October");
        GRAIN_STOCKS_T = add(v, "grain_stocks_t", "t", Aggregation.LAST, "Grain stocks (state and private)");
        GRAIN_IMPORTS_T = add(v, "grain_imports_t", "t", Aggregation.SUM, "Grain imported by the state and traders");
        FOOD_AID_T = add(v, "food_aid_t", "t", Aggregation.SUM, "Food aid received (in kind)");
        PDS_RATION_G = add(v, "pds_ration_g_per_day", "g/person/day", Aggregation.MEAN, "Public distribution ration");
        GDP_REAL_USD = add(v, "gdp_real_usd", "USD (2015 prices)", Aggregation.SUM, "GDP at constant 2015 prices");
        // Needs 24 months of GDP: undefined in a run's first 23 months (the model writes 0.0 there).
        GDP_GROWTH_PCT = add(v, "gdp_growth_pct", "%", Aggregation.LAST, "Real GDP growth over the last 12 months against the 12 before (December: the calendar year); undefined in a run's first 23 months",
                GDP_GROWTH_UNDEFINED_MONTHS);
        OUTPUT_AGRICULTURE = add(v, "output_real_usd.agriculture", "USD (2015 prices)", Aggregation.SUM, "Agriculture, forestry and fishing output");
        OUTPUT_MINING = add(v, "output_real_usd.mining", "USD (2015 prices)", Aggregation.SUM, "Mining output");
        OUTPUT_MANUFACTURING = add(v, "output_real_usd.manufacturing", "USD (2015 prices)", Aggregation.SUM, "Manufacturing output (civilian)");
        OUTPUT_MUNITIONS = add(v, "output_real_usd.munitions", "USD (2015 prices)", Aggregation.SUM, "Munitions output");
        OUTPUT_CONSTRUCTION = add(v, "output_real_usd.construction", "USD (2015 prices)", Aggregation.SUM, "Construction output");
        OUTPUT_SERVICES = add(v, "output_real_usd.services", "USD (2015 prices)", Aggregation.SUM, "Services, markets and government output (incl. electricity)");
        MINING_SHARE_GDP = add(v, "mining_share_gdp_pct", "%", Aggregation.MEAN, "Mining's share of GDP");
        CN_EXPORTS_TO_DPRK = add(v, "cn_exports_to_dprk_usd", "USD", Aggregation.SUM, "China's recorded exports to the DPRK");
        CN_IMPORTS_FROM_DPRK = add(v, "cn_imports_from_dprk_usd", "USD", Aggregation.SUM, "China's recorded imports from the DPRK");
        RU_TRADE_USD = add(v, "ru_dprk_trade_usd", "USD", Aggregation.SUM, "Russia-DPRK recorded trade, both directions");
        IMPORTS_TOTAL = add(v, "imports_usd.total", "USD", Aggregation.SUM, "All imports, cash and in kind, recorded or not");
        WORKERS_ABROAD = add(v, "workers_abroad", "persons", Aggregation.MEAN, "DPRK labourers abroad");
        TROOPS_ABROAD = add(v, "troops_abroad", "persons", Aggregation.MEAN, "DPRK troops fighting abroad");
        IT_WORKERS = add(v, "it_workers", "persons", Aggregation.MEAN, "DPRK IT workers abroad or online");
        CRYPTO_THEFT_USD = add(v, "crypto_theft_usd", "USD", Aggregation.SUM, "Crypto stolen by DPRK hackers (before laundering)");
        FUEL_SUPPLY_BBL = add(v, "fuel_supply_bbl", "bbl", Aggregation.SUM, "Oil products supplied (imports, in kind and smuggled)");
        CN_DPRK_TOTAL_TRADE = add(v, "cn_dprk_total_trade_usd", "USD", Aggregation.SUM, "China-DPRK recorded trade, both directions");
        DPRK_EXPORTS = add(v, "dprk_exports_usd", "USD", Aggregation.SUM, "DPRK exports recorded by its partners' customs");
        DPRK_IMPORTS = add(v, "dprk_imports_usd", "USD", Aggregation.SUM, "DPRK imports recorded by its partners' customs");
        DPRK_TOTAL_TRADE = add(v, "dprk_total_trade_usd", "USD", Aggregation.SUM, "DPRK recorded trade, both directions");
        CN_COAL_IMPORTS_T = add(v, "cn_coal_imports_from_dprk_t", "t", Aggregation.SUM, "Coal China's customs record from the DPRK");
        UNDERNOURISHED_SHARE = add(v, "undernourished_share", "share", Aggregation.MEAN, "Share of the population eating below its minimum need (the model's food_insecure_share, named as FAO's prevalence of undernourishment so that series can score it too)");
        GRAIN_PRICE_FACTOR = add(v, "grain_price_factor", "ratio", Aggregation.MEAN, "Grain prices over their import-parity reference: how tight the grain market is (1 = normal)");
        FX_INTERVENTION_USD = add(v, "fx_intervention_usd", "USD", Aggregation.SUM, "Dollars the state sold in the market to steady the won (negative: bought)");
        WON_ISSUED_KPW = add(v, "won_issued_kpw", "KPW", Aggregation.SUM, "New won the state put into circulation (its won spending beyond its won takings)");
        LEDGER_IMBALANCE_USD = add(v, "ledger_imbalance_usd", "USD", Aggregation.MAX, "Largest gap between a dollar stock and its opening value plus flows");
        LEDGER_IMBALANCE_KPW = add(v, "ledger_imbalance_kpw", "KPW", Aggregation.MAX, "Largest gap between a won stock and its opening value plus flows");
        ALL = Collections.unmodifiableList(v);
        Map<String, Variable> byId = new HashMap<>();
        for (Variable x : v) {
            byId.put(x.id(), x);
        }
        BY_ID = Collections.unmodifiableMap(byId);
    }

    public static final int COUNT = ALL.size();

    private Variables() {}

    private static int add(List<Variable> v, String id, String unit, Aggregation agg, String description) {
        return add(v, id, unit, agg, description, 0);
    }

    private static int add(List<Variable> v, String id, String unit, Aggregation agg, String description,
                           int undefinedMonths) {
        int i = v.size();
        v.add(new Variable(i, id, unit, agg, description, undefinedMonths));
        return i;
    }

    public static List<Variable> all() {
        return ALL;
    }

    public static Variable get(int index) {
        return ALL.get(index);
    }

    public static Optional<Variable> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static int revenue(Channel c) {
        return REVENUE_BASE + c.ordinal();
    }

    public static int stateRevenue(Channel c) {
        return STATE_REVENUE_BASE + c.ordinal();
    }

    public static int foodInsecure(org.hermit.model.households.HouseholdKind k) {
        return FOOD_INSECURE_KIND_BASE + k.ordinal();
    }

    public static int partnerRevenue(Partner p) {
        return PARTNER_REVENUE_BASE + p.ordinal();
    }
}
