package org.hermit.analysis.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTableTest {
    private final List<Score> scores = List.of(
            new Score("kpw_per_usd", HorizonBand.MONTHS_1_12, 12, 4.5, 0.8, 0.75, 0.5),
            new Score("kpw_per_usd", HorizonBand.ALL, 12, 4.5, Double.NaN, 0.75, Double.NaN));

    @Test
    void csvHasTheBacktestColumnsAndLeavesUndefinedMetricsEmpty() {
        assertThat(ScoreTable.csv(scores)).isEqualTo("""
                series,band,n,mape,mase,coverage90,direction_hit
                kpw_per_usd,1-12,12,4.5,0.8,0.75,0.5
                kpw_per_usd,all,12,4.5,,0.75,
                """);
    }

    @Test
    void textTableShowsOneLinePerScoreWithPercentages() {
        List<String> lines = ScoreTable.text(scores).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("series", "band", "MAPE %", "MASE", "coverage90", "direction");
        assertThat(lines.get(1)).contains("kpw_per_usd", "1-12", "4.5", "0.80", "75%", "50%");
        assertThat(lines.get(2)).contains("all").contains(" - ");
    }

    @Test
    void markdownTableForTheDocsPutsTheWholeHorizonInBold() {
        assertThat(ScoreTable.markdown(scores)).isEqualTo("""
                | series | band | n | MAPE % | MASE | coverage90 | direction |
                |---|---|---:|---:|---:|---:|---:|
                | `kpw_per_usd` | 1-12 | 12 | 4.5 | 0.80 | 75% | 50% |
                | `kpw_per_usd` | **all** | 12 | **4.5** | **-** | **75%** | **-** |
                """);
    }
}
