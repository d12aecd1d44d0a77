package org.hermit.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.hermit.io.evidence.CsvRecords.CsvRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepTheirCommasAndRecordsKeepTheirLines() {
        List<CsvRecord> records = CsvRecords.read(new StringReader(
                "series,value,source\n"
                        + "a,1,\"Reuters, 2019\"\n"
                        + "\n"
                        + "b,2,\"say \"\"hi\"\"\"\n"));
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("a", "1", "Reuters, 2019");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).fields()).containsExactly("b", "2", "say \"hi\"");
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void emptyFieldsAreEmptyStrings() {
        List<CsvRecord> records = CsvRecords.read(new StringReader("a,,c\n"));
        assertThat(records.get(0).fields()).containsExactly("a", "", "c");
    }
}
