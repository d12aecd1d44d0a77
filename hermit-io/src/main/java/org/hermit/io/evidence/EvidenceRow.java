package org.hermit.io.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a bundled evidence file, with its citation.
 *
 * @param file      "trade.csv", "macro.csv", "markets.csv", "revenue.csv" or "events.csv"
 * @param line      1-based line in that file (the header is line 1)
 * @param series    the series; the channel for revenue.csv; the category for events.csv
 * @param period    the period or date as written ("2017", "2017-12", "2010-03-13", "2017-01..2017-09")
 * @param valueText the value as written; empty for events.csv
 * @param value     the value parsed, when it is a number or a {@code low-high} range
 * @param unit      the unit as written, including notes such as "(approx.)" or "[span: Jan-Sep 2025]"
 * @param location  where the market observation was made (markets.csv only, else empty)
 * @param source    who reported it
 * @param url       where it was found (several URLs are separated by " | ")
 * @param event     what happened (events.csv only, else empty)
 * @param measure   what the event changed (events.csv only, else empty)
 */
public record EvidenceRow(String file, int line, String series, String period, String valueText,
                          Optional<ValueRange> value, String unit, String location, String source, String url,
                          String event, String measure) {

    private static final Pattern SPAN_NOTE = Pattern.compile("\\[span:\\s*([^\\]]*)\\]");

    /** The period parsed; every bundled row parses (a test holds the data to that). */
    public Period parsedPeriod() {
        return Period.parse(period);
    }

    /**
     * The note of a "[span: …]" marker in the unit, which says the figure covers more than one period (the
     * period then marks its end), or qualifies it otherwise ("Chainalysis revised figure").
     */
    public Optional<String> spanNote() {
        Matcher m = SPAN_NOTE.matcher(unit);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /** "markets.csv:123", for citing the row. */
    public String ref() {
        return file + ":" + line;
    }
}
