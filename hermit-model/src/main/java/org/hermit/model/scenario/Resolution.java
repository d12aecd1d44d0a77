package org.hermit.model.scenario;

/** How households are represented: a cohort table (~100 rows) or every household ("agent", not built yet). */
public enum Resolution {
    COHORT("cohort"),
    AGENT("agent");

    private final String id;

    Resolution(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
