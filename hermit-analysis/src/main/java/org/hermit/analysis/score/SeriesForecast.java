package org.hermit.analysis.score;

import java.util.List;

/**
 * What a backtest scores for one observed series: the last observation at or before the cut-off (the
 * no-change forecast for every later period) and each later observation with its ensemble forecast.
 */
public record SeriesForecast(String series, double lastObservedAtCutoff, List<ForecastPoint> points) {

    public SeriesForecast {
        if (series == null || series.isBlank()) {
            throw new IllegalArgumentException("a series forecast needs the series id");
        }
        if (!Double.isFinite(lastObservedAtCutoff)) {
            throw new IllegalArgumentException(series + ": the last observation at the cut-off must be finite, got "
                    + lastObservedAtCutoff);
        }
        points = List.copyOf(points);
    }
}
