package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hermit.io.InputException;
import org.junit.jupiter.api.Test;

class MarkedSectionTest {
    @Test
    void replacesOnlyWhatLiesBetweenTheMarkers() {
        String text = "a\n<!-- t:begin -->\nold\nolder\n<!-- t:end -->\nb\n<!-- u:begin -->\nkeep\n<!-- u:end -->\n";

        String out = MarkedSection.replace("doc.md", text, "t", "new");

        assertThat(out).isEqualTo("a\n<!-- t:begin -->\nnew\n<!-- t:end -->\nb\n<!-- u:begin -->\nkeep\n<!-- u:end -->\n");
    }

    @Test
    void markersQuotedInProseAreNotMarkers() {
        String text = "Run it to fill `<!-- t:begin -->` ... `<!-- t:end -->`:\n<!-- t:begin -->\nold\n  <!-- t:end -->\n";

        assertThat(MarkedSection.replace("doc.md", text, "t", "new\n"))
                .isEqualTo("Run it to fill `<!-- t:begin -->` ... `<!-- t:end -->`:\n<!-- t:begin -->\nnew\n  <!-- t:end -->\n");
    }

    @Test
    void missingReversedOrRepeatedMarkersAreBadInput() {
        assertThatThrownBy(() -> MarkedSection.replace("doc.md", "no markers", "t", "x")).isInstanceOf(InputException.class)
                .hasMessageContaining("no section <!-- t:begin --> ... <!-- t:end -->");
        assertThatThrownBy(() -> MarkedSection.replace("doc.md", "<!-- t:end -->\n<!-- t:begin -->\n", "t", "x"))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> MarkedSection.replace("doc.md", "<!-- t:begin -->\n<!-- t:end -->\n<!-- t:begin -->\n", "t", "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("doc.md:3");
    }
}
