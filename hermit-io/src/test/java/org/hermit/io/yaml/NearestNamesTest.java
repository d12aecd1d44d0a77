package org.hermit.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NearestNamesTest {
    private static final List<String> ROOT_KEYS = List.of("name", "description", "extends", "start", "end", "seed",
            "runs", "resolution", "parameters", "policies", "events", "replace_policies", "replace_events");

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestNames.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestNames.levenshtein("", "abc")).isEqualTo(3);
        assertThat(NearestNames.levenshtein("polices", "policies")).isEqualTo(1);
    }

    @Test
    void aTypoGetsTheNearestKnownName() {
        assertThat(NearestNames.hint("polices", ROOT_KEYS)).isEqualTo("; did you mean 'policies'?");
        assertThat(NearestNames.hint("Events", ROOT_KEYS)).isEqualTo("; did you mean 'events'?");
    }

    @Test
    void somethingFarFromEveryNameListsTheNamesInstead() {
        assertThat(NearestNames.hint("zzzzzzzz", List.of("china", "russia"))).isEqualTo("; expected one of: china, russia");
    }

    @Test
    void candidatesPutNamesContainingTheTypedTextFirst() {
        List<String> ids = List.of("coal.export_capacity_t_per_year", "minerals.ore_price", "coal.smuggling_share");
        assertThat(NearestNames.candidates("coal", ids, 5))
                .containsExactly("coal.export_capacity_t_per_year", "coal.smuggling_share");
    }

    @Test
    void anUnknownNameInAKnownGroupOffersThatGroupsNames() {
        List<String> ids = List.of("coal.export_capacity_t_per_year", "minerals.ore_price", "coal.smuggling_share");
        assertThat(NearestNames.candidates("coal.nope", ids, 5))
                .containsExactly("coal.export_capacity_t_per_year", "coal.smuggling_share");
        assertThat(NearestNames.candidates("gold.nope", ids, 5)).isEmpty();
    }

    @Property
    void distanceIsZeroOnlyToItselfAndSymmetric(@ForAll @AlphaChars @StringLength(max = 12) String a,
                                                 @ForAll @AlphaChars @StringLength(max = 12) String b) {
        assertThat(NearestNames.levenshtein(a, a)).isZero();
        assertThat(NearestNames.levenshtein(a, b)).isEqualTo(NearestNames.levenshtein(b, a));
        assertThat(NearestNames.levenshtein(a, b) == 0).isEqualTo(a.equals(b));
        assertThat(NearestNames.levenshtein(a, b)).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    }
}
