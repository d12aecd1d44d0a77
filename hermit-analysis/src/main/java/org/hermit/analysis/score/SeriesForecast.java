package org.hermit.analysis.score;

import java.util.List;

/**
 * What a backtest scores for one observed series: the last observation at or before the cut-off (the
 * no-change forecast for every later period; NaN when the series has none, which leaves MASE and the
 * direction of change undefined) and each later observation with its ensemble forecast.
 */
public record SeriesForecast(String series, double lastObservedAtCutoff, List<ForecastPoint> points) {

    public SeriesForecast {
        if (series == null || series.isBlank()) {
            throw new IllegalArgumentException("a series forecast needs the series id");
        }
        if (Double.isInfinite(lastObservedAtCutoff)) {
            throw new IllegalArgumentException(series + ": the last observation at the cut-off must be finite or NaN"
                    + " (none), got " + lastObservedAtCutoff);
        }
        points = List.copyOf(points);
    }

    /** True when an observation at or before the cut-off gives a no-change forecast to compare with. */
    public boolean hasNoChangeForecast() {
        return !Double.isNaN(lastObservedAtCutoff);
    }
}
