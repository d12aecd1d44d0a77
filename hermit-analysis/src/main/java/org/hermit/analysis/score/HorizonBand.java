package org.hermit.analysis.score;

/** Bands of forecast horizon, in months after the cut-off, over which scores are pooled. */
public enum HorizonBand {
    MONTHS_1_12("1-12", 1, 12),
    MONTHS_13_24("13-24", 13, 24),
    MONTHS_25_PLUS("25+", 25, Integer.MAX_VALUE),
    /** Every horizon. */
    ALL("all", 1, Integer.MAX_VALUE);

    private final String label;
    private final int firstMonth;
    private final int lastMonth;

    HorizonBand(String label, int firstMonth, int lastMonth) {
        this.label = label;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /** The text used in tables and in backtest.csv: 1-12, 13-24, 25+, all. */
    public String label() {
        return label;
    }

    public boolean contains(int horizonMonths) {
        return horizonMonths >= firstMonth && horizonMonths <= lastMonth;
    }

    /** The one band among 1-12, 13-24 and 25+ that holds a horizon of at least one month. */
    public static HorizonBand of(int horizonMonths) {
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("a forecast horizon is at least 1 month, got " + horizonMonths);
        }
        return horizonMonths <= 12 ? MONTHS_1_12 : horizonMonths <= 24 ? MONTHS_13_24 : MONTHS_25_PLUS;
    }
}
