package org.hermit.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.io.yaml.SchemaCheck;
import org.hermit.io.yaml.YamlReader;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.scenario.Resolution;
import org.junit.jupiter.api.Test;

/** The JSON Schema for editors and the model's own types state the same lists and ranges. */
class SchemaConsistencyTest {
    private static final SchemaCheck SCENARIO = SchemaCheck.fromClasspath(ScenarioLoader.SCHEMA);
    private static final JsonNode DEFS = SCENARIO.schemaRoot().path("$defs");

    @Test
    void theSchemasListsAreTheModelsIds() {
        JsonNode policy = DEFS.path("policy").path("properties");
        assertThat(strings(policy.path("channel").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Channel.values()).map(Channel::id).toList());
        assertThat(strings(policy.path("partner").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Partner.values()).map(Partner::id).toList());
        assertThat(strings(policy.path("lever").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Lever.values()).map(Lever::id).toList());
        assertThat(strings(policy.path("sanction").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(SanctionMeasure.values()).map(SanctionMeasure::id).toList());
        assertThat(strings(SCENARIO.schemaRoot().path("properties").path("resolution").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Resolution.values()).map(Resolution::id).toList());
        assertThat(strings(DEFS.path("event").path("properties").path("type").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(EventKind.values()).map(EventKind::type).toList());
    }

    @Test
    void eachEventTypesFieldsAreTheRecordsFields() {
        for (EventKind kind : EventKind.values()) {
            JsonNode def = DEFS.path(kind.type());
            List<String> fields = new ArrayList<>();
            def.path("properties").fieldNames().forEachRemaining(fields::add);
            fields.removeAll(List.of("date", "type", "note"));
            assertThat(fields).as(kind.type()).containsExactlyElementsOf(kind.fields());
            assertThat(strings(def.path("required"))).as(kind.type()).containsExactlyInAnyOrderElementsOf(kind.fields());
        }
    }

    @Test
    void bothSchemasAreValidDraft202012Schemas() {
        // The meta-schema ships inside the validator (mapped from json-schema.org), so this needs no network.
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(SCENARIO.schemaRoot())).isEmpty();
        assertThat(meta.validate(SchemaCheck.fromClasspath(ParameterRegistry.SCHEMA).schemaRoot())).isEmpty();
        assertThat(SCENARIO.schemaRoot().path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        // and the meta-schema does reject a broken schema
        assertThat(meta.validate(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", 5)))
                .isNotEmpty();
    }

    @Test
    void theDistributionSyntaxIsTheSameInBothSchemas() {
        JsonNode registryDefs = SchemaCheck.fromClasspath(ParameterRegistry.SCHEMA).schemaRoot().path("$defs");
        assertThat(registryDefs.path("distribution")).isEqualTo(DEFS.path("distribution"));
    }

    /**
     * Any event the schema accepts, the record accepts too: the schema's ranges are the records' ranges, so a file
     * that passes validation never fails when the model builds its events.
     */
    @Property(tries = 300)
    void everyEventTheSchemaAcceptsTheRecordAccepts(@ForAll("events") Map<String, Object> event) {
        StringBuilder yaml = new StringBuilder("name: t\nstart: 2010-01\nend: 2010-12\nevents:\n  - ");
        StringBuilder fields = new StringBuilder();
        event.forEach((k, v) -> fields.append(fields.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
        yaml.append('{').append(fields).append("}\n");
        var doc = new YamlReader().read("e.yaml", yaml.toString());
        if (SCENARIO.check(doc).isEmpty()) {
            EventKind kind = EventKind.byType((String) event.get("type")).orElseThrow();
            Map<String, Double> values = new LinkedHashMap<>();
            for (String f : kind.fields()) {
                values.put(f, ((Number) event.get(f)).doubleValue());
            }
            assertThatCode(() -> kind.create(0, values, "x")).as(yaml.toString()).doesNotThrowAnyException();
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> events() {
        Arbitrary<EventKind> kinds = Arbitraries.of(EventKind.values());
        Arbitrary<Double> numbers = Arbitraries.oneOf(
                Arbitraries.doubles().between(-2, 3).ofScale(2),
                Arbitraries.of(0.0, 1.0, 2.0, 100.0, 100.5, 1e6, 1e6 + 1, 1e11, 1.1e11, -0.01),
                Arbitraries.integers().between(-5, 2_000_000).map(Integer::doubleValue));
        return Combinators.combine(kinds, numbers.list().ofSize(2)).as((kind, values) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("date", "2010-01");
            e.put("type", kind.type());
            e.put("note", "x");
            for (int i = 0; i < kind.fields().size(); i++) {
                String f = kind.fields().get(i);
                double v = values.get(i);
                e.put(f, f.equals("months") ? (Object) (long) Math.rint(v) : (Object) v);
            }
            return e;
        });
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
