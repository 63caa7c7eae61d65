package io.retention4j.core.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.retention4j.core.internal.JsonTree;
import io.retention4j.core.model.NpsClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The JSON form of {@link RuleSegments}: reading with located errors, writing with Jackson. */
final class RuleSegmentsJson {
    private static final List<String> ROOT_FIELDS = List.of("format", "version", "segments");
    private static final List<String> SEGMENT_FIELDS = List.of("name", "condition");
    private static final List<String> KINDS = List.of("field", "events", "attribute", "tag", "npsClass",
            "topCategory", "boughtCategory", "all", "any", "not");
    private static final List<String> BOUND_KEYS = List.of("atLeast", "greaterThan", "atMost", "lessThan", "equals");

    private RuleSegmentsJson() {
    }

    static RuleSegments read(String source, String json) {
        try {
            JsonTree.Node root = JsonTree.parse(json).requireObject(ROOT_FIELDS);
            JsonFormat.checkHeader(root, RuleSegments.FORMAT);
            JsonTree.Node list = root.require("segments");
            if (list.elements().isEmpty()) {
                throw list.problem("rule segments need at least one segment");
            }
            RuleSegments.Builder b = RuleSegments.builder();
            for (JsonTree.Node s : list.elements()) {
                s.requireObject(SEGMENT_FIELDS);
                String name = s.require("name").asNonBlankText();
                Condition c = condition(s.require("condition"));
                try {
                    b.segment(name, c);
                } catch (IllegalArgumentException e) {
                    throw s.problem(e.getMessage());
                }
            }
            return b.build();
        } catch (JsonTree.Problem p) {
            throw new SegmentJsonException(source, p);
        }
    }

    private static Condition condition(JsonTree.Node node) {
        String kind = null;
        for (String key : node.members().keySet()) {
            if (KINDS.contains(key)) {
                if (kind != null) {
                    throw node.problem("a condition has exactly one of " + KINDS + "; this one has both '" + kind
                            + "' and '" + key + "'");
                }
                kind = key;
            }
        }
        if (kind == null) {
            throw node.problem("a condition needs one of " + KINDS + "; got the fields " + node.members().keySet());
        }
        JsonTree.Node value = node.get(kind);
        switch (kind) {
            case "field": {
                node.requireObject(withBounds("field"));
                ProfileField field;
                try {
                    field = ProfileField.named(value.asText());
                } catch (IllegalArgumentException e) {
                    throw value.problem(e.getMessage());
                }
                return new FieldCondition(field, bounds(node));
            }
            case "events":
                node.requireObject(withBounds("events"));
                return new EventCountCondition(value.asNonBlankText(), bounds(node));
            case "attribute":
                return attribute(node, value.asNonBlankText());
            case "tag":
                node.requireObject(List.of("tag"));
                try {
                    return Conditions.tagged(value.asNonBlankText());
                } catch (IllegalArgumentException e) {
                    throw value.problem(e.getMessage());
                }
            case "npsClass":
                node.requireObject(List.of("npsClass"));
                return new NpsCondition(npsClass(value));
            case "topCategory":
                node.requireObject(List.of("topCategory"));
                return new CategoryCondition(value.asNonBlankText(), true);
            case "boughtCategory":
                node.requireObject(List.of("boughtCategory"));
                return new CategoryCondition(value.asNonBlankText(), false);
            case "not":
                node.requireObject(List.of("not"));
                return new NotCondition(condition(value));
            default: {
                node.requireObject(List.of(kind));
                List<JsonTree.Node> items = value.elements();
                if (items.isEmpty()) {
                    throw value.problem("'" + kind + "' needs at least one condition");
                }
                List<Condition> conditions = new ArrayList<>();
                for (JsonTree.Node item : items) {
                    conditions.add(condition(item));
                }
                return "all".equals(kind) ? new AllOf(List.copyOf(conditions)) : new AnyOf(List.copyOf(conditions));
            }
        }
    }

    private static List<String> withBounds(String kind) {
        List<String> keys = new ArrayList<>(BOUND_KEYS);
        keys.add(0, kind);
        return keys;
    }

    private static NpsClass npsClass(JsonTree.Node value) {
        String text = value.asText();
        for (NpsClass c : NpsClass.values()) {
            if (c.name().equals(text)) {
                return c;
            }
        }
        throw value.problem("unknown NPS class '" + text + "'; the classes are " + Arrays.toString(NpsClass.values()));
    }

    private static NumberBounds bounds(JsonTree.Node node) {
        JsonTree.Node equals = node.get("equals");
        JsonTree.Node atLeast = node.get("atLeast");
        JsonTree.Node greaterThan = node.get("greaterThan");
        JsonTree.Node atMost = node.get("atMost");
        JsonTree.Node lessThan = node.get("lessThan");
        if (equals != null) {
            if (atLeast != null || greaterThan != null || atMost != null || lessThan != null) {
                throw equals.problem("'equals' cannot be combined with other bounds");
            }
            double v = equals.asDouble();
            return new NumberBounds(v, true, v, true);
        }
        if (atLeast != null && greaterThan != null) {
            throw greaterThan.problem("give 'atLeast' or 'greaterThan', not both");
        }
        if (atMost != null && lessThan != null) {
            throw lessThan.problem("give 'atMost' or 'lessThan', not both");
        }
        JsonTree.Node low = atLeast != null ? atLeast : greaterThan;
        JsonTree.Node high = atMost != null ? atMost : lessThan;
        if (low == null && high == null) {
            throw node.problem("a comparison needs a bound: one of " + BOUND_KEYS);
        }
        try {
            return Conditions.NumberTest.bounds(low == null ? null : low.asDouble(), greaterThan == null,
                    high == null ? null : high.asDouble(), lessThan == null);
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }

    private static Condition attribute(JsonTree.Node node, String key) {
        node.requireObject(List.of("attribute", "equals", "in", "present"));
        JsonTree.Node equals = node.get("equals");
        JsonTree.Node in = node.get("in");
        JsonTree.Node present = node.get("present");
        int given = (equals == null ? 0 : 1) + (in == null ? 0 : 1) + (present == null ? 0 : 1);
        if (given != 1) {
            throw node.problem("an attribute condition needs exactly one of 'equals', 'in', 'present'");
        }
        Conditions.AttributeTest test = Conditions.attribute(key);
        if (equals != null) {
            return test.equalTo(equals.asText());
        }
        if (present != null) {
            return present.asBoolean() ? test.present() : test.absent();
        }
        List<JsonTree.Node> items = in.elements();
        if (items.isEmpty()) {
            throw in.problem("'in' needs at least one value");
        }
        String[] values = new String[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = items.get(i).asText();
        }
        return test.in(values);
    }

    static String write(RuleSegments segments) {
        ObjectNode root = SegmentMapJson.MAPPER.createObjectNode();
        root.put("format", RuleSegments.FORMAT);
        root.put("version", 1);
        ArrayNode list = root.putArray("segments");
        for (RuleSegment s : segments.segments()) {
            ObjectNode node = list.addObject();
            node.put("name", s.name());
            write(node.putObject("condition"), s.condition());
        }
        try {
            return SegmentMapJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rule segments as JSON", e);
        }
    }

    private static void write(ObjectNode node, Condition c) {
        if (c instanceof FieldCondition f) {
            node.put("field", f.field().fieldName());
            writeBounds(node, f.bounds());
        } else if (c instanceof EventCountCondition e) {
            node.put("events", e.type());
            writeBounds(node, e.bounds());
        } else if (c instanceof AttributeCondition a) {
            node.put("attribute", a.key());
            if (a.values() == null) {
                node.put("present", a.present());
            } else if (a.values().size() == 1) {
                node.put("equals", a.values().iterator().next());
            } else {
                ArrayNode in = node.putArray("in");
                a.values().forEach(in::add);
            }
        } else if (c instanceof TagCondition t) {
            node.put("tag", t.tag());
        } else if (c instanceof NpsCondition n) {
            node.put("npsClass", n.npsClass().name());
        } else if (c instanceof CategoryCondition k) {
            node.put(k.favouriteOnly() ? "topCategory" : "boughtCategory", k.category());
        } else if (c instanceof NotCondition n) {
            write(node.putObject("not"), n.condition());
        } else {
            boolean all = c instanceof AllOf;
            List<Condition> items = all ? ((AllOf) c).conditions() : ((AnyOf) c).conditions();
            ArrayNode array = node.putArray(all ? "all" : "any");
            for (Condition item : items) {
                write(array.addObject(), item);
            }
        }
    }

    private static void writeBounds(ObjectNode node, NumberBounds b) {
        if (b.hasLower() && b.hasUpper() && b.lower() == b.upper()) {
            node.put("equals", b.lower());
            return;
        }
        if (b.hasLower()) {
            node.put(b.lowerInclusive() ? "atLeast" : "greaterThan", b.lower());
        }
        if (b.hasUpper()) {
            node.put(b.upperInclusive() ? "atMost" : "lessThan", b.upper());
        }
    }
}
