package io.retention4j.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into a tree whose every node knows where it came from: its 1-based line and
 * column and its path from the root ({@code $.rules[3].recency}). Definitions read from JSON use it
 * to reject bad input with a message a person can act on. Duplicate keys and content after the
 * document are rejected. Immutable once read.
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /** The kinds of JSON values. */
    public enum Kind {
        /** {@code {...}}. */
        OBJECT,
        /** {@code [...]}. */
        ARRAY,
        /** A string. */
        STRING,
        /** A number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL
    }

    /** A problem at a place in the document: malformed JSON, or a value the reader does not accept. */
    public static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String path;
        private final String reason;

        Problem(int line, int column, String path, String reason, Throwable cause) {
            super("line " + line + ", column " + column + (path == null ? "" : " at " + path) + ": " + reason, cause);
            this.line = line;
            this.column = column;
            this.path = path;
            this.reason = reason;
        }

        /** The 1-based line, or 0 when unknown. */
        public int line() {
            return line;
        }

        /** The 1-based column, or 0 when unknown. */
        public int column() {
            return column;
        }

        /** The path of the offending value, or null for malformed JSON. */
        public String path() {
            return path;
        }

        /** The problem without its place. */
        public String reason() {
            return reason;
        }
    }

    /** One value of the document; an object member also knows where its key is. */
    public static final class Node {
        private final Kind kind;
        private final String path;
        private final int line;
        private final int column;
        private final Map<String, Node> members;
        private final List<Node> elements;
        private final String text;
        private final double number;
        private final boolean integral;
        private int keyLine;
        private int keyColumn;

        private Node(Kind kind, String path, int line, int column, Map<String, Node> members, List<Node> elements,
                     String text, double number, boolean integral) {
            this.kind = kind;
            this.path = path;
            this.line = line;
            this.column = column;
            this.members = members;
            this.elements = elements;
            this.text = text;
            this.number = number;
            this.integral = integral;
            this.keyLine = line;
            this.keyColumn = column;
        }

        /** The kind of value. */
        public Kind kind() {
            return kind;
        }

        /** The path from the root, e.g. {@code $.rules[3].recency}. */
        public String path() {
            return path;
        }

        /** The 1-based line where the value starts. */
        public int line() {
            return line;
        }

        /** The 1-based column where the value starts. */
        public int column() {
            return column;
        }

        /** A problem located at this value. */
        public Problem problem(String reason) {
            return new Problem(line, column, path, reason, null);
        }

        /** Requires an object whose keys are all among {@code allowed}; names the first unknown key. */
        public Node requireObject(Collection<String> allowed) {
            if (kind != Kind.OBJECT) {
                throw problem("expected an object, got " + describe());
            }
            for (Map.Entry<String, Node> e : members.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    Node v = e.getValue();
                    throw new Problem(v.keyLine, v.keyColumn, v.path,
                            "unknown field '" + e.getKey() + "'; the allowed fields are " + allowed, null);
                }
            }
            return this;
        }

        /** The members of an object in document order. */
        public Map<String, Node> members() {
            if (kind != Kind.OBJECT) {
                throw problem("expected an object, got " + describe());
            }
            return Collections.unmodifiableMap(members);
        }

        /** A member of an object, or null when absent. */
        public Node get(String key) {
            return members().get(key);
        }

        /** A member of an object that must be present (a JSON null counts as absent). */
        public Node require(String key) {
            Node n = get(key);
            if (n == null || n.kind == Kind.NULL) {
                throw problem("missing field '" + key + "'");
            }
            return n;
        }

        /** The elements of an array. */
        public List<Node> elements() {
            if (kind != Kind.ARRAY) {
                throw problem("expected an array, got " + describe());
            }
            return Collections.unmodifiableList(elements);
        }

        /** The text of a string value. */
        public String asText() {
            if (kind != Kind.STRING) {
                throw problem("expected a string, got " + describe());
            }
            return text;
        }

        /** A string value that is not blank. */
        public String asNonBlankText() {
            String s = asText();
            if (s.isBlank()) {
                throw problem("expected a non-blank string, got '" + s + "'");
            }
            return s;
        }

        /** A number value. */
        public double asDouble() {
            if (kind != Kind.NUMBER) {
                throw problem("expected a number, got " + describe());
            }
            if (!Double.isFinite(number)) {
                throw problem("expected a finite number, got " + text);
            }
            return number;
        }

        /** A whole number in the range of {@code int}. */
        public int asInt() {
            if (kind != Kind.NUMBER || !integral || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw problem("expected a whole number, got " + describe());
            }
            return (int) number;
        }

        /** A boolean value. */
        public boolean asBoolean() {
            if (kind != Kind.BOOLEAN) {
                throw problem("expected true or false, got " + describe());
            }
            return "true".equals(text);
        }

        /** The value as it reads in a message. */
        public String describe() {
            switch (kind) {
                case OBJECT:
                    return "an object";
                case ARRAY:
                    return "an array";
                case STRING:
                    return "the string \"" + text + "\"";
                default:
                    return text;
            }
        }
    }

    /**
     * Reads a document.
     *
     * @param json the text
     * @return the root value
     * @throws Problem for malformed JSON (with the line and column of the error), duplicate keys
     *                 or content after the document
     */
    public static Node parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() == null) {
                throw new Problem(1, 1, null, "the document is empty", null);
            }
            Node root = read(p, "$");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new Problem(at.getLineNr(), at.getColumnNr(), null,
                        "unexpected content after the document: " + p.getText(), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Problem(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null,
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new Problem(0, 0, null, "cannot read the document: " + e.getMessage(), e);
        }
    }

    private static Node read(JsonParser p, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    p.nextToken();
                    Node value = read(p, path + "." + key);
                    value.keyLine = keyAt.getLineNr();
                    value.keyColumn = keyAt.getColumnNr();
                    if (members.put(key, value) != null) {
                        throw new Problem(keyAt.getLineNr(), keyAt.getColumnNr(), path + "." + key,
                                "the field '" + key + "' appears twice", null);
                    }
                }
                return new Node(Kind.OBJECT, path, line, column, members, null, null, 0, false);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(p, path + "[" + elements.size() + "]"));
                }
                return new Node(Kind.ARRAY, path, line, column, null, elements, null, 0, false);
            }
            case VALUE_STRING:
                return new Node(Kind.STRING, path, line, column, null, null, p.getText(), 0, false);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                boolean integral = token == JsonToken.VALUE_NUMBER_INT
                        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
                double value = integral ? p.getLongValue() : p.getDoubleValue();
                return new Node(Kind.NUMBER, path, line, column, null, null, p.getText(), value, integral);
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(Kind.BOOLEAN, path, line, column, null, null, p.getText(), 0, false);
            case VALUE_NULL:
                return new Node(Kind.NULL, path, line, column, null, null, "null", 0, false);
            default:
                throw new Problem(line, column, path, "unexpected token " + token, null);
        }
    }
}
