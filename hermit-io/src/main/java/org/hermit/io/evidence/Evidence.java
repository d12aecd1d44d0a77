package org.hermit.io.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hermit.io.evidence.CsvRecords.CsvRecord;

/**
 * The sourced evidence bundled with Hermit (trade, macro, markets, revenue, events), row by row with their
 * citations. Parameters cite rows by file, series and period; the curation step turns rows into observed series.
 */
public final class Evidence {
    public static final String TRADE = "trade.csv";
    public static final String MACRO = "macro.csv";
    public static final String MARKETS = "markets.csv";
    public static final String REVENUE = "revenue.csv";
    public static final String EVENTS = "events.csv";
    public static final List<String> FILES = List.of(TRADE, MACRO, MARKETS, REVENUE, EVENTS);

    private static final String RESOURCE_DIR = "/org/hermit/evidence/";

    private final List<EvidenceRow> rows;
    private final Map<String, List<EvidenceRow>> byFileAndSeries = new LinkedHashMap<>();

    private Evidence(List<EvidenceRow> rows) {
        this.rows = List.copyOf(rows);
        for (EvidenceRow row : this.rows) {
            byFileAndSeries.computeIfAbsent(key(row.file(), row.series()), k -> new ArrayList<>()).add(row);
        }
        byFileAndSeries.replaceAll((k, v) -> List.copyOf(v));
    }

    /** Loaded once per JVM from the classpath; the instance is immutable. */
    public static Evidence bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Evidence INSTANCE = loadBundled();
    }

    private static Evidence loadBundled() {
        List<EvidenceRow> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = Evidence.class.getResourceAsStream(RESOURCE_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled evidence file missing from the classpath: " + file);
                }
                all.addAll(parse(file, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled evidence " + file, e);
            }
        }
        return new Evidence(all);
    }

    /** An Evidence made of the given rows (tests build small ones). */
    public static Evidence of(List<EvidenceRow> rows) {
        return new Evidence(rows);
    }

    /**
     * Parses one evidence file. Columns are found by header name: series|channel|category, period|date,
     * value, unit, location, source, url, event, measure. A missing key column is an IllegalStateException:
     * the bundled files are ours, so a malformed one is a defect, not user input.
     */
    public static List<EvidenceRow> parse(String file, Reader reader) {
        List<CsvRecord> records = CsvRecords.read(reader);
        if (records.isEmpty()) {
            throw new IllegalStateException(file + ": empty evidence file");
        }
        List<String> header = records.get(0).fields();
        int series = column(header, file, true, "series", "channel", "category");
        int period = column(header, file, true, "period", "date");
        int value = column(header, file, false, "value");
        int unit = column(header, file, false, "unit");
        int location = column(header, file, false, "location");
        int source = column(header, file, true, "source");
        int url = column(header, file, true, "url");
        int event = column(header, file, false, "event");
        int measure = column(header, file, false, "measure");
        List<EvidenceRow> rows = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            if (r.fields().size() != header.size()) {
                throw new IllegalStateException(file + ":" + r.line() + ": expected " + header.size()
                        + " fields, found " + r.fields().size());
            }
            String valueText = get(r, value);
            rows.add(new EvidenceRow(file, r.line(), get(r, series), get(r, period), valueText,
                    ValueRange.parse(valueText), get(r, unit), get(r, location), get(r, source), get(r, url),
                    get(r, event), get(r, measure)));
        }
        return rows;
    }

    private static int column(List<String> header, String file, boolean required, String... names) {
        for (String name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        if (required) {
            throw new IllegalStateException(file + ": header has none of " + List.of(names) + ": " + header);
        }
        return -1;
    }

    private static String get(CsvRecord r, int index) {
        return index < 0 ? "" : r.field(index).trim();
    }

    private static String key(String file, String series) {
        return file + "\u0000" + series;
    }

    public List<EvidenceRow> rows() {
        return rows;
    }

    /** The rows of one series (or channel, or event category) of one file, in file order; empty if none. */
    public List<EvidenceRow> rows(String file, String series) {
        return byFileAndSeries.getOrDefault(key(file, series), List.of());
    }

    /**
     * The first row (in file order) of the series with exactly this period text. Parameters cite a row this way
     * and show its source and URL. When sources disagree there are several rows for one period; use
     * {@link #findAll} to see them all.
     */
    public Optional<EvidenceRow> find(String file, String series, String period) {
        return findAll(file, series, period).stream().findFirst();
    }

    public List<EvidenceRow> findAll(String file, String series, String period) {
        return rows(file, series).stream().filter(r -> r.period().equals(period)).toList();
    }

    /** The dated events (events.csv), in file order. */
    public List<EvidenceRow> events() {
        return rows.stream().filter(r -> r.file().equals(EVENTS)).toList();
    }
}
