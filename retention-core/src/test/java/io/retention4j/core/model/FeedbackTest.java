package io.retention4j.core.model;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackTest {
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100})
    void constructor_scoreOutside0to10_rejectedNamingFieldAndValue(int score) {
        assertRejects(IllegalArgumentException.class, () -> Feedback.of("c1", AT, score),
                "Feedback.score", "0..10", "got " + score);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void constructor_scoreAtBounds_accepted(int score) {
        assertThat(Feedback.of("c1", AT, score).score()).isEqualTo(score);
    }

    @Test
    void constructor_nullOrBlankCustomerId_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Feedback.of(null, AT, 5), "Feedback.customerId");
        assertRejects(IllegalArgumentException.class, () -> Feedback.of(" ", AT, 5), "Feedback.customerId", "' '");
    }

    @Test
    void constructor_nullAt_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Feedback.of("c1", null, 5), "Feedback.at");
    }

    @Test
    void constructor_blankChannel_rejectedNamingFieldAndValue() {
        assertRejects(IllegalArgumentException.class, () -> new Feedback("c1", AT, 5, null, "  ", null),
                "Feedback.channel", "'  '");
    }

    @Test
    void constructor_blankCategory_rejectedNamingFieldAndValue() {
        assertRejects(IllegalArgumentException.class, () -> new Feedback("c1", AT, 5, null, null, "\t"),
                "Feedback.category", "'\t'");
    }

    @Test
    void constructor_optionalTextAbsent_accepted() {
        Feedback f = new Feedback("c1", AT, 9, null, null, null);
        assertThat(f.comment()).isNull();
        assertThat(f.channel()).isNull();
        assertThat(f.category()).isNull();
        Feedback full = new Feedback("c1", AT, 3, "late delivery", "email", "delivery");
        assertThat(full.comment()).isEqualTo("late delivery");
        assertThat(full.npsClass()).isEqualTo(NpsClass.DETRACTOR);
    }
}
