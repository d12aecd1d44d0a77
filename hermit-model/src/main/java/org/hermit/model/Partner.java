package org.hermit.model;

import java.util.Optional;

/** The rest of the world, as the DPRK trades with it. */
public enum Partner {
    CHINA("china"),
    RUSSIA("russia"),
    SOUTH_KOREA("south_korea"),
    OTHER("other");

    public static final int COUNT = values().length;
    private static final Partner[] VALUES = values();

    private final String id;

    Partner(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Partner of(int ordinal) {
        return VALUES[ordinal];
    }

    public static Optional<Partner> byId(String id) {
        for (Partner p : VALUES) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
