package org.hermit.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private final Evidence evidence = Evidence.bundled();

    @Test
    void everyDataLineOfTheFiveFilesIsARow() {
        // Line counts of the bundled files minus their header (no record spans two lines).
        assertThat(evidence.rows()).filteredOn(r -> r.file().equals(Evidence.TRADE)).hasSize(506);
        assertThat(evidence.rows()).filteredOn(r -> r.file().equals(Evidence.MACRO)).hasSize(634);
        assertThat(evidence.rows()).filteredOn(r -> r.file().equals(Evidence.MARKETS)).hasSize(530);
        assertThat(evidence.rows()).filteredOn(r -> r.file().equals(Evidence.REVENUE)).hasSize(319);
        assertThat(evidence.events()).hasSize(80);
    }

    @Test
    void everyRowCitesASourceAndAUrlAndHasAParseablePeriod() {
        for (EvidenceRow row : evidence.rows()) {
            assertThat(row.source()).as(row.ref()).isNotBlank();
            assertThat(row.url()).as(row.ref()).startsWith("http");
            assertThatCode(row::parsedPeriod).as(row.ref()).doesNotThrowAnyException();
        }
    }

    @Test
    void findResolvesACitationToItsRowWithUrlAndSource() {
        EvidenceRow row = evidence.find(Evidence.MARKETS, "kpw_per_usd", "2016-01-10").orElseThrow();
        assertThat(row.line()).isGreaterThan(1);
        assertThat(row.location()).isEqualTo("Hyesan");
        assertThat(row.value().orElseThrow().low()).isEqualTo(8190);
        assertThat(row.source()).contains("Daily NK");
        assertThat(row.url()).startsWith("http");
        assertThat(evidence.findAll(Evidence.MARKETS, "kpw_per_usd", "2016-01-10")).hasSize(3);
        assertThat(evidence.find(Evidence.MARKETS, "kpw_per_usd", "1999-01")).isEmpty();
    }

    @Test
    void revenueRowsAreKeyedByChannelAndKeepRangesAndSpanNotes() {
        List<EvidenceRow> crypto = evidence.rows(Evidence.REVENUE, "crypto_theft");
        EvidenceRow un = crypto.stream().filter(r -> r.valueText().equals("630000000-1000000000")).findFirst().orElseThrow();
        assertThat(un.value().orElseThrow().midpoint()).isEqualTo(815e6);
        EvidenceRow partial = crypto.stream().filter(r -> r.period().equals("2023-09")).findFirst().orElseThrow();
        assertThat(partial.spanNote()).contains("1 Jan-14 Sep 2023");
    }

    @Test
    void eventsKeepDateCategoryEventAndMeasure() {
        EvidenceRow first = evidence.events().get(0);
        assertThat(first.period()).isEqualTo("2006-10-14");
        assertThat(first.series()).isEqualTo("sanctions_un");
        assertThat(first.event()).contains("1718");
        assertThat(first.measure()).contains("arms embargo");
        assertThat(first.valueText()).isEmpty();
        assertThat(evidence.rows(Evidence.EVENTS, "sanctions_un")).isNotEmpty();
    }

    @Test
    void parsingFindsColumnsByHeaderAndKeepsQuotedCommas() {
        List<EvidenceRow> rows = Evidence.parse("x.csv", new StringReader(
                "channel,period,value,unit,source,url\n"
                        + "crypto_theft,2022,1-3,USD,\"Chainalysis, via X\",http://a\n"));
        EvidenceRow row = rows.get(0);
        assertThat(row.series()).isEqualTo("crypto_theft");
        assertThat(row.source()).isEqualTo("Chainalysis, via X");
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.value().orElseThrow().midpoint()).isEqualTo(2);
    }

    @Test
    void aMalformedBundledFileIsADefectNamingTheLine() {
        assertThatThrownBy(() -> Evidence.parse("x.csv", new StringReader("series,period,value,unit,source,url\na,2017\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.csv:2");
        assertThatThrownBy(() -> Evidence.parse("x.csv", new StringReader("name,when,source,url\n")))
                .hasMessageContaining("series");
    }
}
