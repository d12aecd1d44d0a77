package org.hermit.model.households;

/** Kinds of household, by where their livelihood comes from and where they stand in the distribution system. */
public enum HouseholdKind {
    PYONGYANG_ELITE("pyongyang_elite"),
    PYONGYANG_WORKERS("pyongyang_workers"),
    URBAN_STATE_WORKERS("urban_state_workers"),
    MARKET_TRADERS("market_traders"),
    COOPERATIVE_FARMERS("cooperative_farmers"),
    SOLDIERS("soldiers"),
    WORKERS_ABROAD("workers_abroad");

    public static final int COUNT = values().length;
    private static final HouseholdKind[] VALUES = values();
    private final String id;
    /** "households.&lt;id&gt;.", the prefix of the kind's parameters in the registry. */
    private final String parameterPrefix;

    HouseholdKind(String id) {
        this.id = id;
        this.parameterPrefix = "households." + id + ".";
    }

    String parameterPrefix() {
        return parameterPrefix;
    }

    public String id() {
        return id;
    }

    public static HouseholdKind of(int ordinal) {
        return VALUES[ordinal];
    }
}
