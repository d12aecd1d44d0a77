package org.hermit.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hermit.io.InputProblem;
import org.hermit.model.Lever;
import org.hermit.model.param.Distribution;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.scenario.ScenarioEvent;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * extends: the child's scalars win; parameters merge with the child winning; the parent's policies and events come
 * first, then the child's, unless the child replaces them; cycles are named.
 */
class ScenarioExtendsTest {
    private static final String PARENT = """
            name: parent
            description: The parent
            start: 2010-01
            end: 2030-12
            seed: 5
            runs: 50
            parameters:
              workers_abroad.state_share: 0.6
              crypto_theft.laundering_loss_share: 0.2
            policies:
              - {date: 2020-01, lever: border_closure, value: 0.9, note: parent closes}
            events:
              - {date: 2023-10, type: wage_reform, factor: 10, note: parent reform}
            """;

    @TempDir
    Path dir;
    private ScenarioFiles files;

    @BeforeEach
    void setUp() {
        files = new ScenarioFiles(dir);
        files.write("base/parent.yaml", PARENT);
    }

    @Test
    void theChildsScalarsWinAndTheRestComesFromTheParent() {
        Scenario s = files.load("child.yaml", """
                name: child
                extends: base/parent.yaml
                end: 2027-12
                runs: 7
                """);
        assertThat(s.name()).isEqualTo("child");
        assertThat(s.description()).isEqualTo("The parent");
        assertThat(s.startMonth()).isEqualTo(Months.of(2010, 1));
        assertThat(s.endMonth()).isEqualTo(Months.of(2027, 12));
        assertThat(s.seed()).isEqualTo(5);
        assertThat(s.runs()).isEqualTo(7);
        assertThat(s.origin()).isEqualTo(files.label("child.yaml"));
    }

    @Test
    void parametersMergeWithTheChildWinning() {
        Scenario s = files.load("child.yaml", """
                name: child
                extends: base/parent.yaml
                parameters:
                  workers_abroad.state_share: 0.9
                  coal.export_capacity_t_per_year: 20000000
                """);
        assertThat(s.parameters()).containsOnly(
                java.util.Map.entry("workers_abroad.state_share", new Distribution.Fixed(0.9)),
                java.util.Map.entry("crypto_theft.laundering_loss_share", new Distribution.Fixed(0.2)),
                java.util.Map.entry("coal.export_capacity_t_per_year", new Distribution.Fixed(2e7)));
    }

    @Test
    void theParentsPoliciesAndEventsComeFirstThenTheChilds() {
        Scenario s = files.load("child.yaml", """
                name: child
                extends: base/parent.yaml
                policies:
                  - {date: 2026-01, lever: border_closure, value: 0.2, note: child reopens}
                events:
                  - {date: 2026-03, type: heist, amount_usd: 1000000, note: child heist}
                """);
        assertThat(s.policies()).extracting(PolicyChange::note).containsExactly("parent closes", "child reopens");
        assertThat(s.events()).extracting(ScenarioEvent::note).containsExactly("parent reform", "child heist");
    }

    @Test
    void aChildMayReplaceTheParentsLists() {
        Scenario s = files.load("child.yaml", """
                name: child
                extends: base/parent.yaml
                replace_policies: true
                replace_events: true
                policies:
                  - {date: 2026-01, lever: war_demand, value: 0, note: only this}
                """);
        assertThat(s.policies()).containsExactly(
                new PolicyChange.LeverSetting(Months.of(2026, 1), Lever.WAR_DEMAND, 0, "only this"));
        assertThat(s.events()).isEmpty();
    }

    @Test
    void replacingInTheMiddleOfAChainDropsOnlyWhatCameBefore() {
        files.write("base/middle.yaml", """
                name: middle
                extends: parent.yaml
                replace_events: true
                events:
                  - {date: 2024-01, type: heist, amount_usd: 5, note: middle heist}
                """);
        Scenario s = files.load("child.yaml", """
                name: child
                extends: base/middle.yaml
                events:
                  - {date: 2026-01, type: heist, amount_usd: 7, note: child heist}
                """);
        assertThat(s.events()).extracting(ScenarioEvent::note).containsExactly("middle heist", "child heist");
        assertThat(s.policies()).extracting(PolicyChange::note).containsExactly("parent closes");
    }

    @Test
    void aFileMayExtendABundledScenario() {
        Scenario s = files.load("mine.yaml", """
                name: mine
                extends: baseline
                policies:
                  - {date: 2026-01, lever: crypto_security, value: 0.5, note: half-hardened exchanges}
                """);
        Scenario baseline = files.loader.loadBundled("baseline");
        assertThat(s.policies()).hasSize(baseline.policies().size() + 1);
        assertThat(s.policies().subList(0, baseline.policies().size())).isEqualTo(baseline.policies());
        assertThat(s.events()).isEqualTo(baseline.events());
    }

    @Test
    void aCycleIsNamedStepByStep() {
        files.write("a.yaml", "name: a\nextends: b.yaml\n");
        files.write("b.yaml", "name: b\nextends: ./a.yaml\n");
        assertThat(files.problems("a.yaml", "name: a\nextends: b.yaml\n")).containsExactly(
                new InputProblem(files.label("b.yaml"), 2, 10, "extends",
                        "extends makes a cycle: " + files.label("a.yaml") + " -> " + files.label("b.yaml")
                                + " -> " + files.label("a.yaml")));
    }

    @Test
    void aScenarioExtendingItselfIsACycle() {
        assertThat(files.problems("self.yaml", "name: self\nextends: self.yaml\n")).containsExactly(
                new InputProblem(files.label("self.yaml"), 2, 10, "extends",
                        "extends makes a cycle: " + files.label("self.yaml") + " -> " + files.label("self.yaml")));
    }

    @Test
    void anUnknownBundledNameGetsTheNearestOne() {
        assertThat(files.problems("c.yaml", "name: c\nextends: baselin\n")).containsExactly(
                new InputProblem(files.label("c.yaml"), 2, 10, "extends",
                        "no bundled scenario named 'baselin'; did you mean 'baseline'? (a file path needs a '/' or a .yaml ending)"));
    }

    @Test
    void aMissingParentFileIsNamed() {
        assertThat(files.problems("c.yaml", "name: c\nextends: base/nothing.yaml\n")).containsExactly(
                new InputProblem(files.label("c.yaml"), 2, 10, "extends", "no such file: " + dir.resolve("base/nothing.yaml")));
    }

    @Test
    void problemsInTheParentAreReportedUnderTheParentsFileAfterTheChilds() {
        files.write("base/parent.yaml", PARENT.replace("runs: 50", "runs: -1"));
        assertThat(files.problems("child.yaml", "name: child\nextends: base/parent.yaml\nseed: x\n")).containsExactly(
                new InputProblem(files.label("child.yaml"), 3, 7, "seed", "expected a whole number, got the text 'x'"),
                new InputProblem(dir.resolve("base/parent.yaml").toString(), 6, 7, "runs", "expected a whole number >= 1, got -1"));
    }

    @Test
    void anEndBeforeTheParentsStartNamesWhereTheStartIsSet() {
        assertThat(files.problems("child.yaml", "name: child\nextends: base/parent.yaml\nend: 2009-12\n")).containsExactly(
                new InputProblem(files.label("child.yaml"), 3, 6, "end",
                        "end 2009-12 is before start 2010-01 (start is set in " + dir.resolve("base/parent.yaml") + ")"));
    }
}
