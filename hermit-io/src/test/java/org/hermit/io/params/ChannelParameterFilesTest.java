package org.hermit.io.params;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hermit.io.evidence.Evidence;
import org.hermit.io.inputs.InputsLoader;
import org.hermit.model.Channel;
import org.hermit.model.channels.ChannelContext;
import org.hermit.model.channels.ChannelFlows;
import org.hermit.model.channels.Channels;
import org.hermit.model.channels.RevenueChannel;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.param.SourceRef;
import org.hermit.model.policy.Timeline;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The channels' registry files (params/channels/*.yaml): each loads in the agreed format, states every number's
 * uncertainty and legal range, and cites rows that exist in the bundled evidence; together they build and run
 * every channel.
 */
class ChannelParameterFilesTest {
    private static final String DIR = "/org/hermit/params/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<ParameterDef> defs = new ArrayList<>();
    private static final List<String> files = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        for (String line : lines(DIR + "index.txt")) {
            if (line.startsWith("channels/")) {
                files.add(line);
                defs.addAll(read(line));
            }
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ChannelParameterFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        }
    }

    private static List<ParameterDef> read(String file) throws IOException {
        List<ParameterDef> out = new ArrayList<>();
        try (InputStream in = ChannelParameterFilesTest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as(file).isNotNull();
            JsonNode root = YAML.readTree(in);
            for (JsonNode p : root.get("parameters")) {
                List<SourceRef> sources = new ArrayList<>();
                for (JsonNode s : p.path("sources")) {
                    sources.add(new SourceRef(s.get("file").asText(), s.get("series").asText(), s.get("period").asText(),
                            "", s.path("note").asText()));
                }
                JsonNode range = p.get("range");
                out.add(new ParameterDef(p.get("id").asText(), p.get("unit").asText(), p.get("description").asText(),
                        p.get("central").asDouble(), distribution(p.get("prior")), range.get(0).asDouble(),
                        range.get(1).asDouble(), sources, p.path("assumption").asText(null)));
            }
        }
        return out;
    }

    private static Distribution distribution(JsonNode node) {
        if (node.isNumber()) {
            return new Distribution.Fixed(node.asDouble());
        }
        assertThat(node.size()).as("exactly one distribution in %s", node).isEqualTo(1);
        String kind = node.fieldNames().next();
        JsonNode a = node.get(kind);
        return switch (kind) {
            case "fixed" -> new Distribution.Fixed(a.asDouble());
            case "uniform" -> new Distribution.Uniform(a.get("min").asDouble(), a.get("max").asDouble());
            case "triangular" -> new Distribution.Triangular(a.get("min").asDouble(), a.get("mode").asDouble(), a.get("max").asDouble());
            case "normal" -> new Distribution.Normal(a.get("mean").asDouble(), a.get("sd").asDouble());
            case "lognormal" -> new Distribution.LogNormal(a.get("median").asDouble(), a.get("sigma").asDouble());
            case "pert" -> new Distribution.Pert(a.get("min").asDouble(), a.get("mode").asDouble(), a.get("max").asDouble());
            default -> throw new AssertionError("unknown distribution " + kind);
        };
    }

    @Test
    void everyChannelHasItsOwnFileAndEveryIdItsChannelsPrefix() {
        Set<String> expected = new HashSet<>();
        for (Channel c : Channel.values()) {
            expected.add("channels/" + c.id() + ".yaml");
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> ids = new HashSet<>();
        for (ParameterDef d : defs) {
            assertThat(ids.add(d.id())).as("unique id %s", d.id()).isTrue();
            String channel = d.id().substring(0, d.id().indexOf('.'));
            assertThat(Channel.byId(channel)).as("channel of %s", d.id()).isPresent();
        }
        assertThat(new ParameterSpace(defs).size()).isEqualTo(defs.size());
    }

    @Test
    void everyCentralValueIsTheMostLikelyValueOfItsPriorInsideTheLegalRange() {
        for (ParameterDef d : defs) {
            Distribution prior = d.prior();
            assertThat(d.central()).as(d.id()).isBetween(d.min(), d.max());
            assertThat(prior.lower()).as("%s prior within range", d.id()).isGreaterThanOrEqualTo(d.min());
            if (Double.isFinite(prior.upper())) {
                assertThat(prior.upper()).as("%s prior within range", d.id()).isLessThanOrEqualTo(d.max());
            }
            double mostLikely = mode(prior);
            assertThat(d.central()).as("%s central is the prior's mode", d.id())
                    .isCloseTo(mostLikely, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(d.central()))));
            assertThat(d.description()).as(d.id()).isNotBlank();
            assertThat(d.unit()).as(d.id()).isNotBlank();
        }
    }

    private static double mode(Distribution d) {
        if (d instanceof Distribution.Fixed f) {
            return f.value();
        } else if (d instanceof Distribution.Pert p) {
            return p.mode();
        } else if (d instanceof Distribution.Triangular t) {
            return t.mode();
        } else if (d instanceof Distribution.LogNormal l) {
            return l.median();
        } else if (d instanceof Distribution.Normal n) {
            return n.mean();
        }
        return ((Distribution.Uniform) d).mean();
    }

    @Test
    void everyCitedRowExistsInTheBundledEvidence() {
        Evidence evidence = Evidence.bundled();
        int cited = 0;
        for (ParameterDef d : defs) {
            assertThat(d.sources().isEmpty() && d.assumption().isBlank()).as("%s has a source or an assumption", d.id())
                    .isFalse();
            for (SourceRef s : d.sources()) {
                assertThat(evidence.find(s.file(), s.series(), s.period()))
                        .as("%s cites %s / %s / %s", d.id(), s.file(), s.series(), s.period()).isPresent();
                assertThat(s.note()).as("%s explains how %s became the value", d.id(), s.series()).isNotBlank();
                cited++;
            }
        }
        assertThat(cited).isGreaterThan(150);
    }

    @Test
    void theRegistryAndTheBundledInputsBuildEveryChannelAndEarnAHistory() {
        ParameterValues central = ParameterValues.central(new ParameterSpace(defs));
        Inputs inputs = InputsLoader.bundled();
        Scenario scenario = new Scenario("plain", "", "test", "", Months.of(2010, 1), Months.of(2030, 12), 1L, 1,
                Resolution.COHORT, java.util.Map.of(), null, List.of(), List.of());
        Timeline timeline = Timeline.compile(scenario);
        RevenueChannel[] channels = Channels.all(central, inputs, timeline, 5L);
        ChannelContext context = new ChannelContext() {
            public Timeline timeline() { return timeline; }
            public double productionIndex() { return 1.0; }
            public double kpwPerUsd() { return 8000.0; }
        };
        for (Channel c : Channel.values()) {
            RevenueChannel channel = channels[c.ordinal()];
            assertThat(channel.channel()).isEqualTo(c);
            ChannelFlows flows = new ChannelFlows(c);
            double total = 0;
            for (int t = 0; t < timeline.months(); t++) {
                flows.clear();
                channel.earn(t, context, flows);
                assertThat(flows.grossTotal()).as("%s in month %d", c.id(), t).isFinite().isGreaterThanOrEqualTo(0.0);
                total += flows.grossTotal();
            }
            if (c != Channel.TROOPS) {
                assertThat(total).as("%s earns something without sanctions", c.id()).isPositive();
            }
        }
    }

    @Test
    void worldInputsCoverTheYearsTheChannelsRead() {
        Inputs inputs = InputsLoader.bundled();
        for (String id : List.of("coal_australia_usd_per_t", "iron_ore_usd_per_dmt", "rice_thai_usd_per_t",
                "brent_usd_per_bbl", "btc_usd")) {
            assertThat(inputs.has(id)).as(id).isTrue();
            assertThat(inputs.get(id).covers(2009)).as(id).isTrue();
            assertThat(inputs.get(id).lastYear()).as(id).isGreaterThanOrEqualTo(2024);
            assertThat(inputs.get(id).source()).as(id).isNotBlank();
        }
    }
}
