package org.hermit.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hermit.io.InputProblem;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.param.Distribution;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.scenario.ScenarioEvent;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of mistake in a scenario file gets one message naming file, line, column, path and what was expected. */
class ScenarioValidationTest {
    private static final String HEAD = """
            name: test
            start: 2010-01
            end: 2012-12
            """;

    @TempDir
    Path dir;
    private ScenarioFiles files;

    @BeforeEach
    void setUp() {
        files = new ScenarioFiles(dir);
    }

    private InputProblem problem(int line, int column, String path, String message) {
        return new InputProblem(files.label("s.yaml"), line, column, path, message);
    }

    private List<InputProblem> problems(String text) {
        return files.problems("s.yaml", text);
    }

    @Test
    void aValidScenarioLoadsIntoTheModelsTypes() {
        Scenario s = files.load("s.yaml", """
                name: test
                description: A small test
                start: 2010-01
                end: 2012-12
                seed: 7
                runs: 10
                parameters:
                  coal.export_capacity_t_per_year: {pert: {min: 18000000, mode: 20000000, max: 24000000}}
                  workers_abroad.state_share: 0.8
                policies:
                  - date: 2016-03-02
                    enforcement: 0.2
                    channel: coal
                    partner: china
                    note: livelihood exemption
                  - date: 2020-01
                    lever: border_closure
                    value: 0.9
                    note: closure
                  - date: 2017-12
                    sanction: unscr_2397
                    note: UNSCR 2397
                  - date: 2019-01
                    sanction: unscr_2397
                    in_force: false
                    note: lifted
                events:
                  - {date: 2023-10, type: wage_reform, factor: 10, note: reform}
                  - {date: 2024-10, type: troop_deployment, troops: 11000, months: 14, note: troops}
                """);

        assertThat(s.name()).isEqualTo("test");
        assertThat(s.description()).isEqualTo("A small test");
        assertThat(s.origin()).isEqualTo(files.label("s.yaml"));
        assertThat(s.startMonth()).isEqualTo(Months.of(2010, 1));
        assertThat(s.endMonth()).isEqualTo(Months.of(2012, 12));
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.runs()).isEqualTo(10);
        assertThat(s.resolution()).isEqualTo(Resolution.COHORT);
        assertThat(s.parameters()).containsEntry("coal.export_capacity_t_per_year", new Distribution.Pert(18e6, 20e6, 24e6))
                .containsEntry("workers_abroad.state_share", new Distribution.Fixed(0.8));
        assertThat(s.policies()).containsExactly(
                new PolicyChange.Enforcement(Months.of(2016, 3), Channel.COAL, Partner.CHINA, 0.2, "livelihood exemption"),
                new PolicyChange.LeverSetting(Months.of(2020, 1), Lever.BORDER_CLOSURE, 0.9, "closure"),
                new PolicyChange.Sanction(Months.of(2017, 12), SanctionMeasure.UNSCR_2397, true, "UNSCR 2397"),
                new PolicyChange.Sanction(Months.of(2019, 1), SanctionMeasure.UNSCR_2397, false, "lifted"));
        assertThat(s.events()).containsExactly(
                new ScenarioEvent.WageReform(Months.of(2023, 10), 10, "reform"),
                new ScenarioEvent.TroopDeployment(Months.of(2024, 10), 11000, 14, "troops"));
        assertThat(s.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void omittedSeedRunsAndResolutionTakeTheDefaults() {
        Scenario s = files.load("s.yaml", HEAD);
        assertThat(s.seed()).isEqualTo(ScenarioLoader.DEFAULT_SEED);
        assertThat(s.runs()).isEqualTo(ScenarioLoader.DEFAULT_RUNS);
        assertThat(s.resolution()).isEqualTo(Resolution.COHORT);
        assertThat(s.policies()).isEmpty();
    }

    @Test
    void anUnknownKeyGetsTheNearestKnownKey() {
        assertThat(problems(HEAD + "polices: []\n"))
                .containsExactly(problem(4, 1, "polices", "unknown key 'polices'; did you mean 'policies'?"));
    }

    @Test
    void anUnknownKeyInAPolicyGetsTheNearestKnownKey() {
        assertThat(problems(HEAD + """
                policies:
                  - date: 2016-03
                    enforcement: 0.2
                    chanel: coal
                    note: x
                """)).containsExactly(problem(7, 5, "policies[0].chanel", "unknown key 'chanel'; did you mean 'channel'?"));
    }

    @Test
    void aFieldThatTheEventsTypeDoesNotHaveIsUnknown() {
        assertThat(problems(HEAD + """
                events:
                  - {date: 2022-03, type: heist, amount_usd: 625000000, factor: 2, note: x}
                """)).containsExactly(problem(5, 57, "events[0].factor",
                "unknown key 'factor'; expected one of: date, type, note, amount_usd"));
    }

    @Test
    void aMissingRequiredKeySaysWhatItIsFor() {
        assertThat(problems("""
                name: test
                start: 2010-01
                """)).containsExactly(problem(1, 1, "",
                "missing key 'end' (last simulated month, YYYY-MM; needed when there is no 'extends')"));
        assertThat(problems(HEAD + """
                events:
                  - {date: 2022-03, type: heist, note: x}
                """)).containsExactly(problem(5, 5, "events[0]",
                "missing key 'amount_usd' (US dollars stolen, 0..1e11; a heist event needs it)"));
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        assertThat(problems(HEAD + "runs: ten\n"))
                .containsExactly(problem(4, 7, "runs", "expected a whole number >= 1, got the text 'ten'"));
        assertThat(problems(HEAD + """
                policies:
                  - {date: 2016-03, enforcement: high, note: x}
                """)).containsExactly(problem(5, 34, "policies[0].enforcement", "expected a number in 0..1, got the text 'high'"));
        assertThat(problems(HEAD + "policies: {date: 2016-03}\n"))
                .containsExactly(problem(4, 11, "policies", "expected a list, got a mapping"));
    }

    @Test
    void aDateInAnotherShapeIsABadDate() {
        assertThat(problems("name: test\nstart: 2010/01\nend: 2012-12\n")).containsExactly(problem(2, 8, "start",
                "expected a month as YYYY-MM or a date as YYYY-MM-DD (the day is dropped), got the text '2010/01'"));
        assertThat(problems("name: test\nstart: 2010\nend: 2012-12\n")).containsExactly(problem(2, 8, "start",
                "expected a month as YYYY-MM or a date as YYYY-MM-DD (the day is dropped), got 2010"));
    }

    @Test
    void aMonthOrDayThatDoesNotExistIsABadDate() {
        assertThat(problems("name: test\nstart: 2010-13\nend: 2012-12\n"))
                .containsExactly(problem(2, 8, "start", "'2010-13' is not a real month: the month must be 01..12"));
        assertThat(problems(HEAD + """
                policies:
                  - {date: 2021-02-30, lever: border_closure, value: 1, note: x}
                """)).containsExactly(problem(5, 12, "policies[0].date", "'2021-02-30' is not a real date"));
    }

    @Test
    void aDayIsDroppedFromADate() {
        Scenario s = files.load("s.yaml", HEAD + """
                policies:
                  - {date: 2020-01-28, lever: border_closure, value: 1, note: x}
                """);
        assertThat(s.policies().get(0).month()).isEqualTo(Months.of(2020, 1));
    }

    @Test
    void anEndBeforeTheStartIsReportedAtTheEnd() {
        assertThat(problems("name: test\nstart: 2012-01\nend: 2011-12\n"))
                .containsExactly(problem(3, 6, "end", "end 2011-12 is before start 2012-01"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "channel  | '{date: 2016-03, enforcement: 1, channel: cola, note: x}'     | cola | policies[0].channel | unknown channel 'cola'; did you mean 'coal'?",
            "partner  | '{date: 2016-03, enforcement: 1, partner: chian, note: x}'    | chian | policies[0].partner | unknown partner 'chian'; did you mean 'china'?",
            "lever    | '{date: 2016-03, lever: border_closur, value: 1, note: x}'    | border_closur | policies[0].lever | unknown lever 'border_closur'; did you mean 'border_closure'?",
            "sanction | '{date: 2016-03, sanction: unscr_2398, note: x}'               | unscr_2398 | policies[0].sanction | unknown sanctions measure 'unscr_2398'; did you mean 'unscr_2397'?",
    })
    void anUnknownIdGetsTheNearestKnownOne(String what, String policy, String at, String path, String message) {
        assertThat(problems(HEAD + "policies:\n  - " + policy + "\n"))
                .containsExactly(problem(5, columnOf("  - " + policy, at), path, message));
    }

    /** 1-based column where at first appears in line (so the expected place is read off the text itself). */
    private static int columnOf(String line, String at) {
        int i = line.indexOf(at);
        assertThat(i).as("'%s' in '%s'", at, line).isNotNegative();
        return i + 1;
    }

    @Test
    void anUnknownEventTypeGetsTheNearestKnownOne() {
        assertThat(problems(HEAD + "events:\n  - {date: 2016-03, type: hiest, amount_usd: 1, note: x}\n"))
                .containsExactly(problem(5, 27, "events[0].type", "unknown event type 'hiest'; did you mean 'heist'?"));
    }

    @Test
    void anUnknownParameterGetsTheNearestKnownId() {
        assertThat(problems(HEAD + "parameters:\n  coal.export_capacity_t_per_yr: 1000\n"))
                .containsExactly(problem(5, 3, "parameters.coal.export_capacity_t_per_yr",
                        "unknown parameter 'coal.export_capacity_t_per_yr'; did you mean 'coal.export_capacity_t_per_year'?"));
        assertThat(problems(HEAD + "parameters:\n  zzz: 1\n"))
                .containsExactly(problem(5, 3, "parameters.zzz", "unknown parameter 'zzz' (`hermit params` lists them)"));
    }

    @Test
    void anUnknownParameterOfAKnownGroupGetsThatGroupsIds() {
        List<InputProblem> found = problems(HEAD + "parameters:\n  coal.nope: 1\n");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message()).startsWith("unknown parameter 'coal.nope'; did you mean 'coal.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "enforcement above 1  | policies | '{date: 2016-03, enforcement: 1.5, note: x}'                          | 1.5 | policies[0].enforcement | expected a number in 0..1, got 1.5",
            "lever value below 0  | policies | '{date: 2016-03, lever: war_demand, value: -0.1, note: x}'            | -0.1 | policies[0].value | expected a number in 0..1, got -0.1",
            "harvest factor       | events   | '{date: 2016-03, type: harvest_shock, factor: 2.5, note: x}'          | 2.5 | events[0].factor | expected a number in 0..2, got 2.5",
            "wage factor 0        | events   | '{date: 2016-03, type: wage_reform, factor: 0, note: x}'              | '0,' | events[0].factor | expected a number > 0 and <= 100, got 0",
            "ban strength         | events   | '{date: 2016-03, type: currency_ban, strength: 1.2, months: 3, note: x}' | 1.2 | events[0].strength | expected a number in 0..1, got 1.2",
            "crackdown months 0   | events   | '{date: 2016-03, type: money_changer_crackdown, strength: 1, months: 0, note: x}' | '0,' | events[0].months | expected a whole number in 1..2147483647, got 0",
            "troops               | events   | '{date: 2016-03, type: troop_deployment, troops: 2000000, months: 3, note: x}' | 2000000 | events[0].troops | expected a number in 0..1000000, got 2000000",
            "heist amount         | events   | '{date: 2016-03, type: heist, amount_usd: -1, note: x}'               | -1 | events[0].amount_usd | expected a number in 0..100000000000, got -1",
            "grain ban months     | events   | '{date: 2016-03, type: grain_sale_ban, strength: 1, months: 1.5, note: x}' | 1.5 | events[0].months | expected a whole number in 1..2147483647, got 1.5",
    })
    void aValueOutOfItsRangeSaysTheRange(String what, String list, String item, String at, String path, String message) {
        assertThat(problems(HEAD + list + ":\n  - " + item + "\n"))
                .containsExactly(problem(5, columnOf("  - " + item, at), path, message));
    }

    @Test
    void aParameterOverrideMustStayInTheRegistrysRange() {
        assertThat(problems(HEAD + "parameters:\n  coal.export_capacity_t_per_year: 50000000\n"))
                .containsExactly(problem(5, 36, "parameters.coal.export_capacity_t_per_year",
                        "expected a value in [0, 40000000] t/year for coal.export_capacity_t_per_year, got 50000000"));
        assertThat(problems(HEAD + "parameters:\n  workers_abroad.state_share: {uniform: {min: 0.5, max: 1.2}}\n"))
                .containsExactly(problem(5, 31, "parameters.workers_abroad.state_share",
                        "uniform(0.5, 1.2) reaches outside the legal range [0, 1] share of workers_abroad.state_share"));
        assertThat(problems(HEAD + "parameters:\n  workers_abroad.state_share: {normal: {mean: 0.7, sd: 0.1}}\n"))
                .containsExactly(problem(5, 31, "parameters.workers_abroad.state_share",
                        "normal(mean 0.7, sd 0.1) is unbounded but workers_abroad.state_share must stay in [0, 1] share;"
                                + " use uniform, triangular or pert within that range"));
    }

    @Test
    void anUnboundedDistributionIsFineForAnUnboundedParameter() {
        Scenario s = files.load("s.yaml", HEAD + "parameters:\n  markets.fx_demand_elasticity: {lognormal: {median: 1.5, sigma: 0.3}}\n");
        assertThat(s.parameters()).containsEntry("markets.fx_demand_elasticity", new Distribution.LogNormal(1.5, 0.3));
    }

    @Test
    void anInconsistentDistributionSaysWhy() {
        assertThat(problems(HEAD + "parameters:\n  workers_abroad.state_share: {uniform: {min: 0.9, max: 0.5}}\n"))
                .containsExactly(problem(5, 31, "parameters.workers_abroad.state_share",
                        "uniform needs min < max, got 0.9 and 0.5"));
        assertThat(problems(HEAD + "parameters:\n  workers_abroad.state_share: {pret: {min: 0.5, mode: 0.6, max: 0.7}}\n"))
                .containsExactly(problem(5, 32, "parameters.workers_abroad.state_share.pret", "unknown key 'pret'; did you mean 'pert'?"));
    }

    @Test
    void agentResolutionIsNotAvailableYet() {
        assertThat(problems(HEAD + "resolution: agent\n"))
                .containsExactly(problem(4, 13, "resolution", "agent resolution is not available yet; use cohort"));
    }

    @Test
    void aPolicyNeedsExactlyOneKind() {
        assertThat(problems(HEAD + "policies:\n  - {date: 2016-03, enforcement: 1, lever: war_demand, value: 1, note: x}\n"))
                .containsExactly(problem(5, 5, "policies[0]",
                        "expected exactly one of 'enforcement', 'lever' or 'sanction', found 'enforcement' and 'lever'"));
        assertThat(problems(HEAD + "policies:\n  - {date: 2016-03, channel: coal, note: x}\n"))
                .containsExactly(problem(5, 5, "policies[0]",
                        "expected exactly one of 'enforcement', 'lever' or 'sanction', found none"));
    }

    @Test
    void aLeverNeedsItsValue() {
        assertThat(problems(HEAD + "policies:\n  - {date: 2016-03, lever: war_demand, note: x}\n"))
                .containsExactly(problem(5, 5, "policies[0]", "'lever' needs 'value' beside it"));
    }

    @Test
    void aNoteIsRequired() {
        assertThat(problems(HEAD + "policies:\n  - {date: 2016-03, lever: war_demand, value: 1}\n"))
                .containsExactly(problem(5, 5, "policies[0]",
                        "missing key 'note' (why: the evidence row (file, date, short text) or the assumption and its reason)"));
    }

    @Test
    void aYamlSyntaxErrorIsOneProblemWithItsPlace() {
        assertThat(problems(HEAD + "policies:\n  - {date: 2016-03, lever: war_demand\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(files.label("s.yaml"));
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.column()).isEqualTo(1);
                    assertThat(p.path()).isEmpty();
                    assertThat(p.message()).isEqualTo("YAML syntax error: while parsing a flow mapping (from line 5, column 5):"
                            + " expected ',' or '}', but got <stream end>");
                });
    }

    @Test
    void aKeyWrittenTwiceIsAProblem() {
        assertThat(problems(HEAD + "runs: 1\nruns: 2\n"))
                .containsExactly(problem(5, 1, "runs", "key 'runs' is written twice (first on line 4); keep one"));
    }

    @Test
    void allProblemsOfAFileAreReportedTogetherInFileOrder() {
        List<InputProblem> all = problems("""
                name: test
                start: 2010-13
                end: 2012-12
                runs: 0
                polices: []
                events:
                  - {date: 2016-03, type: heist, amount_usd: -5, note: x}
                  - {date: 2016-02-30, type: heist, amount_usd: 5, note: x}
                """);
        assertThat(all).extracting(p -> p.line() + ":" + p.path()).containsExactly(
                "2:start", "4:runs", "5:polices", "7:events[0].amount_usd", "8:events[1].date");
    }

    @Test
    void aPosteriorFileMustExist() {
        assertThat(problems(HEAD + "parameters:\n  posterior: calib/posterior.csv\n"))
                .containsExactly(problem(5, 14, "parameters.posterior",
                        "no such posterior file: " + dir.resolve("calib/posterior.csv")));
    }

    @Test
    void aPosteriorFileIsFoundBesideTheScenario() {
        files.write("calib/posterior.csv", "coal.export_capacity_t_per_year\n20000000\n");
        Scenario s = files.load("s.yaml", HEAD + "parameters:\n  posterior: calib/posterior.csv\n");
        assertThat(s.posteriorFile()).isEqualTo(dir.resolve("calib/posterior.csv").toString());
    }
}
