package org.hermit.model;

/** Sectors of the stock-flow ledger: the rest of the world by partner, and the domestic sectors. */
public enum Sector {
    ROW_CHINA("rest_of_world.china"),
    ROW_RUSSIA("rest_of_world.russia"),
    ROW_SOUTH_KOREA("rest_of_world.south_korea"),
    ROW_OTHER("rest_of_world.other"),
    TREASURY("treasury"),
    ENTERPRISES("enterprises"),
    TRADERS("traders"),
    HOUSEHOLDS("households");

    public static final int COUNT = values().length;
    private static final Sector[] VALUES = values();
    private final String id;

    Sector(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isRestOfWorld() {
        return ordinal() <= ROW_OTHER.ordinal();
    }

    public static Sector of(int ordinal) {
        return VALUES[ordinal];
    }

    public static Sector restOfWorld(Partner p) {
        return VALUES[p.ordinal()];
    }
}
