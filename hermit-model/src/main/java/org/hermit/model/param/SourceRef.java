package org.hermit.model.param;

/**
 * A row of the bundled evidence data that a parameter rests on: file (trade.csv, macro.csv, markets.csv,
 * revenue.csv, events.csv), series (or channel), period (or date) and the URL it came from. note says how
 * the row was used ("2015 value", "midpoint of the range", "divided by 12").
 */
public record SourceRef(String file, String series, String period, String url, String note) {
    public SourceRef {
        if (file == null || file.isBlank() || series == null || series.isBlank()) {
            throw new IllegalArgumentException("a source needs a file and a series");
        }
        period = period == null ? "" : period;
        url = url == null ? "" : url;
        note = note == null ? "" : note;
    }
}
