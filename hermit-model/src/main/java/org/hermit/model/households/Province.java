package org.hermit.model.households;

/**
 * The provinces and directly governed cities as the 2008 census counted them (Nampo within South Pyongan, Rason
 * within North Hamgyong, Kaesong within North Hwanghae). ABROAD holds people working abroad; BARRACKS the
 * soldiers the census counted in institutions.
 */
public enum Province {
    PYONGYANG("pyongyang", false),
    SOUTH_PYONGAN("south_pyongan", false),
    NORTH_PYONGAN("north_pyongan", true),
    CHAGANG("chagang", true),
    SOUTH_HWANGHAE("south_hwanghae", false),
    NORTH_HWANGHAE("north_hwanghae", false),
    KANGWON("kangwon", false),
    SOUTH_HAMGYONG("south_hamgyong", false),
    NORTH_HAMGYONG("north_hamgyong", true),
    RYANGGANG("ryanggang", true),
    BARRACKS("barracks", false),
    ABROAD("abroad", false);

    public static final int COUNT = values().length;
    private final String id;
    private final boolean chinaBorder;

    Province(String id, boolean chinaBorder) {
        this.id = id;
        this.chinaBorder = chinaBorder;
    }

    public String id() {
        return id;
    }

    /** On the Chinese border, where smuggling and cross-border trade give traders more to sell. */
    public boolean chinaBorder() {
        return chinaBorder;
    }
}
