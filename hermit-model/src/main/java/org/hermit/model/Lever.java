package org.hermit.model;

import java.util.Optional;

/**
 * Policy levers a scenario sets by date, each a number in 0..1. The value holds until the next change.
 * defaultValue applies before the first change.
 */
public enum Lever {
    BORDER_CLOSURE("border_closure", 0.0,
            "Share of cross-border movement of goods and people stopped by the DPRK's own closure (1 = sealed)"),
    WAR_DEMAND("war_demand", 0.0,
            "Russia's demand for DPRK munitions and troops, relative to its 2024 level (0 = none)"),
    AID_ACCESS("aid_access", 1.0,
            "Access of humanitarian agencies, relative to the pre-2020 level (0 = none)"),
    CRYPTO_SECURITY("crypto_security", 0.0,
            "Hardening of exchanges and bridges against DPRK hackers (1 = heists mostly fail)"),
    TOURISM_OPENNESS("tourism_openness", 1.0,
            "Share of foreign tourism the DPRK allows, relative to its pre-2020 openness"),
    MARKET_TOLERANCE("market_tolerance", 1.0,
            "The state's tolerance of private markets and traders (1 = the 2010s norm)");

    public static final int COUNT = values().length;
    private static final Lever[] VALUES = values();

    private final String id;
    private final double defaultValue;
    private final String description;

    Lever(String id, double defaultValue, String description) {
        this.id = id;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public static Lever of(int ordinal) {
        return VALUES[ordinal];
    }

    public static Optional<Lever> byId(String id) {
        for (Lever l : VALUES) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
