package org.hermit.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTableTest {

    @Test
    void sobolTableListsParametersByDescendingTotalIndex() {
        SobolResult result = new SobolResult(1024, 5120, 3.5, 13.8, 500, List.of(
                new SobolIndices("trade.coal_ban_enforcement", 0.31, new Interval(0.29, 0.33), 0.56,
                        new Interval(0.54, 0.58)),
                new SobolIndices("won.velocity", 0.44, new Interval(0.43, 0.45), 0.44, new Interval(0.43, 0.45)),
                new SobolIndices("x3", 0.0, new Interval(-0.01, 0.01), 0.24, new Interval(0.23, 0.25))));

        List<String> lines = SensitivityTable.sobol(result).lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("rank", "parameter", "S1", "ST");
        assertThat(lines.get(1)).contains("1", "trade.coal_ban_enforcement", "0.310", "[0.290, 0.330]", "0.560");
        assertThat(lines.get(2)).contains("2", "won.velocity");
        assertThat(lines.get(3)).contains("3", "x3", "-0.010");
        assertThat(lines.get(4)).contains("N = 1024", "5120 evaluations");
    }

    @Test
    void morrisTableListsParametersByDescendingMuStar() {
        MorrisResult result = new MorrisResult(10, 4, 50, List.of(
                new MorrisEffect("a", 0.5, 1.5, 0.2, new Interval(1.2, 1.8)),
                new MorrisEffect("b", -30, 30, 0, new Interval(30, 30))));

        List<String> lines = SensitivityTable.morris(result).lines().toList();

        assertThat(lines.get(1)).contains("1", "b", "30.00", "-30.00");
        assertThat(lines.get(2)).contains("2", "a", "1.500", "[1.200, 1.800]");
        assertThat(lines.get(3)).contains("10 trajectories on 4 levels, 50 evaluations");
    }
}
