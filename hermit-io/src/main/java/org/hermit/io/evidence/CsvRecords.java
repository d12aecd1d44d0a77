package org.hermit.io.evidence;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV text into records that remember their line, using Jackson's CSV parser (RFC 4180 quoting, so a
 * quoted field may hold commas). The first record is returned like any other; callers decide what a header is.
 */
public final class CsvRecords {
    // Without a schema the parser yields each record as an array of strings.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private CsvRecords() {}

    /** One record: the 1-based line it starts on and its fields as written (unquoted, not trimmed). */
    public record CsvRecord(int line, List<String> fields) {
        public CsvRecord {
            fields = List.copyOf(fields);
        }

        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /** All records of the text; an unterminated quote or similar is reported as an UncheckedIOException. */
    public static List<CsvRecord> read(Reader reader) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(reader)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                int line = 0;
                List<String> fields = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    if (fields.isEmpty()) {
                        // The array token carries the previous record's position; the first field has the right one.
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getText() == null ? "" : parser.getText());
                }
                records.add(new CsvRecord(line, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
