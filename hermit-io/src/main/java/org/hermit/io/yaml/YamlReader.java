package org.hermit.io.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.yaml.YamlNode.Entry;
import org.hermit.io.yaml.YamlNode.ScalarKind;

/**
 * Reads one YAML document into {@link YamlNode}s that know their line, column and path, by walking Jackson's token
 * stream. A syntax error is reported as an {@link InputException} with its line and column; a key written twice is
 * kept as a problem of the document so that it is reported with everything else wrong in the file.
 */
public final class YamlReader {
    private final YAMLFactory factory = new YAMLFactory();

    /** Reads a file; a missing or unreadable file is an InputException naming it. */
    public YamlDocument read(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(new InputProblem(label, 0, 0, "", "no such file"));
        } catch (CharacterCodingException e) {
            throw new InputException(new InputProblem(label, 0, 0, "", "not a UTF-8 text file"));
        } catch (IOException e) {
            throw new InputException(new InputProblem(label, 0, 0, "", "cannot read the file: " + e.getMessage()));
        }
        return read(label, text);
    }

    /** Reads YAML text; label is the file name problems are reported under. */
    public YamlDocument read(String label, String text) {
        List<InputProblem> problems = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlDocument(label, new YamlNode.Scalar("", new Position(1, 1), ScalarKind.NULL, "", null),
                        problems);
            }
            Walk walk = new Walk(label, parser, problems);
            YamlNode root = walk.node(first, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new InputProblem(label, at.getLineNr(), at.getColumnNr(), "",
                        "a second YAML document starts here; a file holds one document (remove the '---' line)"));
            }
            return new YamlDocument(label, root, problems);
        } catch (StreamReadException e) {
            throw new InputException(syntaxProblem(label, e));
        } catch (IOException e) {
            throw new InputException(new InputProblem(label, 0, 0, "", "cannot read the YAML: " + e.getMessage()));
        }
    }

    private static InputProblem syntaxProblem(String label, StreamReadException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            // SnakeYAML says what it was doing and what it found; its own message also quotes the source lines.
            StringBuilder sb = new StringBuilder("YAML syntax error: ");
            if (marked.getContext() != null) {
                sb.append(marked.getContext());
                if (marked.getContextMark() != null) {
                    sb.append(" (from line ").append(marked.getContextMark().getLine() + 1)
                            .append(", column ").append(marked.getContextMark().getColumn() + 1).append(')');
                }
                sb.append(": ");
            }
            sb.append(marked.getProblem() == null ? "unexpected text" : marked.getProblem());
            message = sb.toString();
            if (marked.getProblemMark() != null) {
                line = marked.getProblemMark().getLine() + 1;
                column = marked.getProblemMark().getColumn() + 1;
            }
        } else {
            message = "YAML syntax error: " + (message == null ? "unexpected text" : message.lines().findFirst().orElse(""));
        }
        return new InputProblem(label, line, column, "", message);
    }

    /** One pass over the tokens of a document, building nodes depth first. */
    private static final class Walk {
        private final String label;
        private final JsonParser parser;
        private final List<InputProblem> problems;

        Walk(String label, JsonParser parser, List<InputProblem> problems) {
            this.label = label;
            this.parser = parser;
            this.problems = problems;
        }

        YamlNode node(JsonToken token, String path) throws IOException {
            Position at = here();
            switch (token) {
                case START_OBJECT:
                    return mapping(path, at);
                case START_ARRAY:
                    return sequence(path, at);
                case VALUE_STRING:
                    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        problems.add(new InputProblem(label, at.line(), at.column(), path,
                                "YAML aliases (*" + parser.getText() + ") are not supported; write the value out"));
                    }
                    return new YamlNode.Scalar(path, at, ScalarKind.TEXT, parser.getText(), parser.getText());
                case VALUE_NUMBER_INT:
                    return new YamlNode.Scalar(path, at, ScalarKind.INTEGER, parser.getText(), parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return decimal(path, at, parser.getText());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new YamlNode.Scalar(path, at, ScalarKind.BOOLEAN, parser.getText(), token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return new YamlNode.Scalar(path, at, ScalarKind.NULL, parser.getText(), null);
                default:
                    // Embedded binary (!!binary) and the like: keep the text so the schema can reject it.
                    return new YamlNode.Scalar(path, at, ScalarKind.TEXT, String.valueOf(parser.getText()), String.valueOf(parser.getText()));
            }
        }

        /** YAML spells infinity .inf (a legal unbounded range); .nan is never a legal number here, so it stays text. */
        private static YamlNode decimal(String path, Position at, String text) {
            String t = text.strip();
            if (t.matches("[-+]?\\.(inf|Inf|INF)")) {
                return new YamlNode.Scalar(path, at, ScalarKind.DECIMAL, text,
                        t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            if (t.matches("\\.(nan|NaN|NAN)")) {
                return new YamlNode.Scalar(path, at, ScalarKind.TEXT, text, text);
            }
            try {
                return new YamlNode.Scalar(path, at, ScalarKind.DECIMAL, text, Double.parseDouble(t.replace("_", "")));
            } catch (NumberFormatException e) {
                // YAML 1.1 oddities such as sexagesimal 1:30.5 stay text; the schema then asks for a number.
                return new YamlNode.Scalar(path, at, ScalarKind.TEXT, text, text);
            }
        }

        private YamlNode.Mapping mapping(String path, Position at) throws IOException {
            List<Entry> entries = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Position keyAt = here();
                YamlNode value = node(parser.nextToken(), YamlNode.childPath(path, key));
                Entry first = null;
                for (Entry e : entries) {
                    if (e.key().equals(key)) {
                        first = e;
                        break;
                    }
                }
                if (first != null) {
                    problems.add(new InputProblem(label, keyAt.line(), keyAt.column(), YamlNode.childPath(path, key),
                            "key '" + key + "' is written twice (first on line " + first.keyPosition().line()
                                    + "); keep one"));
                } else {
                    entries.add(new Entry(key, keyAt, value));
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IllegalStateException("YAML parser returned " + t + " inside a mapping");
            }
            return new YamlNode.Mapping(path, at, entries);
        }

        private YamlNode.Sequence sequence(String path, Position at) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new IllegalStateException("YAML parser ended inside a list");
                }
                items.add(node(t, YamlNode.itemPath(path, items.size())));
            }
            return new YamlNode.Sequence(path, at, items);
        }

        private Position here() {
            JsonLocation l = parser.currentTokenLocation();
            return new Position(l.getLineNr(), l.getColumnNr());
        }
    }
}
