package org.hermit.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.yaml.YamlNode.ScalarKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    private static final String TEXT = """
            name: test
            policies:
              - date: 2016-03
                enforcement: 0.2
              - {date: '2017-02', lever: border_closure, value: 1}
            """;

    @Test
    void everyNodeKnowsItsLineColumnAndPath() {
        YamlNode.Mapping root = (YamlNode.Mapping) reader.read("s.yaml", TEXT).root();
        YamlNode.Sequence policies = (YamlNode.Sequence) root.get("policies").orElseThrow();
        YamlNode.Mapping first = (YamlNode.Mapping) policies.items().get(0);
        YamlNode enforcement = first.get("enforcement").orElseThrow();

        assertThat(enforcement.path()).isEqualTo("policies[0].enforcement");
        assertThat(enforcement.position()).isEqualTo(new Position(4, 18));
        assertThat(first.entry("enforcement").orElseThrow().keyPosition()).isEqualTo(new Position(4, 5));
        assertThat(first.position()).isEqualTo(new Position(3, 5));

        YamlNode.Mapping second = (YamlNode.Mapping) policies.items().get(1);
        assertThat(second.get("value").orElseThrow().path()).isEqualTo("policies[1].value");
        assertThat(second.get("value").orElseThrow().position()).isEqualTo(new Position(5, 53));
    }

    @Test
    void scalarsKeepTheTypeYamlGivesThem() {
        YamlNode.Mapping root = (YamlNode.Mapping) reader.read("s.yaml", """
                month: 2010-01
                day: 2010-01-05
                quoted: '5'
                whole: 12
                big: 1_000_000
                decimal: 1.5e9
                flag: true
                empty:
                """).root();
        assertThat(scalar(root, "month").kind()).isEqualTo(ScalarKind.TEXT);
        assertThat(scalar(root, "day").kind()).isEqualTo(ScalarKind.TEXT);
        assertThat(scalar(root, "quoted").kind()).isEqualTo(ScalarKind.TEXT);
        assertThat(scalar(root, "whole").value()).isEqualTo(BigInteger.valueOf(12));
        assertThat(scalar(root, "big").doubleValue()).isEqualTo(1_000_000.0);
        assertThat(scalar(root, "decimal").doubleValue()).isEqualTo(1.5e9);
        assertThat(scalar(root, "flag").value()).isEqualTo(true);
        assertThat(scalar(root, "empty").kind()).isEqualTo(ScalarKind.NULL);
    }

    @Test
    void aSyntaxErrorIsAProblemWithLineAndColumn() {
        assertThatThrownBy(() -> reader.read("bad.yaml", "name: x\npolicies: [1, 2\nevents: []\n"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo("bad.yaml");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(7);
                    assertThat(p.message()).startsWith("YAML syntax error: while parsing a flow sequence (from line 2, column 11)");
                });
    }

    @Test
    void aKeyWrittenTwiceIsReportedAtTheSecondWithTheFirstsLine() {
        YamlDocument doc = reader.read("d.yaml", "name: a\nruns: 1\nname: b\n");
        assertThat(doc.problems()).containsExactly(new InputProblem("d.yaml", 3, 1, "name",
                "key 'name' is written twice (first on line 1); keep one"));
        assertThat(scalar((YamlNode.Mapping) doc.root(), "name").text()).isEqualTo("a");
    }

    @Test
    void aSecondDocumentIsAProblem() {
        YamlDocument doc = reader.read("two.yaml", "name: a\n---\nname: b\n");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("a second YAML document starts here");
        });
    }

    @Test
    void anAliasIsAProblem() {
        YamlDocument doc = reader.read("a.yaml", "x: &v 1\ny: *v\n");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("y");
            assertThat(p.message()).contains("aliases (*v) are not supported");
        });
    }

    @Test
    void anEmptyFileIsANullRoot() {
        assertThat(reader.read("e.yaml", "").root()).isInstanceOfSatisfying(YamlNode.Scalar.class,
                s -> assertThat(s.kind()).isEqualTo(ScalarKind.NULL));
    }

    @Test
    void aMissingFileIsAProblemNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.yaml"), "nope.yaml"))
                .isInstanceOfSatisfying(InputException.class, e ->
                        assertThat(e.problems()).containsExactly(new InputProblem("nope.yaml", 0, 0, "", "no such file")));
    }

    private static YamlNode.Scalar scalar(YamlNode.Mapping map, String key) {
        return (YamlNode.Scalar) map.get(key).orElseThrow();
    }
}
