package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

/** What the sensitivity analysis assumes of the real model. */
class SensitivityRealModelTest {

    /**
     * The analysis runs a scenario only to the end of the year it explains; that is sound only if a month's values
     * do not depend on how many months follow (no random events drawn for the whole horizon up front, no policy read
     * ahead).
     */
    @Test
    void aRunCutShortAgreesMonthForMonthWithTheFullRun() {
        Hermit hermit = Hermit.withBundledData();
        Scenario full = hermit.scenario("baseline");
        Scenario cut = full.withEndMonth(Months.of(2020, 12));
        long runSeed = RandomStreams.runSeed(full.seed(), 3);
        ParameterValues params = ParameterValues.central(hermit.parameters());
        SeriesBuffer whole = new SeriesBuffer(full.months());
        SeriesBuffer part = new SeriesBuffer(cut.months());
        new Simulation(full, hermit.parameters(), hermit.inputs()).run(params, runSeed, whole);
        new Simulation(cut, hermit.parameters(), hermit.inputs()).run(params, runSeed, part);
        for (int v = 0; v < Variables.COUNT; v++) {
            assertThat(part.series(v)).as(Variables.get(v).id())
                    .isEqualTo(Arrays.copyOf(whole.series(v), cut.months()));
        }
    }
}
