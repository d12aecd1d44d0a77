package org.hermit.model.households;

/** Small hand-made tables for kernel tests. */
final class HouseholdTableFixtures {
    private HouseholdTableFixtures() {}

    /** A rich row and a poor row of a million people each, eating half rice and half maize. */
    static HouseholdTable twoRows() {
        HouseholdTable t = HouseholdTable.empty(2);
        for (int r = 0; r < 2; r++) {
            t.kind[r] = HouseholdKind.URBAN_STATE_WORKERS.ordinal();
            t.province[r] = Province.SOUTH_PYONGAN.ordinal();
            t.tier[r] = r == 0 ? HouseholdTable.HIGH : HouseholdTable.LOW;
            t.persons[r] = 1e6;
            t.riceShareOfStaples[r] = 0.5;
        }
        return t;
    }
}
