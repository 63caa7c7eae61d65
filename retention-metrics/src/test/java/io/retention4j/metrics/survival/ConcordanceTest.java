package io.retention4j.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Harrell's C on hand-counted pairs. */
class ConcordanceTest {

    @Test
    void of_handCountedPairs_givesConcordantOverComparable() {
        // times 1x 2x 3+ 4x, scores 4 2 3 1: pairs (1,2) (1,3) (1,4) (2,4) concordant, (2,3) discordant;
        // (3,4) not comparable (3 is censored first)
        Concordance c = Concordance.of(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 1}, new double[] {4, 2, 3, 1});
        assertThat(c.comparablePairs()).isEqualTo(5);
        assertThat(c.concordantPairs()).isEqualTo(4);
        assertThat(c.discordantPairs()).isEqualTo(1);
        assertThat(c.index()).isEqualTo(0.8);
    }

    @Test
    void of_eventAndCensoringAtTheSameTime_areComparableAndZerosOfEitherSignTie() {
        // a: 1x score 0.0, b: 1+ score -0.0, c: 2x score 5: (a,b) comparable and tied on risk, (a,c) discordant,
        // (b,c) not comparable
        Concordance c = Concordance.of(new double[] {1, 1, 2}, new int[] {1, 0, 1}, new double[] {0.0, -0.0, 5});
        assertThat(c.comparablePairs()).isEqualTo(2);
        assertThat(c.tiedRiskPairs()).isEqualTo(1);
        assertThat(c.discordantPairs()).isEqualTo(1);
        assertThat(c.index()).isEqualTo(0.25);
    }

    @Test
    void of_tiedEventTimes_areNotComparable() {
        Concordance c = Concordance.of(new double[] {1, 1, 2}, new int[] {1, 1, 0}, new double[] {1, 2, 0});
        // (1x,1x) not comparable; each event at 1 against the censored 2: both concordant
        assertThat(c.comparablePairs()).isEqualTo(2);
        assertThat(c.index()).isEqualTo(1.0);
    }

    @Test
    void of_noComparablePairs_throws() {
        assertThatThrownBy(() -> Concordance.of(new double[] {1, 2}, new int[] {0, 1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no comparable pairs");
        assertThatThrownBy(() -> Concordance.of(new double[] {1, 2}, new int[] {1, 1}, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("riskScores[1]");
    }
}
