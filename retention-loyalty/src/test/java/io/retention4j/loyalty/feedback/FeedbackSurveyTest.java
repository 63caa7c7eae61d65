package io.retention4j.loyalty.feedback;

import static io.retention4j.loyalty.feedback.FeedbackFixtures.COMMENTS;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.CSAT;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.NPS;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.model.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Survey definitions, responses and categories: validation messages name field, value and allowed range. */
class FeedbackSurveyTest {
    private static final String AT = "2026-03-02T10:00:00Z";

    @Test
    void check_npsScoreOutside0To10_namesFieldValueAndRange() {
        // 11 passes no 0..10 check: the response itself already refuses it
        assertThatThrownBy(() -> response("r1", "c1", "nps", AT).score(11))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("response 'r1' score must be 0..10, got 11");
        assertThatThrownBy(() -> new Response("r1", "c1", "nps", Instant.parse(AT), -1, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("response 'r1' score must be 0..10, got -1");
    }

    @Test
    void check_scoreOutsideTheSatisfactionScale_namesTheSurveysRange() {
        Response zero = response("r2", "c1", "csat", AT).score(0).build();
        assertThatThrownBy(() -> CSAT.check(zero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("response 'r2' score must be 1..5 for satisfaction survey 'csat', got 0");
        Response six = response("r3", "c1", "csat", AT).score(6).build();
        assertThatThrownBy(() -> CSAT.check(six)).hasMessage("response 'r3' score must be 1..5 for satisfaction survey 'csat', got 6");
        // the scale's ends are allowed
        assertThat(CSAT.check(response("r4", "c1", "csat", AT).score(1).build()).score()).isEqualTo(1);
        assertThat(CSAT.check(response("r5", "c1", "csat", AT).score(5).build()).score()).isEqualTo(5);
    }

    @Test
    void check_missingScoreOrText_isRefused() {
        Response noScore = response("r1", "c1", "nps", AT).text("hi").build();
        assertThatThrownBy(() -> NPS.check(noScore)).hasMessage("response 'r1' score must be 0..10 for NPS survey 'nps', got none");
        Response scored = response("r2", "c1", "comments", AT).score(3).text("hi").build();
        assertThatThrownBy(() -> COMMENTS.check(scored))
                .hasMessage("response 'r2' score must be absent for free-text survey 'comments', got 3");
        Response blank = response("r3", "c1", "comments", AT).text("   ").build();
        assertThatThrownBy(() -> COMMENTS.check(blank))
                .hasMessage("response 'r3' text must be present for free-text survey 'comments', got none");
        Response other = response("r4", "c1", "csat", AT).score(3).build();
        assertThatThrownBy(() -> NPS.check(other)).hasMessage("response 'r4' answers survey 'csat', not 'nps'");
    }

    @Test
    void survey_badDefinitions_areRefusedWithTheAllowedRange() {
        assertThatThrownBy(() -> new Survey("nps", SurveyKind.NPS, "q", 1, 10))
                .hasMessage("survey 'nps' is an NPS survey, whose scale is 0..10, got 1..10");
        assertThatThrownBy(() -> Survey.satisfaction("s", "q", 3, 3)).hasMessage("survey 's' scaleMax must be 4..10, got 3");
        assertThatThrownBy(() -> Survey.satisfaction("s", "q", 1, 11)).hasMessage("survey 's' scaleMax must be 2..10, got 11");
        assertThatThrownBy(() -> Survey.satisfaction("s", "q", -1, 5)).hasMessage("survey 's' scaleMin must be 0..9, got -1");
        assertThatThrownBy(() -> new Survey("t", SurveyKind.FREE_TEXT, "q", 0, 5))
                .hasMessage("survey 't' is a free-text survey, which has no scale (0..0), got 0..5");
        assertThatThrownBy(() -> Survey.nps("has space", "q"))
                .hasMessage("survey.id must be letters, digits, '.', '_', ':' or '-', got 'has space'");
        assertThatThrownBy(() -> Survey.nps("nps", " ")).hasMessage("survey 'nps' question must not be blank, got ' '");
    }

    @Test
    void response_builderAndRecord_validateAndNormalise() {
        Response r = response("r1", "c1", "nps", AT).score(9).text("  ").channel("email").product("app")
                .attribute("plan", "pro").attribute("region", "EU").build();
        assertThat(r.text()).isNull();
        assertThat(r.attributes()).containsExactly(Map.entry("plan", "pro"), Map.entry("region", "EU"));
        assertThat(r).hasToString("r1 c1 nps@2026-03-02T10:00:00Z score 9 via email on app {plan=pro, region=EU}");
        assertThatThrownBy(() -> Response.builder("r1", "c1", "nps").build())
                .isInstanceOf(NullPointerException.class).hasMessage("response 'r1' at must not be null");
        assertThatThrownBy(() -> Response.builder("r1", " ", "nps"))
                .hasMessage("response 'r1' customerId must not be blank, got ' '");
        assertThatThrownBy(() -> response("r1", "c1", "nps", AT).channel(""))
                .hasMessage("response 'r1' channel must not be blank, got ''");
        assertThatThrownBy(() -> response("r1", "c1", "nps", AT).attribute("plan", null))
                .hasMessage("response 'r1' attribute 'plan' must not be null");
    }

    @Test
    void of_coreFeedback_carriesScoreCommentChannelAndCategory() {
        Feedback f = new Feedback("c7", Instant.parse(AT), 4, "too slow", "app", "delivery");
        Response r = Response.of("f-1", "nps", f);
        assertThat(r).isEqualTo(new Response("f-1", "c7", "nps", Instant.parse(AT), 4, "too slow", "app", null,
                Map.of("category", "delivery")));
        assertThat(NPS.check(r)).isSameAs(r);
    }

    @Test
    void category_deadlines_everySeverityPositive() {
        Category c = Category.of("x", "team", Duration.ofHours(72)).withDeadline(Severity.HIGH, Duration.ofHours(24));
        assertThat(c.deadline(Severity.LOW)).isEqualTo(Duration.ofHours(72));
        assertThat(c.deadline(Severity.HIGH)).isEqualTo(Duration.ofHours(24));
        assertThat(c).hasToString("x (owner team; deadlines LOW 3d, MEDIUM 3d, HIGH 1d, CRITICAL 3d)");
        assertThatThrownBy(() -> c.withDeadline(Severity.LOW, Duration.ZERO))
                .hasMessage("category 'x' deadline for LOW must be a positive duration, got PT0S");
        assertThatThrownBy(() -> new Category("x", null, "team", Map.of(Severity.LOW, Duration.ofHours(1))))
                .hasMessage("category 'x' deadlines must have every severity [LOW, MEDIUM, HIGH, CRITICAL], missing MEDIUM");
        assertThatThrownBy(() -> Category.of("x", "", Duration.ofHours(1))).hasMessage("category 'x' owner must not be blank, got ''");
    }
}
