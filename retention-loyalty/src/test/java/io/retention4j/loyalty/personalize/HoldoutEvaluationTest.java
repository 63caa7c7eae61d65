package io.retention4j.loyalty.personalize;

import static io.retention4j.loyalty.personalize.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HoldoutEvaluationTest {
    private static final double EPS = 1e-9;

    /**
     * Train (before day 10): u1 {A, B}, u2 {A, B}, u3 {A, C}, u4 {B}, u5 {D}, u6 {D}: buyers A 3, B 3,
     * D 2, C 1; cos(A,B) = 2/3, cos(A,C) = 1/sqrt(3), no other pair. Test: u1 buys C, u4 buys A (new),
     * u2 buys A again (a repeat only: not evaluated).
     */
    private static Interactions log() {
        return Interactions.builder(Fixtures.abcd())
                .add("u1", "A", day(1), InteractionKind.PURCHASE).add("u1", "B", day(2), InteractionKind.PURCHASE)
                .add("u2", "A", day(1), InteractionKind.PURCHASE).add("u2", "B", day(3), InteractionKind.PURCHASE)
                .add("u3", "A", day(2), InteractionKind.PURCHASE).add("u3", "C", day(4), InteractionKind.PURCHASE)
                .add("u4", "B", day(5), InteractionKind.PURCHASE)
                .add("u5", "D", day(5), InteractionKind.PURCHASE)
                .add("u6", "D", day(6), InteractionKind.PURCHASE)
                .add("u1", "C", day(11), InteractionKind.PURCHASE)
                .add("u4", "A", day(12), InteractionKind.PURCHASE)
                .add("u2", "A", day(12), InteractionKind.PURCHASE)
                .build();
    }

    @Test
    void run_kOne_modelHitsBothBaselineOne() {
        EvaluationReport report = HoldoutEvaluation.builder(log(), day(10)).k(1)
                .index(ItemSimilarity.builder().minSupport(1)).run();
        // model: u1 (bought A, B) gets C, A's only unbought neighbour: hit; u4 (bought B) gets A: hit
        RankingScores model = report.model();
        assertThat(model.customers()).isEqualTo(2);
        assertThat(model.precision()).isCloseTo(1, within(EPS));
        assertThat(model.recall()).isCloseTo(1, within(EPS));
        assertThat(model.hitRate()).isCloseTo(1, within(EPS));
        assertThat(model.map()).isCloseTo(1, within(EPS));
        assertThat(model.coverage()).isCloseTo(2 / 4.0, within(EPS)); // {C, A} of 4 items
        // popularity: u1 gets D (A, B bought; D 2 buyers > C 1): miss; u4 gets A: hit
        RankingScores baseline = report.baseline();
        assertThat(baseline.precision()).isCloseTo(0.5, within(EPS));
        assertThat(baseline.hitRate()).isCloseTo(0.5, within(EPS));
        assertThat(baseline.map()).isCloseTo(0.5, within(EPS));
        assertThat(baseline.coverage()).isCloseTo(2 / 4.0, within(EPS)); // {D, A}
        assertThat(report.trainRows()).isEqualTo(9);
        assertThat(report.testRows()).isEqualTo(3);
        assertThat(report.repeatsOnly()).isEqualTo(1);
        assertThat(report.toString())
                .contains("2 customers with new purchases evaluated, 1 bought only repeats (not evaluated)")
                .contains("""
                  metric              model   popularity    ratio
                  precision@1        1.0000       0.5000    2.00x
                  recall@1           1.0000       0.5000    2.00x
                  hit rate           1.0000       0.5000    2.00x
                  MAP@1              1.0000       0.5000    2.00x
                  coverage           0.5000       0.5000    1.00x
                """);
    }

    @Test
    void run_cutAfterEverything_throws() {
        assertThatThrownBy(() -> HoldoutEvaluation.builder(log(), day(30)).run())
                .hasMessage("the cut 2026-01-30T00:00:00Z leaves 12 training rows and 0 test rows; both must be non-empty");
        assertThatThrownBy(() -> HoldoutEvaluation.builder(log(), day(30)).k(0)).hasMessage("k must be in 1..1000, got 0");
    }
}
