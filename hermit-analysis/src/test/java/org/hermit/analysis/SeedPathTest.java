package org.hermit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedPathTest {

    @Test
    void theSameAddressGivesTheSameStream() {
        assertThat(SeedPath.stream(7, 2, 31).nextLong()).isEqualTo(SeedPath.stream(7, 2, 31).nextLong());
    }

    @Test
    void neighbouringAddressesGiveDistinctSeeds() {
        Set<Long> seeds = new HashSet<>();
        for (long seed = 0; seed < 4; seed++) {
            for (long generation = 0; generation < 30; generation++) {
                for (long particle = 0; particle < 300; particle++) {
                    seeds.add(SeedPath.mix(seed, generation, particle));
                }
            }
        }
        assertThat(seeds).hasSize(4 * 30 * 300);
        // the path is ordered: (1, 2) is not (2, 1)
        assertThat(SeedPath.mix(0, 1, 2)).isNotEqualTo(SeedPath.mix(0, 2, 1));
        assertThat(SeedPath.mix(0, 1)).isNotEqualTo(SeedPath.mix(0, 1, 0));
    }
}
