package org.hermit.model.production;

import org.hermit.model.math.MinMax;
import org.hermit.model.param.ParameterValues;

/**
 * Oil products the economy gets: crude through China's pipeline (supplied on credit or as aid, outside customs
 * records, so the treasury does not pay for it month by month), refined products bought legally up to the UN caps,
 * refined products bought illicitly (ship-to-ship) beyond the caps at a premium, and oil received in kind. The
 * treasury pays for what it buys; the fill rate of its strategic budget limits what arrives.
 */
public final class FuelSupply {
    private final double needBblPerMonth;
    private final double pipelineCrudeBblPerMonth;
    private final double illicitPremium;
    private final double illicitReach;

    private double pipelineBbl;
    private double plannedLegalBbl;
    private double plannedIllicitBbl;
    private double suppliedBbl;
    private double legalCostUsd;
    private double illicitCostUsd;

    public FuelSupply(ParameterValues p) {
        needBblPerMonth = p.get("fuel.need_bbl_per_year") / 12.0;
        pipelineCrudeBblPerMonth = p.get("fuel.pipeline_crude_bbl_per_year") / 12.0;
        illicitPremium = p.get("fuel.illicit_price_premium");
        illicitReach = p.get("fuel.illicit_reach");
    }

    /**
     * Plans the month's purchases and returns what they would cost in USD.
     *
     * @param refinedCapBblPerYear legal refined-product cap in force (infinite when none)
     * @param crudeCapBblPerYear   legal crude cap in force
     * @param enforcementOfCaps    how strictly suppliers keep to the caps (0..1)
     * @param inKindBbl            oil received in kind this month
     * @param borderOpen           share of the border open to freight (0..1)
     */
    public double plan(double oilUsdPerBbl, double refinedCapBblPerYear, double crudeCapBblPerYear,
                       double enforcementOfCaps, double inKindBbl, double borderOpen) {
        double crude = MinMax.min(pipelineCrudeBblPerMonth, crudeCapBblPerYear / 12.0);
        double wanted = MinMax.atLeastZero(needBblPerMonth - crude - inKindBbl);
        double legalRoom = refinedCapBblPerYear / 12.0;
        // A cap only binds as far as suppliers enforce it; what they do not enforce is bought as if legal.
        double legal = MinMax.min(wanted, legalRoom + (1.0 - enforcementOfCaps) * MinMax.atLeastZero(wanted - legalRoom))
                * borderOpen;
        // Ship-to-ship deliveries make up part of what the caps and a closed border deny.
        double illicit = MinMax.atLeastZero(wanted - legal) * illicitReach;
        // The pipeline runs whatever happens at the border crossings (it kept flowing through the 2020 closure).
        pipelineBbl = crude;
        plannedLegalBbl = legal;
        plannedIllicitBbl = illicit;
        legalCostUsd = plannedLegalBbl * oilUsdPerBbl;
        illicitCostUsd = plannedIllicitBbl * oilUsdPerBbl * (1.0 + illicitPremium);
        return legalCostUsd + illicitCostUsd;
    }

    /** What arrived, given the share of the planned purchases the treasury paid for. */
    public void deliver(double fillRate, double inKindBbl) {
        suppliedBbl = pipelineBbl + (plannedLegalBbl + plannedIllicitBbl) * fillRate + inKindBbl;
    }

    public double suppliedBbl() {
        return suppliedBbl;
    }

    /** Supply relative to need (1 = normal). */
    public double supplyIndex() {
        return suppliedBbl / needBblPerMonth;
    }

    public double legalCostUsd() {
        return legalCostUsd;
    }
}
