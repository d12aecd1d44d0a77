package org.hermit.io.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hermit.io.InputProblem;

/**
 * Validates a {@link YamlDocument} against a JSON Schema (draft 2020-12, with the networknt validator) and turns the
 * validator's messages into {@link InputProblem}s that a reader of the YAML file understands: the line and column
 * of the offending key or value, its path, and what was expected there ("did you mean 'policies'?").
 * The wording comes from the schema itself (its property names, enums, ranges and descriptions), so the schema
 * stays the one statement of the format's structure.
 */
public final class SchemaCheck {
    private final JsonNode schemaRoot;
    private final JsonSchema schema;

    private SchemaCheck(JsonNode schemaRoot, JsonSchema schema) {
        this.schemaRoot = schemaRoot;
        this.schema = schema;
    }

    /** Loads a schema shipped on the classpath, such as "org/hermit/scenario/scenario.schema.json". */
    public static SchemaCheck fromClasspath(String resource) {
        JsonNode root;
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the classpath: " + resource);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + resource), root, config);
        schema.initializeValidators();
        return new SchemaCheck(root, schema);
    }

    /** The schema document (for tests that hold the schema and the code to the same lists). */
    public JsonNode schemaRoot() {
        return schemaRoot;
    }

    /** Every way the document departs from the schema, one problem each, in file order. */
    public List<InputProblem> check(YamlDocument doc) {
        Set<ValidationMessage> messages = schema.validate(doc.root().toJson());
        // Objects that fail a oneOf: a dependentRequired complaint about them is the same problem said twice.
        Set<String> failedOneOf = new HashSet<>();
        for (ValidationMessage m : messages) {
            if ("oneOf".equals(m.getType()) && !isBranchDetail(m)) {
                failedOneOf.add(m.getInstanceLocation().toString());
            }
        }
        ProblemList out = new ProblemList(doc.file());
        for (ValidationMessage m : messages) {
            if (isBranchDetail(m)) {
                continue;
            }
            if ("dependentRequired".equals(m.getType()) && failedOneOf.contains(m.getInstanceLocation().toString())) {
                continue;
            }
            out.add(translate(doc, m));
        }
        return out.sorted();
    }

    /** Messages from inside a oneOf/anyOf/not branch explain why a branch failed; the combinator's message says it. */
    private static boolean isBranchDetail(ValidationMessage m) {
        JsonNodePath eval = m.getEvaluationPath();
        for (int i = 0; i < eval.getNameCount() - 1; i++) {
            String name = eval.getName(i);
            if ("oneOf".equals(name) || "anyOf".equals(name) || "not".equals(name)) {
                return true;
            }
        }
        return false;
    }

    private InputProblem translate(YamlDocument doc, ValidationMessage m) {
        YamlNode node = find(doc.root(), m.getInstanceLocation()).orElse(doc.root());
        JsonNode keywordParent = schemaAt(m.getSchemaLocation().getFragment(), 1);
        String type = m.getType();
        switch (type) {
            case "additionalProperties": {
                String key = m.getProperty();
                List<String> known = propertyNames(keywordParent);
                if (node instanceof YamlNode.Mapping map) {
                    Optional<YamlNode.Entry> entry = map.entry(key);
                    if (entry.isPresent()) {
                        return problemAtKey(doc, entry.get(), "unknown key '" + key + "'" + NearestNames.hint(key, known));
                    }
                }
                return problem(doc, node, "unknown key '" + key + "'" + NearestNames.hint(key, known));
            }
            case "required": {
                String key = m.getProperty();
                return problem(doc, node, "missing key '" + key + "'" + requiredContext(m, keywordParent, key, node));
            }
            case "dependentRequired": {
                Object[] args = m.getArguments();
                String missing = String.valueOf(args[0]);
                String present = String.valueOf(args[1]);
                return problem(doc, node, "'" + present + "' needs '" + missing + "' beside it");
            }
            case "oneOf":
                return problem(doc, node, oneOfText(keywordParent, node));
            case "minProperties":
            case "maxProperties": {
                List<String> known = propertyNames(keywordParent);
                List<String> found = new ArrayList<>();
                if (node instanceof YamlNode.Mapping map) {
                    found.addAll(map.keys());
                }
                return problem(doc, node, "expected exactly one of " + String.join(", ", known)
                        + (found.isEmpty() ? ", found none" : ", found " + String.join(" and ", found)));
            }
            case "enum": {
                List<String> allowed = new ArrayList<>();
                JsonNode values = keywordParent.path("enum");
                values.forEach(v -> allowed.add(v.asText()));
                if (node instanceof YamlNode.Scalar s && s.isText()) {
                    return problem(doc, node, "unknown " + nounOf(node.path()) + " '" + s.text() + "'"
                            + NearestNames.hint(s.text(), allowed));
                }
                return problem(doc, node, "expected one of " + String.join(", ", allowed) + ", got " + node.describe());
            }
            case "type":
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
            case "pattern":
            case "const":
                return problem(doc, node, "expected " + expectation(keywordParent) + ", got " + node.describe());
            case "minLength":
                return problem(doc, node, "expected non-empty text" + parenthesised(keywordParent.path("description").asText("")));
            default:
                return problem(doc, node, stripPath(m.getMessage()));
        }
    }

    private String requiredContext(ValidationMessage m, JsonNode keywordParent, String key, YamlNode node) {
        List<String> notes = new ArrayList<>();
        JsonNodePath fragment = m.getSchemaLocation().getFragment();
        int n = fragment.getNameCount();
        boolean inThen = n >= 2 && "then".equals(fragment.getName(n - 2));
        // A then-branch requires keys that the enclosing schema describes.
        JsonNode describing = inThen && !keywordParent.path("properties").has(key) ? schemaAt(fragment, 2) : keywordParent;
        JsonNode property = resolveRef(describing.path("properties").path(key));
        String description = property.path("description").asText("");
        if (!description.isEmpty()) {
            notes.add(lowerFirst(stripFullStop(description)));
        }
        // A key required by a then-branch of "if not required [x]" is needed only when x is absent.
        if (inThen) {
            JsonNode ifNode = schemaAt(fragment, 2).path("if");
            JsonNode notRequired = ifNode.path("not").path("required");
            if (notRequired.isArray() && notRequired.size() == 1) {
                notes.add("needed when there is no '" + notRequired.get(0).asText() + "'");
            }
        }
        if (node instanceof YamlNode.Mapping map && map.get("type").orElse(null) instanceof YamlNode.Scalar t && t.isText()
                && !"type".equals(key)) {
            notes.add("a " + t.text() + " event needs it");
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    private String oneOfText(JsonNode keywordParent, YamlNode node) {
        List<String> keys = new ArrayList<>();
        for (JsonNode branch : keywordParent.path("oneOf")) {
            JsonNode req = branch.path("required");
            if (branch.size() != 1 || !req.isArray() || req.size() != 1) {
                return "does not match exactly one of the allowed forms";
            }
            keys.add(req.get(0).asText());
        }
        List<String> found = new ArrayList<>();
        if (node instanceof YamlNode.Mapping map) {
            for (String k : keys) {
                if (map.entry(k).isPresent()) {
                    found.add("'" + k + "'");
                }
            }
        }
        List<String> quoted = keys.stream().map(k -> "'" + k + "'").toList();
        String expected = quoted.size() <= 1 ? String.join("", quoted)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return "expected exactly one of " + expected
                + (found.isEmpty() ? ", found none" : ", found " + String.join(" and ", found));
    }

    /** What a schema node accepts, in words: "a number in 0..1", "a whole number >= 1", or its description. */
    private String expectation(JsonNode node) {
        node = resolveRef(node);
        String description = node.path("description").asText("");
        if (!description.isEmpty() && (node.has("pattern") || node.path("type").isArray())) {
            return lowerFirst(stripFullStop(description));
        }
        if (node.has("enum")) {
            List<String> allowed = new ArrayList<>();
            node.get("enum").forEach(v -> allowed.add(v.asText()));
            return "one of " + String.join(", ", allowed);
        }
        String type = node.path("type").asText("");
        String words = switch (type) {
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping (key: value)";
            case "null" -> "nothing";
            default -> description.isEmpty() ? "something else" : lowerFirst(stripFullStop(description));
        };
        return words + rangeText(node);
    }

    private static String rangeText(JsonNode node) {
        JsonNode min = node.get("minimum");
        JsonNode max = node.get("maximum");
        JsonNode xmin = node.get("exclusiveMinimum");
        JsonNode xmax = node.get("exclusiveMaximum");
        if (min != null && max != null) {
            return " in " + min.asText() + ".." + max.asText();
        }
        List<String> parts = new ArrayList<>();
        if (min != null) {
            parts.add(">= " + min.asText());
        }
        if (xmin != null) {
            parts.add("> " + xmin.asText());
        }
        if (max != null) {
            parts.add("<= " + max.asText());
        }
        if (xmax != null) {
            parts.add("< " + xmax.asText());
        }
        return parts.isEmpty() ? "" : " " + String.join(" and ", parts);
    }

    /** The noun for an enum's key in messages: "channel", "sanctions measure", "event type". */
    private static String nounOf(String path) {
        int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'));
        String last = dot < 0 ? path : path.substring(dot + 1);
        return switch (last) {
            case "sanction" -> "sanctions measure";
            case "type" -> "event type";
            case "" -> "value";
            default -> last;
        };
    }

    private List<String> propertyNames(JsonNode schemaNode) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = resolveRef(schemaNode).path("properties").fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The schema node at a fragment path, minus the last up elements (1 = the keyword's schema object). */
    private JsonNode schemaAt(JsonNodePath fragment, int up) {
        JsonNode n = schemaRoot;
        for (int i = 0; i < fragment.getNameCount() - up; i++) {
            Object element = fragment.getElement(i);
            if (element instanceof Integer index) {
                n = n.path(index);
            } else {
                String name = String.valueOf(element);
                n = n.isArray() && name.matches("\\d+") ? n.path(Integer.parseInt(name)) : n.path(name);
            }
        }
        return n;
    }

    /** Follows a local "$ref": "#/$defs/x" (the only kind the project's schemas use). */
    private JsonNode resolveRef(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/")) {
            return node;
        }
        JsonNode target = schemaRoot.at(ref.asText().substring(1));
        if (target.isMissingNode()) {
            return node;
        }
        // Keywords beside the $ref (such as a more specific description) take precedence.
        if (node.size() > 1 && target.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode merged = ((com.fasterxml.jackson.databind.node.ObjectNode) target).deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!"$ref".equals(e.getKey())) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        return target;
    }

    private static Optional<YamlNode> find(YamlNode root, JsonNodePath path) {
        YamlNode n = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index && n instanceof YamlNode.Sequence seq && index < seq.items().size()) {
                n = seq.items().get(index);
            } else if (n instanceof YamlNode.Mapping map && map.get(String.valueOf(element)).isPresent()) {
                n = map.get(String.valueOf(element)).get();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    private static InputProblem problem(YamlDocument doc, YamlNode node, String message) {
        return new InputProblem(doc.file(), node.position().line(), node.position().column(), node.path(), message);
    }

    private static InputProblem problemAtKey(YamlDocument doc, YamlNode.Entry entry, String message) {
        return new InputProblem(doc.file(), entry.keyPosition().line(), entry.keyPosition().column(),
                entry.value().path(), message);
    }

    private static String parenthesised(String description) {
        return description.isEmpty() ? "" : " (" + lowerFirst(stripFullStop(description)) + ")";
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static String stripFullStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
