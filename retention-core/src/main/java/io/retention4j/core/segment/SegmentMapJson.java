package io.retention4j.core.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.retention4j.core.internal.JsonTree;
import java.util.List;

/** The JSON form of {@link SegmentMap}: reading with located errors, writing with Jackson. */
final class SegmentMapJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> ROOT_FIELDS = List.of("format", "version", "name", "levels", "other", "rules");
    private static final List<String> RULE_FIELDS = List.of("segment", "recency", "frequency", "monetary");

    private SegmentMapJson() {
    }

    static String write(SegmentMap map) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", SegmentMap.FORMAT);
        root.put("version", 1);
        root.put("name", map.name());
        root.put("levels", map.levels());
        root.put("other", map.otherName());
        ArrayNode rules = root.putArray("rules");
        for (SegmentRule r : map.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("segment", r.segment());
            range(rule.putArray("recency"), r.recency());
            range(rule.putArray("frequency"), r.frequency());
            range(rule.putArray("monetary"), r.monetary());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write segment map '" + map.name() + "' as JSON", e);
        }
    }

    private static void range(ArrayNode node, ScoreRange range) {
        node.add(range.lower());
        node.add(range.upper());
    }

    static SegmentMap read(String source, String json) {
        try {
            return read(JsonTree.parse(json));
        } catch (JsonTree.Problem p) {
            throw new SegmentJsonException(source, p);
        }
    }

    private static SegmentMap read(JsonTree.Node root) {
        root.requireObject(ROOT_FIELDS);
        JsonFormat.checkHeader(root, SegmentMap.FORMAT);
        JsonTree.Node levelsNode = root.require("levels");
        int levels = levelsNode.asInt();
        if (levels < 2 || levels > 9) {
            throw levelsNode.problem("levels must be in 2..9, got " + levels);
        }
        SegmentMap.Builder b;
        try {
            b = SegmentMap.builder(root.require("name").asNonBlankText(), levels);
        } catch (IllegalArgumentException e) {
            throw root.problem(e.getMessage());
        }
        JsonTree.Node other = root.get("other");
        if (other != null) {
            b.other(other.asNonBlankText());
        }
        JsonTree.Node rules = root.require("rules");
        if (rules.elements().isEmpty()) {
            throw rules.problem("a segment map needs at least one rule");
        }
        for (JsonTree.Node rule : rules.elements()) {
            rule.requireObject(RULE_FIELDS);
            String segment = rule.require("segment").asNonBlankText();
            ScoreRange r = range(rule, "recency", levels);
            ScoreRange f = range(rule, "frequency", levels);
            ScoreRange m = range(rule, "monetary", levels);
            try {
                b.rule(segment, r, f, m);
            } catch (IllegalArgumentException e) {
                throw rule.problem(e.getMessage());
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw root.problem(e.getMessage());
        }
    }

    /** A [lower, upper] pair within 1..levels; an omitted dimension spans every score. */
    private static ScoreRange range(JsonTree.Node rule, String field, int levels) {
        JsonTree.Node node = rule.get(field);
        if (node == null) {
            return ScoreRange.all(levels);
        }
        List<JsonTree.Node> bounds = node.elements();
        if (bounds.size() != 2) {
            throw node.problem("expected [lower, upper], two scores, got " + bounds.size() + " values");
        }
        int lower = bounds.get(0).asInt();
        int upper = bounds.get(1).asInt();
        if (lower < 1 || upper > levels) {
            throw node.problem(field + " range [" + lower + ", " + upper + "] must lie within 1.." + levels);
        }
        if (lower > upper) {
            throw node.problem(field + " range [" + lower + ", " + upper + "] is inverted: lower is above upper");
        }
        return ScoreRange.of(lower, upper);
    }
}
