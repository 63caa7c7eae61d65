package io.retention4j.core.model;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reichheld (2003): 0..6 detractors, 7..8 passives, 9..10 promoters. */
class NpsClassTest {

    @ParameterizedTest
    @CsvSource({
        "0, DETRACTOR", "1, DETRACTOR", "5, DETRACTOR", "6, DETRACTOR",
        "7, PASSIVE", "8, PASSIVE",
        "9, PROMOTER", "10, PROMOTER"})
    void of_score_classifiesByReichheldBands(int score, NpsClass expected) {
        assertThat(NpsClass.of(score)).isEqualTo(expected);
        assertThat(Feedback.of("c1", Instant.EPOCH, score).npsClass()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void of_scoreOutside0to10_rejectedNamingValue(int score) {
        assertRejects(IllegalArgumentException.class, () -> NpsClass.of(score), "0..10", "got " + score);
    }
}
