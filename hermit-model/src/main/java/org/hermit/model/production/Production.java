package org.hermit.model.production;

import org.hermit.model.math.MinMax;
import org.hermit.model.param.ParameterValues;

/**
 * Output of each sector at constant 2015 prices, from what drives it: agriculture from the harvest, mining from
 * domestic use and exports, civilian manufacturing from imported inputs and fuel, munitions from war demand,
 * construction from the state's spending, services from market trade. Each sector is its 2015 share of GDP
 * (Bank of Korea) times an index that is 1 under 2015 conditions.
 */
public final class Production {
    private final double gdp2015PerMonth;
    private final double shareAgriculture;
    private final double shareMining;
    private final double shareManufacturing;
    private final double shareMunitions;
    private final double shareConstruction;
    private final double shareServices;
    private final double harvestReferenceT;
    private final double miningExportReferenceUsd;
    private final double miningExportShare;
    private final double inputsReferenceUsd;
    private final double stateSpendingReferenceUsd;
    private final double marketReferenceUsd;
    private final double armsReferenceUsd;
    private final double inputElasticity;
    private final double capacityFuelElasticity;
    private final double capacityInputElasticity;
    private final double fuelElasticity;
    private final double constructionElasticity;
    private final double inputIndexFloor;
    private final double inputIndexCap;
    private final double fuelIndexCap;
    private final double marketShareOfServices;

    private double agriculture;
    private double mining;
    private double manufacturing;
    private double munitions;
    private double construction;
    private double services;
    private double productionIndex = 1.0;

    public Production(ParameterValues p) {
        gdp2015PerMonth = p.get("accounts.gdp_2015_usd") / 12.0;
        shareAgriculture = p.get("accounts.share_agriculture");
        shareMining = p.get("accounts.share_mining");
        shareMunitions = p.get("accounts.share_munitions");
        shareManufacturing = p.get("accounts.share_manufacturing") - shareMunitions;
        shareConstruction = p.get("accounts.share_construction");
        shareServices = 1.0 - shareAgriculture - shareMining - shareManufacturing - shareMunitions - shareConstruction;
        harvestReferenceT = p.get("accounts.harvest_reference_t");
        miningExportReferenceUsd = p.get("accounts.mining_exports_reference_usd_per_year") / 12.0;
        miningExportShare = p.get("accounts.mining_export_share");
        inputsReferenceUsd = p.get("accounts.inputs_reference_usd_per_year") / 12.0;
        stateSpendingReferenceUsd = p.get("accounts.state_spending_reference_usd_per_year") / 12.0;
        marketReferenceUsd = p.get("accounts.market_imports_reference_usd_per_year") / 12.0;
        armsReferenceUsd = p.get("accounts.arms_reference_usd_per_year") / 12.0;
        inputElasticity = p.get("accounts.manufacturing_input_elasticity");
        marketShareOfServices = p.get("accounts.market_share_of_services");
        capacityFuelElasticity = p.get("accounts.capacity_fuel_elasticity");
        capacityInputElasticity = p.get("accounts.capacity_input_elasticity");
        fuelElasticity = p.get("accounts.manufacturing_fuel_elasticity");
        constructionElasticity = p.get("accounts.construction_spending_elasticity");
        inputIndexFloor = p.get("accounts.input_index_floor");
        inputIndexCap = p.get("accounts.input_index_cap");
        fuelIndexCap = p.get("accounts.fuel_index_cap");
    }

    /**
     * @param harvestOfYearT  the calendar year's grain harvest (t)
     * @param miningExportsUsd coal and mineral sales abroad this month (legal and evaded)
     * @param inputsUsd        imported inputs this month (enterprises' and the state's strategic imports)
     * @param fuelIndex        fuel supplied over fuel needed
     * @param armsUsd          arms sales this month
     * @param stateSpendingUsd the treasury's spending this month
     * @param marketImportsUsd traders' imports this month
     */
    public void produce(double harvestOfYearT, double miningExportsUsd, double inputsUsd, double fuelIndex,
                        double armsUsd, double stateSpendingUsd, double marketImportsUsd) {
        // The floors of 0.05 only keep powers of zero out; they are far below any month the record shows.
        double fuel = MinMax.max(0.05, MinMax.min(fuelIndexCap, fuelIndex));
        // Factories keep running on domestic materials and stocks when imports stop, so inputs never count for
        // less than a floor share of normal.
        double inputs = MinMax.max(inputIndexFloor, inputsUsd / inputsReferenceUsd);
        // Mines and factories run on fuel and power first; imported spares and inputs matter less.
        productionIndex = Math.pow(MinMax.min(1.0, fuel), capacityFuelElasticity)
                * Math.pow(MinMax.min(1.0, inputs), capacityInputElasticity);
        agriculture = gdp2015PerMonth * shareAgriculture * harvestOfYearT / harvestReferenceT;
        mining = gdp2015PerMonth * shareMining
                * ((1.0 - miningExportShare) * productionIndex + miningExportShare * miningExportsUsd / miningExportReferenceUsd);
        manufacturing = gdp2015PerMonth * shareManufacturing * Math.pow(MinMax.min(inputIndexCap, inputs), inputElasticity)
                * Math.pow(MinMax.min(inputIndexCap, fuel), fuelElasticity);
        munitions = gdp2015PerMonth * shareMunitions * (1.0 + armsUsd / armsReferenceUsd) * Math.pow(fuel, fuelElasticity);
        construction = gdp2015PerMonth * shareConstruction
                * Math.pow(MinMax.max(0.05, stateSpendingUsd / stateSpendingReferenceUsd), constructionElasticity);
        services = gdp2015PerMonth * shareServices * (1.0 - marketShareOfServices + marketShareOfServices * marketImportsUsd / marketReferenceUsd);
    }

    /** Capacity in use relative to 2015 conditions, limited by fuel and inputs. */
    public double productionIndex() {
        return productionIndex;
    }

    public double gdp() {
        return agriculture + mining + manufacturing + munitions + construction + services;
    }

    public double agriculture() {
        return agriculture;
    }

    public double mining() {
        return mining;
    }

    public double manufacturing() {
        return manufacturing;
    }

    public double munitions() {
        return munitions;
    }

    public double construction() {
        return construction;
    }

    public double services() {
        return services;
    }
}
