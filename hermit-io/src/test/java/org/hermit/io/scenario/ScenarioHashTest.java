package org.hermit.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content hash changes with anything that decides results and with nothing else. */
class ScenarioHashTest {
    private static final String TEXT = """
            name: test
            description: first words
            start: 2010-01
            end: 2012-12
            parameters:
              workers_abroad.state_share: 0.6
              crypto_theft.laundering_loss_share: {uniform: {min: 0.1, max: 0.2}}
            policies:
              - {date: 2020-01, lever: border_closure, value: 0.9, note: a note}
            events:
              - {date: 2023-10, type: wage_reform, factor: 10, note: another note}
            """;

    @TempDir
    Path dir;
    private ScenarioFiles files;

    @BeforeEach
    void setUp() {
        files = new ScenarioFiles(dir);
    }

    private String hash(String name, String text) {
        return files.load(name, text).contentHash();
    }

    @Test
    void theSameContentInAnotherPlaceHasTheSameHash() {
        assertThat(hash("a.yaml", TEXT)).isEqualTo(hash("elsewhere/b.yaml", TEXT));
    }

    @Test
    void descriptionNotesAndTheOrderOfParametersDoNotChangeIt() {
        String reworded = TEXT.replace("first words", "other words").replace("a note", "a better note")
                .replace("""
                          workers_abroad.state_share: 0.6
                          crypto_theft.laundering_loss_share: {uniform: {min: 0.1, max: 0.2}}
                        """, """
                          crypto_theft.laundering_loss_share: {uniform: {min: 0.1, max: 0.2}}
                          workers_abroad.state_share: 0.6
                        """);
        assertThat(reworded).isNotEqualTo(TEXT);
        assertThat(hash("b.yaml", reworded)).isEqualTo(hash("a.yaml", TEXT));
    }

    @Test
    void anyValueThatDecidesResultsChangesIt() {
        String base = hash("a.yaml", TEXT);
        assertThat(hash("b.yaml", TEXT.replace("value: 0.9", "value: 0.8"))).isNotEqualTo(base);
        assertThat(hash("c.yaml", TEXT.replace("factor: 10", "factor: 9"))).isNotEqualTo(base);
        assertThat(hash("d.yaml", TEXT.replace("max: 0.2", "max: 0.3"))).isNotEqualTo(base);
        assertThat(hash("e.yaml", TEXT.replace("end: 2012-12", "end: 2013-12"))).isNotEqualTo(base);
        assertThat(hash("f.yaml", TEXT + "seed: 2\n")).isNotEqualTo(base);
        assertThat(hash("g.yaml", TEXT.replace("date: 2020-01", "date: 2020-02"))).isNotEqualTo(base);
    }

    @Test
    void aResolvedChainHashesLikeTheSameScenarioWrittenOut() {
        files.write("parent.yaml", TEXT.replace("name: test", "name: parent"));
        Scenario child = files.load("child.yaml", "name: test\nextends: parent.yaml\n");
        assertThat(child.contentHash()).isEqualTo(hash("flat.yaml", TEXT));
    }

    @Test
    void thePosteriorFilesContentIsPartOfIt() {
        files.write("post.csv", "workers_abroad.state_share\n0.6\n");
        String withPosterior = TEXT.replace("parameters:\n", "parameters:\n  posterior: post.csv\n");
        String first = hash("a.yaml", withPosterior);
        files.write("post.csv", "workers_abroad.state_share\n0.7\n");
        assertThat(hash("a.yaml", withPosterior)).isNotEqualTo(first);
    }
}
