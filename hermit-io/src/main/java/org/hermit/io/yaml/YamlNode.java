package org.hermit.io.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node of a YAML document that remembers where it was written and its data path
 * ({@code policies[3].enforcement}), so that every problem found in it can name the file, line, column and path.
 * Keys keep their own positions: an unknown key is reported where the key is, not where its value is.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** Data path from the document root: {@code ""} for the root, {@code policies[3].enforcement} below it. */
    String path();

    Position position();

    /** Plain JSON view for the JSON Schema validator. */
    JsonNode toJson();

    /** How the node reads in a message: "the text 'high'", "1.7", "a list", "nothing". */
    String describe();

    /** The resolved type of a scalar as YAML read it (quoted text stays text: '5' is not a number). */
    enum ScalarKind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

    /**
     * A single value. value is a String (TEXT), BigInteger (INTEGER), Double (DECIMAL), Boolean (BOOLEAN) or null;
     * text is what the file says.
     */
    record Scalar(String path, Position position, ScalarKind kind, String text, Object value) implements YamlNode {
        public boolean isNumber() {
            return kind == ScalarKind.INTEGER || kind == ScalarKind.DECIMAL;
        }

        public boolean isText() {
            return kind == ScalarKind.TEXT;
        }

        public boolean isBoolean() {
            return kind == ScalarKind.BOOLEAN;
        }

        /** The number, for a numeric scalar. */
        public double doubleValue() {
            if (value instanceof BigInteger i) {
                return i.doubleValue();
            }
            if (value instanceof Double d) {
                return d;
            }
            throw new IllegalStateException(path + " is not a number");
        }

        /** The whole number, for an integer scalar or a decimal without a fraction; empty otherwise. */
        public Optional<BigInteger> wholeValue() {
            if (value instanceof BigInteger i) {
                return Optional.of(i);
            }
            if (value instanceof Double d && Double.isFinite(d) && d == Math.rint(d)) {
                return Optional.of(java.math.BigDecimal.valueOf(d).toBigInteger());
            }
            return Optional.empty();
        }

        @Override
        public JsonNode toJson() {
            JsonNodeFactory f = JsonNodeFactory.instance;
            return switch (kind) {
                case TEXT -> f.textNode((String) value);
                case INTEGER -> f.numberNode((BigInteger) value);
                case DECIMAL -> f.numberNode((Double) value);
                case BOOLEAN -> f.booleanNode((Boolean) value);
                case NULL -> f.nullNode();
            };
        }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "the text '" + text + "'";
                case INTEGER, DECIMAL -> text;
                case BOOLEAN -> String.valueOf(value);
                case NULL -> "nothing";
            };
        }
    }

    /** One key of a mapping, where the key is written, and its value. */
    record Entry(String key, Position keyPosition, YamlNode value) {}

    /** A mapping (key: value lines or {a: 1}); entries in file order, keys unique. */
    record Mapping(String path, Position position, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        public List<String> keys() {
            List<String> keys = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                keys.add(e.key());
            }
            return keys;
        }

        @Override
        public JsonNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (Entry e : entries) {
                o.set(e.key(), e.value().toJson());
            }
            return o;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list (- item lines or [a, b]). */
    record Sequence(String path, Position position, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public JsonNode toJson() {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            for (YamlNode item : items) {
                a.add(item.toJson());
            }
            return a;
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** Path of a mapping's child. */
    static String childPath(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Path of a list's item (0-based, as in JSON paths). */
    static String itemPath(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
