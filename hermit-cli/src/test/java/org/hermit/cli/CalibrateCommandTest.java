package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hermit.analysis.posterior.PosteriorSample;
import org.hermit.cli.TestHermit.Outcome;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hermit calibrate on the random-walk test model, whose rice price is walk.level times (1 + its variable index). */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    /** Rice at 3,000 (1 + index) in every month of 2020: the walk's level that fits it is about 3,000. */
    private Path riceRecord() throws Exception {
        List<String> lines = new ArrayList<>(List.of("series,date,value"));
        for (int m = 1; m <= 12; m++) {
            lines.add(String.format("rice_kpw_per_kg,2020-%02d,%s", m, 3000.0 * (1 + Variables.RICE_KPW)));
        }
        return Files.write(tmp.resolve("rice.csv"), lines);
    }

    private Outcome calibrate(String... extra) throws Exception {
        return TestHermit.run(Args.of(List.of("calibrate", "walk"), List.of("--cutoff", "2020-12", "--params", RandomWalkModel.LEVEL,
                "--observed", riceRecord().toString(), "--observed-only", "--budget", "1200", "--population", "100",
                "--threads", "2", "--seed", "4", "--out", tmp.resolve("posterior.csv").toString()), extra));
    }

    @Test
    void fitsTheLevelTheRecordShowsAndWritesAWeightedPosterior() throws Exception {
        Outcome o = calibrate();

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        PosteriorSample posterior = PosteriorSample.read(tmp.resolve("posterior.csv"));
        assertThat(posterior.ids()).containsExactly(RandomWalkModel.LEVEL);
        assertThat(posterior.isWeighted()).isTrue();
        assertThat(posterior.size()).isEqualTo(100);
        assertThat(posterior.mean(RandomWalkModel.LEVEL)).isCloseTo(3000, within(300.0));
        assertThat(Files.readString(tmp.resolve("posterior.csv"))).startsWith("# Posterior sample of hermit calibrate: scenario walk,"
                + " observations 2020-01 to 2020-12, seed 4.");
    }

    @Test
    void printsEachGenerationThenTheParametersAndTheFitPerSeries() throws Exception {
        Outcome o = calibrate();

        assertThat(o.out()).contains("walk fitted to the record from 2020-01 to 2020-12: 1 parameter, population 100,"
                        + " budget 1,200 simulations, seed 4")
                .containsPattern("generation\\s+tolerance\\s+acceptance\\s+ESS\\s+simulations\\n0\\s+inf\\s+100.0%\\s+100\\s+100\\n")
                .containsPattern("\\n1\\s+[0-9.]+\\s+[0-9.]+%\\s+[0-9]+\\s+[0-9,]+\\n")
                .containsPattern("walk.level\\s+1,000\\s+[0-9,.k]+\\s+[0-9,.k]+ - [0-9,.k]+\\n")
                .containsPattern("rice_kpw_per_kg\\s+12\\s+[0-9.]+\\s+[0-9.]+\\n")
                .contains("Wrote " + tmp.resolve("posterior.csv"), "parameters: {posterior: posterior.csv}");
        // At the prior's centre (level 1,000) rice is a third of the record: ln 3 / 0.25 = 4.4 units, capped at 4 (the
        // walk's noise brings a few months under the cap). The posterior mean is within a unit (28%).
        String[] fit = o.out().lines().filter(l -> l.startsWith("rice_kpw_per_kg")).findFirst().orElseThrow().split("\\s+");
        assertThat(Double.parseDouble(fit[2])).isBetween(3.8, 4.0);
        assertThat(Double.parseDouble(fit[3])).isLessThan(1.0);
        assertThat(o.err()).contains("hermit: generation 0 done: tolerance inf, acceptance 100.0%");
    }

    @Test
    void theSameSeedGivesTheSamePosteriorWithOneThreadOrTwo() throws Exception {
        calibrate();
        byte[] twoThreads = Files.readAllBytes(tmp.resolve("posterior.csv"));
        Outcome one = calibrate("--threads", "1");

        assertThat(one.status()).isEqualTo(Main.EXIT_OK);
        assertThat(Files.readAllBytes(tmp.resolve("posterior.csv"))).isEqualTo(twoThreads);
    }

    @Test
    void parametersMayComeFromAListFile() throws Exception {
        Path list = Files.writeString(tmp.resolve("mine.txt"), "# what to fit\nwalk.level   # the rice level\nwalk.drift\n");

        Outcome o = calibrate("--params", "@" + list);

        assertThat(o.status()).as(o.err()).isEqualTo(Main.EXIT_OK);
        assertThat(PosteriorSample.read(tmp.resolve("posterior.csv")).ids()).containsExactly("walk.level", "walk.drift");
    }

    @Test
    void anUnknownParameterIsBadInputWithSuggestions() throws Exception {
        Outcome o = calibrate("--params", "walk.levl,walk.drift");

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--params: unknown parameter 'walk.levl'; did you mean walk.level?")
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("posterior.csv")).doesNotExist();
    }

    @Test
    void theBundledListDoesNotFitAnotherRegistry() {
        Outcome o = TestHermit.run("calibrate", "walk", "--budget", "200", "--population", "50", "--out",
                tmp.resolve("p.csv").toString());

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("org/hermit/calibration/parameters.txt:").contains("unknown parameter");
    }

    @Test
    void aCutoffBeforeTheScenarioStartsIsBadInput() throws Exception {
        Outcome o = calibrate("--cutoff", "2019-06");

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("the cut-off 2019-06 lies before the scenario's start 2020-01");
    }

    @Test
    void aMalformedObservedFileIsBadInputNamingTheLine() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "series,date,value\nrice_kpw_per_kg,2020-13,5000\n");

        Outcome o = calibrate("--observed", bad.toString());

        assertThat(o.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(o.err()).contains(bad + ":2").contains("YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void badNumbersAndMonthsAreBadInput() throws Exception {
        for (String[] extra : new String[][] {
                {"--cutoff", "2020-6"},
                {"--cutoff", "June"},
                {"--budget", "50"},
                {"--population", "1"},
                {"--threads", "0"}}) {
            Outcome o = calibrate(extra);
            assertThat(o.status()).as(String.join(" ", extra)).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(o.err()).as(String.join(" ", extra)).startsWith("hermit: ").doesNotContain("\tat ");
        }
        assertThat(calibrate("--budget", "50").err()).contains("the budget (50 simulations) must cover at least one population (100)");
        assertThat(TestHermit.run("calibrate", "walk", "--params", "walk.level", "--observed-only").err()).contains("--observed-only needs --observed FILE");
    }

    @Test
    void aYearParameterIsShownWithItsFractionNotAsAThousandsFigure() {
        ParameterSpace registry = new ParameterSpace(List.of(
                new ParameterDef("treasury.fx_defence_start_year", "year", "", 2013.61, new Distribution.Uniform(2011, 2015),
                        2000, 2030, List.of(), "a test parameter"),
                new ParameterDef("households.state_wage_kpw_per_month", "KPW/month", "", 3000, new Distribution.Uniform(2000, 4000),
                        0, 1e6, List.of(), "a test parameter")));

        assertThat(CalibrateCommand.value(registry, "treasury.fx_defence_start_year", 2013.6149)).isEqualTo("2013.61");
        assertThat(CalibrateCommand.value(registry, "households.state_wage_kpw_per_month", 3057.6)).isEqualTo("3,058");
    }
}
