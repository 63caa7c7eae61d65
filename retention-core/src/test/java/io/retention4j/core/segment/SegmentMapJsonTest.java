package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentMapJsonTest {

    @Test
    void toJson_builtInMaps_readBackEqual() {
        for (SegmentMap map : new SegmentMap[] {SegmentMap.recencyFrequencyGrid(), SegmentMap.rfmWithLost(),
            SegmentMapTest.rfmPackageVignetteMap()}) {
            SegmentMap again = SegmentMap.fromJson(map.toJson());
            assertThat(again).isEqualTo(map);
            assertThat(again.coverage().cellsBySegment()).isEqualTo(map.coverage().cellsBySegment());
        }
    }

    @Test
    void write_file_readBackEqual(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("grid.json");
        SegmentMap.rfmWithLost().write(file);
        assertThat(SegmentMap.read(file)).isEqualTo(SegmentMap.rfmWithLost());
    }

    @Test
    void fromJson_handWritten_omittedDimensionSpansAllScoresAndFormatIsOptional() {
        SegmentMap map = SegmentMap.fromJson("""
                {"name": "two", "levels": 3,
                 "rules": [{"segment": "top", "recency": [3, 3], "frequency": [2, 3]},
                           {"segment": "rest", "monetary": [1, 3]}]}
                """);
        assertThat(map.levels()).isEqualTo(3);
        assertThat(map.otherName()).isEqualTo("other");
        assertThat(map.rules().get(0)).isEqualTo(new SegmentRule("top", ScoreRange.of(3, 3), ScoreRange.of(2, 3),
                ScoreRange.of(1, 3)));
        // top: 1 x 2 x 3 = 6 cells; rest: the other 21 of 27
        assertThat(map.coverage().cellsBySegment().values()).containsExactly(6, 21, 0);
    }

    @Test
    void fromJson_unknownField_namedWithPathLineAndColumn() {
        String json = "{\"name\": \"m\", \"levels\": 5,\n"
                + " \"rules\": [\n"
                + "  {\"segment\": \"a\", \"recency\": [1, 5]},\n"
                + "  {\"segment\": \"b\", \"frequncy\": [1, 2]}\n"
                + " ]}";
        assertThatThrownBy(() -> SegmentMap.fromJson(json))
                .isInstanceOfSatisfying(SegmentJsonException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.rules[1].frequncy");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(20);   // the key "frequncy"
                    assertThat(e.source()).isEqualTo("segment map");
                    assertThat(e.getMessage()).isEqualTo("segment map line 4, column 20 at $.rules[1].frequncy: "
                            + "unknown field 'frequncy'; the allowed fields are [segment, recency, frequency, monetary]");
                });
    }

    @Test
    void fromJson_badRanges_rejectedWithPath() {
        assertThatThrownBy(() -> SegmentMap.fromJson(
                "{\"name\": \"m\", \"levels\": 5, \"rules\": [{\"segment\": \"a\", \"recency\": [2, 6]}]}"))
                .isInstanceOf(SegmentJsonException.class)
                .hasMessageEndingWith("at $.rules[0].recency: recency range [2, 6] must lie within 1..5");
        assertThatThrownBy(() -> SegmentMap.fromJson(
                "{\"name\": \"m\", \"levels\": 5, \"rules\": [{\"segment\": \"a\", \"monetary\": [4, 2]}]}"))
                .hasMessageEndingWith("at $.rules[0].monetary: monetary range [4, 2] is inverted: lower is above upper");
        assertThatThrownBy(() -> SegmentMap.fromJson(
                "{\"name\": \"m\", \"levels\": 5, \"rules\": [{\"segment\": \"a\", \"monetary\": [4]}]}"))
                .hasMessageEndingWith("expected [lower, upper], two scores, got 1 values");
        assertThatThrownBy(() -> SegmentMap.fromJson(
                "{\"name\": \"m\", \"levels\": 5, \"rules\": [{\"segment\": \"a\", \"monetary\": [1.5, 2]}]}"))
                .hasMessageEndingWith("at $.rules[0].monetary[0]: expected a whole number, got 1.5");
        assertThatThrownBy(() -> SegmentMap.fromJson("{\"name\": \"m\", \"levels\": 12, \"rules\": []}"))
                .hasMessageEndingWith("at $.levels: levels must be in 2..9, got 12");
        assertThatThrownBy(() -> SegmentMap.fromJson("{\"name\": \"m\", \"levels\": 5, \"rules\": []}"))
                .hasMessageEndingWith("at $.rules: a segment map needs at least one rule");
        assertThatThrownBy(() -> SegmentMap.fromJson("{\"levels\": 5, \"rules\": []}"))
                .hasMessageEndingWith("at $: missing field 'name'");
        assertThatThrownBy(() -> SegmentMap.fromJson("{\"name\": \"m\", \"levels\": 5, \"rules\": ["
                + "{\"segment\": \"a\"}, {\"segment\": \"a\"}]}"))
                .hasMessageEndingWith("at $.rules[1]: rule 2 'a': the segment name is already used by an earlier rule");
        assertThatThrownBy(() -> SegmentMap.fromJson("{\"format\": \"retention4j-model\", \"name\": \"m\"}"))
                .hasMessageEndingWith("at $.format: expected format \"retention4j-segment-map\", got \"retention4j-model\"");
        assertThatThrownBy(() -> SegmentMap.fromJson("{\"version\": 2, \"name\": \"m\"}"))
                .hasMessageEndingWith("unsupported version 2; this library reads version 1");
    }

    @Test
    void fromJson_malformed_lineAndColumnOfTheSyntaxError() {
        assertThatThrownBy(() -> SegmentMap.fromJson("{\"name\": \"m\",\n \"levels\": 5,\n \"rules\": [}"))
                .isInstanceOfSatisfying(SegmentJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.path()).isNull();
                    assertThat(e.getMessage()).startsWith("segment map line 3, column 12: malformed JSON");
                });
    }

    @Test
    void read_file_errorsNameTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad-map.json");
        Files.writeString(file, "{\"name\": \"m\", \"levels\": 5, \"rulez\": []}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SegmentMap.read(file)).isInstanceOf(SegmentJsonException.class)
                .hasMessageStartingWith("bad-map.json line 1, column 28 at $.rulez: unknown field 'rulez'");
    }
}
