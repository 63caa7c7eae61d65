package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.profile.CustomerProfiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSegmentsJsonTest {
    private static final String HAND_SEGMENTS = """
            {"format": "retention4j-rule-segments", "version": 1,
             "segments": [
               {"name": "vip", "condition": {"all": [{"field": "totalSpend", "atLeast": 500}, {"tag": "vip"}]}},
               {"name": "sleeping", "condition": {"field": "daysSinceLastPurchase", "greaterThan": 90}},
               {"name": "retail detractors", "condition": {"all": [
                   {"attribute": "industry", "equals": "retail"}, {"npsClass": "DETRACTOR"}]}},
               {"name": "engaged", "condition": {"any": [{"events": "login", "atLeast": 2}, {"npsClass": "PROMOTER"}]}},
               {"name": "newsletter", "condition": {"tag": "newsletter"}},
               {"name": "long tenure", "condition": {"field": "tenureDays", "atLeast": 200}}
             ]}
            """;

    @Test
    void fromJson_handSegments_sameMembersAsTheFluentDefinition() {
        CustomerProfiles profiles = FiveCustomers.profiles();
        RuleSegments fromJson = RuleSegments.fromJson(HAND_SEGMENTS);
        assertThat(fromJson).isEqualTo(RuleSegmentsTest.handSegments());
        assertThat(fromJson.evaluate(profiles).sizes()).isEqualTo(RuleSegmentsTest.handSegments().evaluate(profiles).sizes());
    }

    @Test
    void toJson_everyKind_readsBackEqual(@TempDir Path dir) throws IOException {
        RuleSegments all = RuleSegments.builder()
                .segment("a", Conditions.orders().between(1, 3).or(Conditions.totalSpend().greaterThan(10.5)))
                .segment("b", Conditions.not(Conditions.attribute("plan").in("gold", "silver")))
                .segment("c", Conditions.attribute("plan").absent().and(Conditions.attribute("x").present()))
                .segment("d", Conditions.events("login").lessThan(4).and(Conditions.topCategory("books"))
                        .and(Conditions.boughtCategory("music")))
                .segment("e", Conditions.field(ProfileField.AVERAGE_SCORE).atMost(6).and(Conditions.orders().equalTo(2)))
                .build();
        assertThat(RuleSegments.fromJson(all.toJson())).isEqualTo(all);
        Path file = dir.resolve("segments.json");
        all.write(file);
        assertThat(RuleSegments.read(file)).isEqualTo(all);
    }

    @Test
    void fromJson_unknownKeyInsideACondition_namedWithItsPath() {
        String json = """
                {"segments": [
                  {"name": "x", "condition": {"all": [
                    {"field": "orders", "atLeast": 1},
                    {"field": "totalSpend", "atleast": 100}
                  ]}}
                ]}
                """;
        assertThatThrownBy(() -> RuleSegments.fromJson(json))
                .isInstanceOfSatisfying(SegmentJsonException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.segments[0].condition.all[1].atleast");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.reason()).isEqualTo("unknown field 'atleast'; the allowed fields are "
                            + "[field, atLeast, greaterThan, atMost, lessThan, equals]");
                });
    }

    @Test
    void fromJson_badConditions_rejectedWithPathAndReason() {
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"field\": \"spend\", \"atLeast\": 1}")))
                .hasMessageContaining("at $.segments[0].condition.field: unknown profile field 'spend'; the fields are [");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"npsClass\": \"promoter\"}")))
                .hasMessageEndingWith("at $.segments[0].condition.npsClass: unknown NPS class 'promoter'; "
                        + "the classes are [DETRACTOR, PASSIVE, PROMOTER]");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"field\": \"orders\", \"tag\": \"vip\"}")))
                .hasMessageContaining("a condition has exactly one of").hasMessageContaining("both 'field' and 'tag'");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"atLeast\": 3}")))
                .hasMessageContaining("at $.segments[0].condition: a condition needs one of [field, events,");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"field\": \"orders\"}")))
                .hasMessageEndingWith("a comparison needs a bound: one of [atLeast, greaterThan, atMost, lessThan, equals]");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"field\": \"orders\", \"equals\": 2, \"atMost\": 3}")))
                .hasMessageEndingWith("'equals' cannot be combined with other bounds");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"field\": \"orders\", \"atLeast\": 5, \"atMost\": 2}")))
                .hasMessageEndingWith("at $.segments[0].condition: the range [5.0, 2.0] is empty: "
                        + "the lower bound must be below the upper bound");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"field\": \"orders\", \"atLeast\": 1, \"greaterThan\": 2}")))
                .hasMessageEndingWith("give 'atLeast' or 'greaterThan', not both");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"field\": \"orders\", \"atLeast\": \"5\"}")))
                .hasMessageEndingWith("at $.segments[0].condition.atLeast: expected a number, got the string \"5\"");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"attribute\": \"plan\", \"equals\": \"a\", \"present\": true}")))
                .hasMessageEndingWith("an attribute condition needs exactly one of 'equals', 'in', 'present'");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"all\": []}")))
                .hasMessageEndingWith("at $.segments[0].condition.all: 'all' needs at least one condition");
        assertThatThrownBy(() -> RuleSegments.fromJson(wrap("{\"not\": {\"tag\": \"a,b\"}}")))
                .hasMessageContaining("at $.segments[0].condition.not.tag: tag must not contain commas");
        assertThatThrownBy(() -> RuleSegments.fromJson("{\"segments\": [{\"name\": \"a\"}]}"))
                .hasMessageEndingWith("at $.segments[0]: missing field 'condition'");
        assertThatThrownBy(() -> RuleSegments.fromJson("{\"segments\": []}"))
                .hasMessageEndingWith("at $.segments: rule segments need at least one segment");
        assertThatThrownBy(() -> RuleSegments.fromJson("{\"segments\": [\n{\"name\": \"a\", \"condition\": {\"tag\": \"x\"}},\n"
                + "{\"name\": \"a\", \"condition\": {\"tag\": \"y\"}}]}"))
                .hasMessageEndingWith("line 3, column 1 at $.segments[1]: segment name 'a' is used twice");
    }

    @Test
    void fromJson_malformed_lineOfTheSyntaxError() {
        assertThatThrownBy(() -> RuleSegments.fromJson("{\"segments\": [\n  {\"name\": \"a\",\n   \"condition\": {\"tag\" \"x\"}}]}"))
                .isInstanceOfSatisfying(SegmentJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("rule segments line 3, column ").contains("malformed JSON");
                });
    }

    private static String wrap(String condition) {
        return "{\"segments\": [{\"name\": \"s\", \"condition\": " + condition + "}]}";
    }
}
