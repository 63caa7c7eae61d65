package io.retention4j.loyalty.personalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double EPS = 1e-9;
    private static final List<String> REC = List.of("A", "X", "B", "Y", "C");
    private static final Set<String> REL = Set.of("A", "B", "Z");

    @Test
    void metrics_atFive_handCounts() {
        // hits: A (rank 1) and B (rank 3); C, X, Y are not relevant
        assertThat(RankingMetrics.precisionAtK(REC, REL, 5)).isCloseTo(2 / 5.0, within(EPS));
        assertThat(RankingMetrics.recallAtK(REC, REL, 5)).isCloseTo(2 / 3.0, within(EPS));
        assertThat(RankingMetrics.hitAtK(REC, REL, 5)).isEqualTo(1);
        // AP@5 = (1/min(3,5)) * (1/1 + 2/3) = 0.555556
        assertThat(RankingMetrics.averagePrecisionAtK(REC, REL, 5)).isCloseTo((1 + 2 / 3.0) / 3, within(EPS));
    }

    @Test
    void metrics_atTwo_onlyTheFirstTwoCount() {
        assertThat(RankingMetrics.precisionAtK(REC, REL, 2)).isCloseTo(0.5, within(EPS));
        assertThat(RankingMetrics.recallAtK(REC, REL, 2)).isCloseTo(1 / 3.0, within(EPS));
        // AP@2 = (1/min(3,2)) * (1/1) = 0.5
        assertThat(RankingMetrics.averagePrecisionAtK(REC, REL, 2)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void metrics_shortList_precisionDividesByK() {
        assertThat(RankingMetrics.precisionAtK(List.of("A"), Set.of("A"), 3)).isCloseTo(1 / 3.0, within(EPS));
        assertThat(RankingMetrics.recallAtK(List.of("A"), Set.of("A"), 3)).isEqualTo(1);
        assertThat(RankingMetrics.averagePrecisionAtK(List.of("A"), Set.of("A"), 3)).isEqualTo(1);
    }

    @Test
    void metrics_noHit_zero() {
        assertThat(RankingMetrics.precisionAtK(List.of("X", "Y"), Set.of("A"), 2)).isZero();
        assertThat(RankingMetrics.hitAtK(List.of("X", "Y"), Set.of("A"), 2)).isZero();
        assertThat(RankingMetrics.averagePrecisionAtK(List.of("X", "Y"), Set.of("A"), 2)).isZero();
    }

    @Test
    void accumulator_twoCustomers_meansAndCoverage() {
        RankingScores s = RankingMetrics.accumulator(5, 10)
                .increment(REC, REL)
                .increment(List.of("X", "Y"), Set.of("A"))
                .result();
        assertThat(s.customers()).isEqualTo(2);
        assertThat(s.precision()).isCloseTo((0.4 + 0) / 2, within(EPS));
        assertThat(s.recall()).isCloseTo((2 / 3.0 + 0) / 2, within(EPS));
        assertThat(s.hitRate()).isCloseTo(0.5, within(EPS));
        assertThat(s.map()).isCloseTo((5 / 9.0 + 0) / 2, within(EPS));
        // distinct recommended: A, X, B, Y, C of 10 items
        assertThat(s.coverage()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void merge_sameAsOneAccumulator() {
        RankingMetrics.Accumulator a = RankingMetrics.accumulator(5, 10).increment(REC, REL);
        RankingMetrics.Accumulator b = RankingMetrics.accumulator(5, 10).increment(List.of("X", "Y"), Set.of("A"));
        assertThat(a.merge(b).result()).isEqualTo(RankingMetrics.accumulator(5, 10).increment(REC, REL)
                .increment(List.of("X", "Y"), Set.of("A")).result());
        assertThatThrownBy(() -> a.merge(RankingMetrics.accumulator(3, 10)))
                .hasMessage("cannot merge accumulators of k=3, catalogue 10 into k=5, catalogue 10");
    }

    @Test
    void emptyAccumulator_zeros() {
        assertThat(RankingMetrics.accumulator(10, 4).result().toString()).isEqualTo(
                "RankingScores[k=10, 0 customers: precision 0.0000, recall 0.0000, hit rate 0.0000, MAP 0.0000, coverage 0.0000]");
    }

    @Test
    void badInput_throws() {
        assertThatThrownBy(() -> RankingMetrics.precisionAtK(REC, Set.of(), 5)).hasMessageContaining("relevant must not be empty");
        assertThatThrownBy(() -> RankingMetrics.recallAtK(REC, REL, 0)).hasMessage("k must be positive, got 0");
    }
}
