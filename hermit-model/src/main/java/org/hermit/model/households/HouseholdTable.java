package org.hermit.model.households;

import org.hermit.model.math.MinMax;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.param.ParameterValues;

/**
 * Households as a table: one row per group of people of one kind, in one income tier, in one province or in
 * provinces where they live alike (see {@link #cohorts}), with a weight (how many people it stands for). Columns are primitive arrays, per person where they are amounts, so the
 * same kernel serves a hundred cohort rows or millions of single households.
 */
public final class HouseholdTable {
    public static final int LOW = 0;
    public static final int HIGH = 1;

    final int rows;
    final int[] kind;
    final int[] province;
    final int[] tier;
    /** Share of the resident civilian population (0 for soldiers and workers abroad, sized separately). */
    final double[] populationShare;
    final double[] persons;
    /** State wage earners per person (dependants lower it), times the kind's relative wage. */
    final double[] wageWeight;
    final double[] enterpriseWeight;
    final double[] marketWeight;
    final double[] remittanceWeight;
    final double[] riceShareOfStaples;
    final double[] levyRate;
    /** 0 none, 1 general PDS ration, 2 priority ration (Pyongyang), 3 soldiers' ration. */
    final int[] rationClass;

    private final double[] personsByRationClass = new double[4];
    private final double[] personsByKind = new double[HouseholdKind.COUNT];
    /**
     * The rows of each ration class and of each kind, in row order, so that resize sums them in locals (the same
     * additions in the same order as summing row by row into an array, without each waiting on the last store).
     * Built with the staple mixes by {@link #indexStructure}.
     */
    private int[][] rowsByRationClass;
    private int[][] rowsByKind;
    /**
     * Rows eat a few distinct rice shares (one per income tier, and the soldiers' and workers' abroad): the kernel
     * prices grain once per distinct share (a staple mix) rather than once per row. stapleMix[r] indexes
     * mixRiceShare; mixPrice, mixInverse and mixSlope are the kernel's scratch per mix.
     */
    int[] stapleMix;
    double[] mixRiceShare;
    double[] mixPrice;
    double[] mixInverse;
    double[] mixSlope;
    /** The civilian population the last resize shared among the rows (NaN before the first). */
    private double civilAtLastResize = Double.NaN;
    // Sums over the rows as of the last resize, for the kernel: weights times persons, in row order.
    double enterpriseWeightedPersons;
    double marketWeightedPersons;
    double remittanceWeightedPersons;
    /** People in low-tier rows other than soldiers and workers abroad (those targeted aid reaches). */
    double lowTierCivilians;
    // State per person.
    final double[] wonPerPerson;
    final double[] usdPerPerson;
    // Results of the month per person.
    final double[] incomeKpw;
    final double[] intakeKg;
    final double[] belowNeedShare;
    // Scratch for the kernel's passes.
    final double[] scratchA;
    final double[] scratchB;
    final double[] scratchC;
    final double[] scratchD;

    private HouseholdTable(int rows) {
        this.rows = rows;
        kind = new int[rows];
        province = new int[rows];
        tier = new int[rows];
        populationShare = new double[rows];
        persons = new double[rows];
        wageWeight = new double[rows];
        enterpriseWeight = new double[rows];
        marketWeight = new double[rows];
        remittanceWeight = new double[rows];
        riceShareOfStaples = new double[rows];
        levyRate = new double[rows];
        rationClass = new int[rows];
        wonPerPerson = new double[rows];
        usdPerPerson = new double[rows];
        incomeKpw = new double[rows];
        intakeKg = new double[rows];
        belowNeedShare = new double[rows];
        scratchA = new double[rows];
        scratchB = new double[rows];
        scratchC = new double[rows];
        scratchD = new double[rows];
    }

    /** An empty table of n rows (for tests and for the agent resolution to fill). */
    static HouseholdTable empty(int n) {
        return new HouseholdTable(n);
    }

    /** The provinces of the civilian rows, in the table's order (never modified). */
    private static final Province[] CIVIL_PROVINCES = {Province.PYONGYANG, Province.SOUTH_PYONGAN,
            Province.NORTH_PYONGAN, Province.CHAGANG, Province.SOUTH_HWANGHAE, Province.NORTH_HWANGHAE,
            Province.KANGWON, Province.SOUTH_HAMGYONG, Province.NORTH_HAMGYONG, Province.RYANGGANG};
    /** Their census inputs' ids, built once rather than every run (never modified). */
    private static final String[] POPULATION_INPUTS = populationInputs();

    private static String[] populationInputs() {
        String[] ids = new String[CIVIL_PROVINCES.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "population_2008." + CIVIL_PROVINCES[i].id();
        }
        return ids;
    }

    /**
     * Builds the cohort table: the 2008 census population of each province (an input), split into kinds by the
     * registry's shares, each kind in two income tiers; plus one row of soldiers and one of workers abroad. Rows
     * of provinces where a kind and tier live by the same rules per person are then merged into one (the same
     * people and the same amounts per person, fewer rows to work through).
     */
    public static HouseholdTable cohorts(ParameterValues p, Inputs inputs) {
        Province[] civil = CIVIL_PROVINCES;
        double[] pop = new double[civil.length];
        double total = 0;
        for (int i = 0; i < civil.length; i++) {
            pop[i] = inputs.get(POPULATION_INPUTS[i]).at(2008);
            total += pop[i];
        }
        double eliteShare = p.get("households.pyongyang_elite_share");
        double traderShare = p.get("households.trader_share");
        double farmerShare = p.get("households.farmer_share");
        double breadbasket = p.get("households.breadbasket_farmer_multiplier");
        double dispersion = p.get("households.income_dispersion");
        Rules rules = new Rules(p);
        int rows = 3 * 2 * civil.length + 2;
        HouseholdTable t = new HouseholdTable(rows);
        int r = 0;
        for (int i = 0; i < civil.length; i++) {
            Province prov = civil[i];
            double share = pop[i] / total;
            HouseholdKind[] kinds;
            double[] kindShares;
            if (prov == Province.PYONGYANG) {
                kinds = new HouseholdKind[] {HouseholdKind.PYONGYANG_ELITE, HouseholdKind.MARKET_TRADERS, HouseholdKind.PYONGYANG_WORKERS};
                kindShares = new double[] {eliteShare, traderShare, 1.0 - eliteShare - traderShare};
            } else {
                boolean granary = prov == Province.SOUTH_HWANGHAE || prov == Province.NORTH_HWANGHAE
                        || prov == Province.SOUTH_PYONGAN || prov == Province.NORTH_PYONGAN;
                double farm = MinMax.min(0.8, farmerShare * (granary ? breadbasket : 1.0 / breadbasket));
                kinds = new HouseholdKind[] {HouseholdKind.COOPERATIVE_FARMERS, HouseholdKind.MARKET_TRADERS, HouseholdKind.URBAN_STATE_WORKERS};
                kindShares = new double[] {farm, traderShare, 1.0 - farm - traderShare};
            }
            for (int k = 0; k < kinds.length; k++) {
                for (int tier = LOW; tier <= HIGH; tier++) {
                    double income = tier == LOW ? 1.0 - dispersion : 1.0 + dispersion;
                    t.set(r++, kinds[k], prov, tier, share * kindShares[k] * 0.5, income, rules);
                }
            }
        }
        t.set(r++, HouseholdKind.SOLDIERS, Province.BARRACKS, LOW, 0.0, 1.0, rules);
        t.set(r, HouseholdKind.WORKERS_ABROAD, Province.ABROAD, LOW, 0.0, 1.0, rules);
        t.normaliseWeights();
        HouseholdTable merged = t.mergedByCircumstances();
        merged.indexStructure();
        return merged;
    }

    /**
     * The same people with the rows that differ only in their province merged. Rows of the same kind and tier
     * whose provinces' markets are alike (both on the Chinese border or both not) earn, eat, save and are rescaled
     * per person by exactly the same arithmetic from exactly the same opening holdings, so their amounts per
     * person stay equal to the last bit and only their weights differ: one row with the summed census share
     * stands for them all, and the kernel works through about a third of the rows. A merged row's province is the
     * first of its provinces.
     */
    HouseholdTable mergedByCircumstances() {
        int[] group = new int[rows];
        int[] first = new int[rows];
        int groups = 0;
        for (int r = 0; r < rows; r++) {
            int g = 0;
            while (g < groups && !sameCircumstances(first[g], r)) {
                g++;
            }
            if (g == groups) {
                first[groups++] = r;
            }
            group[r] = g;
        }
        HouseholdTable m = new HouseholdTable(groups);
        for (int g = 0; g < groups; g++) {
            int r = first[g];
            m.kind[g] = kind[r];
            m.province[g] = province[r];
            m.tier[g] = tier[r];
            m.wageWeight[g] = wageWeight[r];
            m.enterpriseWeight[g] = enterpriseWeight[r];
            m.marketWeight[g] = marketWeight[r];
            m.remittanceWeight[g] = remittanceWeight[r];
            m.riceShareOfStaples[g] = riceShareOfStaples[r];
            m.levyRate[g] = levyRate[r];
            m.rationClass[g] = rationClass[r];
        }
        for (int r = 0; r < rows; r++) {
            m.populationShare[group[r]] += populationShare[r];
        }
        return m;
    }

    /** Whether two rows' people live by the same rules per person (all but their province and weight equal). */
    private boolean sameCircumstances(int a, int b) {
        return kind[a] == kind[b] && tier[a] == tier[b] && rationClass[a] == rationClass[b]
                && Double.compare(wageWeight[a], wageWeight[b]) == 0
                && Double.compare(enterpriseWeight[a], enterpriseWeight[b]) == 0
                && Double.compare(marketWeight[a], marketWeight[b]) == 0
                && Double.compare(remittanceWeight[a], remittanceWeight[b]) == 0
                && Double.compare(riceShareOfStaples[a], riceShareOfStaples[b]) == 0
                && Double.compare(levyRate[a], levyRate[b]) == 0;
    }

    /**
     * The registry's per-person rules of the rows, read once per table rather than once per row (the table has
     * some sixty rows before merging, and each read looks its parameter up by id).
     */
    private static final class Rules {
        final double borderMarketMultiplier;
        final double soldierAllowanceWeight;
        final double riceShareLowTier;
        final double riceShareHighTier;
        final double levyRate;
        /** [kind ordinal] = {wage, enterprise, market, remittance weight}; null until a row of that kind asks. */
        final double[][] weights = new double[HouseholdKind.COUNT][];
        private final ParameterValues p;

        Rules(ParameterValues p) {
            this.p = p;
            borderMarketMultiplier = p.get("households.border_market_multiplier");
            soldierAllowanceWeight = p.get("households.soldier_allowance_weight");
            riceShareLowTier = p.get("households.rice_share_low_tier");
            riceShareHighTier = p.get("households.rice_share_high_tier");
            levyRate = p.get("households.levy_rate");
        }

        double[] weights(HouseholdKind k) {
            double[] w = weights[k.ordinal()];
            if (w == null) {
                String prefix = k.parameterPrefix();
                w = new double[] {p.get(prefix, "wage_weight"), p.get(prefix, "enterprise_weight"),
                        p.get(prefix, "market_weight"), p.get(prefix, "remittance_weight")};
                weights[k.ordinal()] = w;
            }
            return w;
        }
    }

    private void set(int r, HouseholdKind k, Province prov, int incomeTier, double share, double income, Rules rules) {
        kind[r] = k.ordinal();
        province[r] = prov.ordinal();
        tier[r] = incomeTier;
        populationShare[r] = share;
        double border = prov.chinaBorder() ? rules.borderMarketMultiplier : 1.0;
        switch (k) {
            case SOLDIERS, WORKERS_ABROAD -> {
                wageWeight[r] = k == HouseholdKind.SOLDIERS ? rules.soldierAllowanceWeight : 0.0;
                enterpriseWeight[r] = 0;
                marketWeight[r] = 0;
                remittanceWeight[r] = 0;
                riceShareOfStaples[r] = 0.5;
                levyRate[r] = 0;
                rationClass[r] = k == HouseholdKind.SOLDIERS ? 3 : 0;
            }
            default -> {
                double[] w = rules.weights(k);
                wageWeight[r] = w[0] * (incomeTier == LOW ? 1.0 : 1.0);
                enterpriseWeight[r] = w[1] * income;
                marketWeight[r] = w[2] * income * border;
                remittanceWeight[r] = w[3] * income;
                riceShareOfStaples[r] = incomeTier == LOW ? rules.riceShareLowTier : rules.riceShareHighTier;
                levyRate[r] = rules.levyRate;
                rationClass[r] = switch (k) {
                    case PYONGYANG_ELITE, PYONGYANG_WORKERS -> 2;
                    case URBAN_STATE_WORKERS -> 1;
                    default -> 0;
                };
            }
        }
    }

    /**
     * Indexes what does not change from month to month: the rows of each ration class and kind, and the distinct
     * staple mixes. Call once the rows' kinds, ration classes and rice shares are set (tables built by
     * {@link #cohorts} are indexed; the kernel and resize index a hand-filled table on first use).
     */
    void indexStructure() {
        rowsByRationClass = rowsBy(rationClass, personsByRationClass.length);
        rowsByKind = rowsBy(kind, HouseholdKind.COUNT);
        double[] distinct = new double[rows];
        int mixes = 0;
        stapleMix = new int[rows];
        for (int r = 0; r < rows; r++) {
            int m = 0;
            while (m < mixes && Double.compare(distinct[m], riceShareOfStaples[r]) != 0) {
                m++;
            }
            if (m == mixes) {
                distinct[mixes++] = riceShareOfStaples[r];
            }
            stapleMix[r] = m;
        }
        mixRiceShare = java.util.Arrays.copyOf(distinct, mixes);
        mixPrice = new double[mixes];
        mixInverse = new double[mixes];
        mixSlope = new double[mixes];
    }

    boolean structureIndexed() {
        return stapleMix != null;
    }

    private int[][] rowsBy(int[] column, int values) {
        int[] counts = new int[values];
        for (int r = 0; r < rows; r++) {
            counts[column[r]]++;
        }
        int[][] byValue = new int[values][];
        for (int v = 0; v < values; v++) {
            byValue[v] = new int[counts[v]];
            counts[v] = 0;
        }
        for (int r = 0; r < rows; r++) {
            byValue[column[r]][counts[column[r]]++] = r;
        }
        return byValue;
    }

    private void normaliseWeights() {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += populationShare[r];
        }
        for (int r = 0; r < rows; r++) {
            populationShare[r] /= sum;
        }
    }

    /**
     * Sets each row's weight for the month: the resident civilian population shared by the census shares, plus
     * the soldiers and the workers abroad. Per-person holdings are rescaled so that totals carry over unchanged.
     */
    public void resize(double population, double soldiers, double workersAbroad) {
        double civil = MinMax.atLeastZero(population - soldiers - workersAbroad);
        // A civilian row sized by the last resize holds civilBefore * share people and will hold civil * share:
        // its holdings per person scale by civilBefore / civil, one division for all of them.
        double civilScale = civilAtLastResize > 0 && civil > 0 ? civilAtLastResize / civil : Double.NaN;
        civilAtLastResize = civil;
        for (int r = 0; r < rows; r++) {
            double next;
            boolean civilian = false;
            if (kind[r] == HouseholdKind.SOLDIERS.ordinal()) {
                next = soldiers;
            } else if (kind[r] == HouseholdKind.WORKERS_ABROAD.ordinal()) {
                next = workersAbroad;
            } else {
                next = civil * populationShare[r];
                civilian = true;
            }
            double before = persons[r];
            if (before > 0 && next > 0) {
                double scale = civilian && !Double.isNaN(civilScale) ? civilScale : before / next;
                wonPerPerson[r] *= scale;
                usdPerPerson[r] *= scale;
            } else if (next <= 0) {
                // A row that empties hands its holdings to nobody; keep them for when it fills again.
                next = 0;
            }
            persons[r] = next;
        }
        if (!structureIndexed()) {
            indexStructure();
        }
        sumByRows(rowsByRationClass, personsByRationClass);
        sumByRows(rowsByKind, personsByKind);
        double entW = 0;
        double mktW = 0;
        double remW = 0;
        double lowCivil = 0;
        final int soldierKind = HouseholdKind.SOLDIERS.ordinal();
        final int abroadKind = HouseholdKind.WORKERS_ABROAD.ordinal();
        for (int r = 0; r < rows; r++) {
            double p = persons[r];
            entW += enterpriseWeight[r] * p;
            mktW += marketWeight[r] * p;
            remW += remittanceWeight[r] * p;
            if (tier[r] == LOW && kind[r] != soldierKind && kind[r] != abroadKind) {
                lowCivil += p;
            }
        }
        enterpriseWeightedPersons = entW;
        marketWeightedPersons = mktW;
        remittanceWeightedPersons = remW;
        lowTierCivilians = lowCivil;
    }

    private void sumByRows(int[][] rowsByValue, double[] sums) {
        for (int v = 0; v < sums.length; v++) {
            int[] members = rowsByValue[v];
            double s = 0.0;
            for (int i = 0; i < members.length; i++) {
                s += persons[members[i]];
            }
            sums[v] = s;
        }
    }

    public int rows() {
        return rows;
    }

    public double persons(int r) {
        return persons[r];
    }

    /** Income of a row's members last month, in won (dollars at the month's rate). */
    public double incomeKpw(int r) {
        return incomeKpw[r];
    }

    public double intakeKg(int r) {
        return intakeKg[r];
    }

    public double belowNeedShare(int r) {
        return belowNeedShare[r];
    }

    public int kind(int r) {
        return kind[r];
    }


    /** People in a ration class (0 none, 1 general PDS, 2 Pyongyang, 3 soldiers), as of the last resize. */
    public double totalPersonsInRationClass(int rationClassValue) {
        return personsByRationClass[rationClassValue];
    }

    /** People of a kind, as of the last resize. */
    public double totalPersons(HouseholdKind k) {
        return personsByKind[k.ordinal()];
    }

    public double totalWon() {
        double s = 0;
        for (int r = 0; r < rows; r++) {
            s += wonPerPerson[r] * persons[r];
        }
        return s;
    }

    public double totalUsd() {
        double s = 0;
        for (int r = 0; r < rows; r++) {
            s += usdPerPerson[r] * persons[r];
        }
        return s;
    }

    /** Gives every civilian row the same holdings per person (the starting distribution). */
    public void endow(double totalWon, double totalUsd) {
        double civil = 0;
        for (int r = 0; r < rows; r++) {
            if (kind[r] != HouseholdKind.SOLDIERS.ordinal() && kind[r] != HouseholdKind.WORKERS_ABROAD.ordinal()) {
                civil += persons[r] * (1.0 + marketWeight[r]);
            }
        }
        for (int r = 0; r < rows; r++) {
            boolean civilian = kind[r] != HouseholdKind.SOLDIERS.ordinal() && kind[r] != HouseholdKind.WORKERS_ABROAD.ordinal();
            double w = civilian ? (1.0 + marketWeight[r]) / civil : 0.0;
            wonPerPerson[r] = totalWon * w;
            usdPerPerson[r] = totalUsd * w;
        }
    }
}
