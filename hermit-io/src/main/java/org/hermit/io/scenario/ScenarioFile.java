package org.hermit.io.scenario;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hermit.io.params.DistributionSyntax;
import org.hermit.io.yaml.NearestNames;
import org.hermit.io.yaml.ProblemList;
import org.hermit.io.yaml.YamlDocument;
import org.hermit.io.yaml.YamlNode;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.ScenarioEvent;

/**
 * Reads one schema-checked scenario file into a {@link ScenarioDraft}, doing the checks a schema cannot: real
 * months and dates, parameter ids known to the registry and values within their legal range, consistent
 * distributions, resolutions that exist, a posterior file that is there. Parts where the schema already found a
 * problem are skipped, so each problem is reported once.
 */
final class ScenarioFile {
    static final String AGENT_NOT_AVAILABLE = "agent resolution is not available yet; use cohort";
    private static final String POSTERIOR = "posterior";

    private final ParameterSpace registry;
    private final ProblemList problems;
    /** Directory that relative paths in the file start from; null for a bundled scenario. */
    private final Path baseDir;

    private ScenarioFile(ParameterSpace registry, ProblemList problems, Path baseDir) {
        this.registry = registry;
        this.problems = problems;
        this.baseDir = baseDir;
    }

    /** Reads doc, adding what is wrong to problems (which already holds the schema's findings). */
    static ScenarioDraft read(YamlDocument doc, ParameterSpace registry, ProblemList problems, Path baseDir) {
        return new ScenarioFile(registry, problems, baseDir).read(doc);
    }

    private ScenarioDraft read(YamlDocument doc) {
        String file = doc.file();
        if (!(doc.root() instanceof YamlNode.Mapping root)) {
            return new ScenarioDraft(file, null, null, null, null, null, null, null, null, Map.of(), null,
                    List.of(), List.of(), false, false);
        }
        String name = text(root, "name").orElse(null);
        String description = text(root, "description").orElse(null);
        ScenarioDraft.Located<String> extendsRef = sound(root, "extends")
                .map(n -> new ScenarioDraft.Located<>(((YamlNode.Scalar) n).text(), file, n)).orElse(null);
        ScenarioDraft.Located<Integer> start = sound(root, "start").flatMap(this::month)
                .map(m -> new ScenarioDraft.Located<>(m, file, root.get("start").get())).orElse(null);
        ScenarioDraft.Located<Integer> end = sound(root, "end").flatMap(this::month)
                .map(m -> new ScenarioDraft.Located<>(m, file, root.get("end").get())).orElse(null);
        Long seed = sound(root, "seed").flatMap(this::seed).orElse(null);
        Integer runs = sound(root, "runs").flatMap(this::runs).orElse(null);
        Resolution resolution = sound(root, "resolution").flatMap(this::resolution).orElse(null);
        Map<String, Distribution> parameters = new LinkedHashMap<>();
        String posterior = null;
        // Lists and maps are walked entry by entry: a problem in one entry does not hide the others'.
        if (root.get("parameters").orElse(null) instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry e : map.entries()) {
                if (POSTERIOR.equals(e.key())) {
                    posterior = posterior(e.value()).orElse(null);
                } else {
                    parameter(e).ifPresent(d -> parameters.put(e.key(), d));
                }
            }
        }
        List<PolicyChange> policies = new ArrayList<>();
        if (root.get("policies").orElse(null) instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                policy(item).ifPresent(policies::add);
            }
        }
        List<ScenarioEvent> events = new ArrayList<>();
        if (root.get("events").orElse(null) instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                event(item).ifPresent(events::add);
            }
        }
        boolean replacePolicies = bool(root, "replace_policies");
        boolean replaceEvents = bool(root, "replace_events");
        return new ScenarioDraft(file, name, description, extendsRef, start, end, seed, runs, resolution, parameters,
                posterior, policies, events, replacePolicies, replaceEvents);
    }

    // --- scalars -------------------------------------------------------------------------------------------------

    private Optional<Integer> month(YamlNode node) {
        MonthText.Result r = MonthText.parse(((YamlNode.Scalar) node).text());
        if (!r.ok()) {
            problems.at(node, r.error());
            return Optional.empty();
        }
        return Optional.of(r.month());
    }

    private Optional<Long> seed(YamlNode node) {
        Optional<BigInteger> whole = ((YamlNode.Scalar) node).wholeValue();
        if (whole.isEmpty() || whole.get().bitLength() > 63) {
            problems.at(node, "expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    + ", got " + node.describe());
            return Optional.empty();
        }
        return Optional.of(whole.get().longValue());
    }

    private Optional<Integer> runs(YamlNode node) {
        Optional<BigInteger> whole = ((YamlNode.Scalar) node).wholeValue();
        if (whole.isEmpty() || whole.get().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.at(node, "expected a whole number from 1 to " + Integer.MAX_VALUE + ", got " + node.describe());
            return Optional.empty();
        }
        return Optional.of(whole.get().intValue());
    }

    private Optional<Resolution> resolution(YamlNode node) {
        String id = ((YamlNode.Scalar) node).text();
        if (Resolution.AGENT.id().equals(id)) {
            problems.at(node, AGENT_NOT_AVAILABLE);
            return Optional.empty();
        }
        for (Resolution r : Resolution.values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    // --- parameters ----------------------------------------------------------------------------------------------

    private Optional<String> posterior(YamlNode node) {
        if (problems.touches(node.path())) {
            return Optional.empty();
        }
        String written = ((YamlNode.Scalar) node).text();
        if (baseDir == null) {
            problems.at(node, "a bundled scenario cannot name a posterior file; write a scenario file that extends it");
            return Optional.empty();
        }
        Path path = baseDir.resolve(written).normalize();
        if (!Files.isRegularFile(path)) {
            problems.at(node, "no such posterior file: " + path);
            return Optional.empty();
        }
        return Optional.of(path.toString());
    }

    private Optional<Distribution> parameter(YamlNode.Entry entry) {
        Optional<ParameterDef> def = registry.find(entry.key());
        if (def.isEmpty()) {
            java.util.List<String> near = NearestNames.candidates(entry.key(), registry.ids(), 3);
            problems.atKey(entry, "unknown parameter '" + entry.key() + "'" + (near.isEmpty()
                    ? " (`hermit params` lists them)"
                    : "; did you mean " + String.join(", ", near.stream().map(n -> "'" + n + "'").toList()) + "?"));
            return Optional.empty();
        }
        if (problems.touches(entry.value().path())) {
            return Optional.empty();
        }
        Optional<Distribution> d = DistributionSyntax.read(entry.value(), problems);
        if (d.isPresent()) {
            Optional<String> outside = DistributionSyntax.outsideRange(d.get(), def.get());
            if (outside.isPresent()) {
                problems.at(entry.value(), outside.get());
                return Optional.empty();
            }
        }
        return d;
    }

    // --- policies ------------------------------------------------------------------------------------------------

    private Optional<PolicyChange> policy(YamlNode item) {
        if (!(item instanceof YamlNode.Mapping map)) {
            return Optional.empty();
        }
        Optional<Integer> month = sound(map, "date").flatMap(this::month);
        if (month.isEmpty() || problems.touches(map.path())) {
            return Optional.empty();
        }
        String note = text(map, "note").orElse("");
        try {
            if (map.get("enforcement").isPresent()) {
                Channel channel = map.get("channel").map(n -> Channel.byId(idOf(n)).orElseThrow()).orElse(null);
                Partner partner = map.get("partner").map(n -> Partner.byId(idOf(n)).orElseThrow()).orElse(null);
                return Optional.of(new PolicyChange.Enforcement(month.get(), channel, partner, number(map, "enforcement"), note));
            }
            if (map.get("lever").isPresent()) {
                Lever lever = Lever.byId(idOf(map.get("lever").get())).orElseThrow();
                return Optional.of(new PolicyChange.LeverSetting(month.get(), lever, number(map, "value"), note));
            }
            SanctionMeasure measure = SanctionMeasure.byId(idOf(map.get("sanction").orElseThrow())).orElseThrow();
            boolean inForce = map.get("in_force").map(n -> (Boolean) ((YamlNode.Scalar) n).value()).orElse(true);
            return Optional.of(new PolicyChange.Sanction(month.get(), measure, inForce, note));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            // The schema and the model's types should agree; if they ever do not, say so at the entry.
            problems.at(map, "not a valid policy change: " + e.getMessage());
            return Optional.empty();
        }
    }

    // --- events --------------------------------------------------------------------------------------------------

    private Optional<ScenarioEvent> event(YamlNode item) {
        if (!(item instanceof YamlNode.Mapping map)) {
            return Optional.empty();
        }
        Optional<Integer> month = sound(map, "date").flatMap(this::month);
        if (month.isEmpty() || problems.touches(map.path())) {
            return Optional.empty();
        }
        Optional<EventKind> kind = EventKind.byType(idOf(map.get("type").orElseThrow()));
        if (kind.isEmpty()) {
            problems.at(map.get("type").get(), "unknown event type '" + idOf(map.get("type").get()) + "'");
            return Optional.empty();
        }
        Map<String, Double> fields = new LinkedHashMap<>();
        for (String field : kind.get().fields()) {
            fields.put(field, number(map, field));
        }
        try {
            return Optional.of(kind.get().create(month.get(), fields, text(map, "note").orElse("")));
        } catch (IllegalArgumentException e) {
            problems.at(map, "not a valid " + kind.get().type() + " event: " + e.getMessage());
            return Optional.empty();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The node under key when it is present and the schema found nothing wrong in it. */
    private Optional<YamlNode> sound(YamlNode.Mapping map, String key) {
        return map.get(key).filter(n -> !problems.touches(n.path()));
    }

    private Optional<String> text(YamlNode.Mapping map, String key) {
        return sound(map, key).filter(n -> n instanceof YamlNode.Scalar s && s.isText())
                .map(n -> ((YamlNode.Scalar) n).text());
    }

    private boolean bool(YamlNode.Mapping map, String key) {
        return sound(map, key).filter(n -> n instanceof YamlNode.Scalar s && s.isBoolean())
                .map(n -> (Boolean) ((YamlNode.Scalar) n).value()).orElse(false);
    }

    private static double number(YamlNode.Mapping map, String key) {
        return ((YamlNode.Scalar) map.get(key).orElseThrow()).doubleValue();
    }

    private static String idOf(YamlNode node) {
        return ((YamlNode.Scalar) node).text();
    }
}
