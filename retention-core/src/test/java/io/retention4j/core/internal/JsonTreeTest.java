package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    @Test
    void parse_nested_nodesKnowTheirPathLineAndColumn() {
        String json = "{\n  \"rules\": [\n    {\"a\": 1},\n    {\"b\": [true, \"x\"]}\n  ]\n}";
        JsonTree.Node root = JsonTree.parse(json);
        JsonTree.Node b = root.get("rules").elements().get(1).get("b");
        assertThat(b.path()).isEqualTo("$.rules[1].b");
        assertThat(b.line()).isEqualTo(4);
        assertThat(b.column()).isEqualTo(11);
        assertThat(b.elements().get(1).asText()).isEqualTo("x");
        assertThat(b.elements().get(0).asBoolean()).isTrue();
        assertThat(root.get("rules").elements().get(0).get("a").asInt()).isEqualTo(1);
    }

    @Test
    void parse_malformed_problemWithLineAndColumn() {
        assertThatThrownBy(() -> JsonTree.parse("{\n  \"a\": 1,\n  \"b\": }"))
                .isInstanceOfSatisfying(JsonTree.Problem.class, p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.path()).isNull();
                    assertThat(p.reason()).startsWith("malformed JSON");
                });
    }

    @Test
    void parse_duplicateKeyOrTrailingContentOrEmpty_rejected() {
        assertThatThrownBy(() -> JsonTree.parse("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(JsonTree.Problem.class).hasMessageContaining("'a' appears twice");
        assertThatThrownBy(() -> JsonTree.parse("{} {}"))
                .isInstanceOf(JsonTree.Problem.class).hasMessageContaining("after the document");
        assertThatThrownBy(() -> JsonTree.parse("  "))
                .isInstanceOf(JsonTree.Problem.class).hasMessageContaining("empty");
    }

    @Test
    void requireObject_unknownKey_namedWithItsPathAndTheAllowedKeys() {
        JsonTree.Node root = JsonTree.parse("{\"name\": \"x\",\n \"nmae\": 2}");
        assertThatThrownBy(() -> root.requireObject(List.of("name")))
                .isInstanceOfSatisfying(JsonTree.Problem.class, p -> {
                    assertThat(p.path()).isEqualTo("$.nmae");
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.reason()).isEqualTo("unknown field 'nmae'; the allowed fields are [name]");
                });
    }

    @Test
    void accessors_wrongKind_sayWhatWasExpectedAndFound() {
        JsonTree.Node root = JsonTree.parse("{\"n\": 2.5, \"s\": \"t\", \"big\": 12345678901, \"nul\": null}");
        assertThatThrownBy(() -> root.get("n").asInt()).hasMessageContaining("expected a whole number, got 2.5");
        assertThatThrownBy(() -> root.get("big").asInt()).hasMessageContaining("got 12345678901");
        assertThatThrownBy(() -> root.get("s").asDouble()).hasMessageContaining("expected a number, got the string \"t\"");
        assertThatThrownBy(() -> root.get("n").asText()).hasMessageContaining("expected a string, got 2.5");
        assertThatThrownBy(() -> root.require("nul")).hasMessageContaining("missing field 'nul'");
        assertThatThrownBy(() -> root.require("x")).hasMessageContaining("missing field 'x'");
        assertThat(root.get("n").asDouble()).isEqualTo(2.5);
    }
}
