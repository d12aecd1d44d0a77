package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.io.scenario.ScenarioLoader;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String GOOD = """
            name: good
            start: 2020-01
            end: 2022-12
            parameters:
              workers_abroad.state_share: 0.8
            policies:
              - {date: 2020-01, lever: border_closure, value: 0.9, note: closed}
              - {date: 2022-01, lever: border_closure, value: 0.5, note: reopening}
            events:
              - {date: 2021-06, type: heist, amount_usd: 1000000, note: a heist}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aGoodFileIsOkWithASummary() throws IOException {
        Path file = write("good.yaml", GOOD);
        CliRun r = CliRun.run(CliRun::testRegistry, "validate", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.outLines()).containsExactly(file + ": ok (2 policies, 1 event, 2020-01..2022-12)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void bundledScenariosValidateByName() {
        CliRun r = CliRun.run("validate", "baseline", "china-enforces");
        Scenario baseline = new ScenarioLoader(ParameterRegistry.bundled()).loadBundled("baseline");
        assertThat(r.status()).isZero();
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).isEqualTo("baseline: ok (" + baseline.policies().size() + " policies, "
                + baseline.events().size() + " events, 2010-01..2030-12)");
    }

    @Test
    void aBadFileGetsEveryProblemOnItsOwnLineAndStatus2() throws IOException {
        Path file = write("bad.yaml", GOOD.replace("value: 0.9", "value: 1.9").replace("type: heist", "type: hiest"));
        CliRun r = CliRun.run(CliRun::testRegistry, "validate", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                file + ":7:51: policies[0].value: expected a number in 0..1, got 1.9",
                file + ":10:27: events[0].type: unknown event type 'hiest'; did you mean 'heist'?",
                file + ": 2 problems");
    }

    @Test
    void goodAndBadFilesAreEachReported() throws IOException {
        Path good = write("good.yaml", GOOD);
        Path bad = write("bad.yaml", "name: bad\nstart: 2020-01\nend: 2019-12\n");
        CliRun r = CliRun.run(CliRun::testRegistry, "validate", good.toString(), bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.outLines()).containsExactly(good + ": ok (2 policies, 1 event, 2020-01..2022-12)");
        assertThat(r.errLines()).containsExactly(bad + ":3:6: end: end 2019-12 is before start 2020-01", bad + ": 1 problem");
    }

    @Test
    void aMissingFileIsABadInputNotACrash() {
        CliRun r = CliRun.run("validate", "baselin");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "baselin: no such file and no bundled scenario of that name; bundled scenarios: baseline, china-enforces,"
                        + " russia-stops-buying, border-closes-2026, exchanges-harden, aid-resumes; did you mean 'baseline'?",
                "baselin: 1 problem");
    }

    @Test
    void aSyntaxErrorIsReportedWithoutAStackTrace() throws IOException {
        Path file = write("broken.yaml", "name: x\npolicies: [\n");
        CliRun r = CliRun.run("validate", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":3:1: YAML syntax error").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theReadmesExampleOfProblemsIsWhatValidatePrints() throws IOException {
        String readme = resource("/org/hermit/scenario/README.md");
        Matcher yaml = Pattern.compile("```yaml\\n(# bad\\.yaml\\n.*?)```", Pattern.DOTALL).matcher(readme);
        Matcher output = Pattern.compile("```\\n(\\$ hermit validate bad\\.yaml\\n.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(yaml.find()).as("README has a bad.yaml example").isTrue();
        assertThat(output.find()).as("README shows its output").isTrue();
        Path file = write("bad.yaml", yaml.group(1));
        CliRun r = CliRun.run("validate", file.toString());
        List<String> shown = output.group(1).lines().skip(1).toList();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines().stream().map(l -> l.replace(file.toString(), "bad.yaml")).toList())
                .containsExactlyElementsOf(shown);
    }

    @Test
    void theReadmesExampleScenarioIsValid() throws IOException {
        String readme = resource("/org/hermit/scenario/README.md");
        Matcher yaml = Pattern.compile("## An example\\n\\n```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(yaml.find()).as("README has an example scenario").isTrue();
        Path file = write("example.yaml", yaml.group(1));
        CliRun r = CliRun.run("validate", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
    }

    @Test
    void aPosteriorFileWhoseColumnsNameNoParameterIsBadInputForValidateAndRun() throws IOException {
        write("posterior.csv", "weight,coal.price_ratio_to_world\n1,0.8\n");
        Path file = write("fitted.yaml", """
                name: fitted
                extends: baseline
                parameters: {posterior: posterior.csv}
                """);
        String posterior = dir.resolve("posterior.csv").toString();

        CliRun validate = CliRun.run("validate", file.toString());
        assertThat(validate.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(validate.errLines()).startsWith(posterior + ":1:1: weight: unknown parameter 'weight'"
                + " (a weight column is named _weight; `hermit params` lists the parameters)");

        CliRun run = CliRun.run("run", file.toString(), "--runs", "2", "--out", dir.resolve("out").toString());
        assertThat(run.status()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(posterior + ":1:1: weight: unknown parameter 'weight'")
                .doesNotContain("internal error");
    }

    @Test
    void validateNeedsAtLeastOneFile() {
        CliRun r = CliRun.run("validate");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void validateHasHelp() {
        CliRun r = CliRun.run("validate", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: hermit validate").contains("FILE...");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
