package org.hermit.io.observed;

/**
 * The unit conversions the curation applies, each with its source or marked as an assumption.
 */
public final class Conversions {
    private Conversions() {}

    /**
     * The won was redenominated on 30 Nov 2009 at 100 old won to 1 new won
     * (markets.csv, policy_redenomination, 2009-11-30, Washington Times 2009-12-02). Prices quoted in old won are
     * divided by this.
     */
    public static final double OLD_KPW_PER_NEW_KPW = 100;

    /**
     * Assumption: gasoline density 0.7475 kg/L, the midpoint of the EN 228 limits (0.720–0.775 kg/L at 15 °C).
     * The whole range moves a converted price by at most ±3.7%.
     */
    public static final double GASOLINE_KG_PER_LITRE = 0.7475;

    /**
     * Assumption: diesel density 0.8325 kg/L, the midpoint of the EN 590 limits (0.820–0.845 kg/L at 15 °C).
     * The whole range moves a converted price by at most ±1.5%.
     */
    public static final double DIESEL_KG_PER_LITRE = 0.8325;

    public static final double MILLION = 1e6;
    public static final double BILLION = 1e9;

    /** A price per litre as a price per kilogram: one kilogram is 1/density litres. */
    public static double perLitreToPerKg(double pricePerLitre, double kgPerLitre) {
        return pricePerLitre / kgPerLitre;
    }

    /** A price in old (pre-December 2009) won as new won. */
    public static double oldWonToNewWon(double oldWon) {
        return oldWon / OLD_KPW_PER_NEW_KPW;
    }

    /** 47.5 (percent) as 0.475 (share). */
    public static double percentToShare(double percent) {
        return percent / 100;
    }
}
