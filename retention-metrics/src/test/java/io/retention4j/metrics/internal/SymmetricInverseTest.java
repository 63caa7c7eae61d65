package io.retention4j.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The generalized inverse against hand-inverted matrices. */
class SymmetricInverseTest {

    @Test
    void of_positiveDefinite_isTheInverse() {
        // [[4, 2], [2, 3]]^-1 = [[3, -2], [-2, 4]] / 8
        SymmetricInverse.Result r = SymmetricInverse.of(new double[][] {{4, 2}, {2, 3}});
        assertThat(r.fullRank()).isTrue();
        assertThat(r.inverse()[0][0]).isCloseTo(3.0 / 8, within(1e-15));
        assertThat(r.inverse()[0][1]).isCloseTo(-2.0 / 8, within(1e-15));
        assertThat(r.inverse()[1][1]).isCloseTo(4.0 / 8, within(1e-15));
    }

    @Test
    void of_singular_dropsTheDependentIndexAndInvertsTheRest() {
        // column 1 = 2 x column 0; column 2 independent: inverse of [[2, 1], [1, 5]] on {0, 2}
        double[][] a = {{2, 4, 1}, {4, 8, 2}, {1, 2, 5}};
        SymmetricInverse.Result r = SymmetricInverse.of(a);
        assertThat(r.rank()).isEqualTo(2);
        assertThat(r.kept()).containsExactly(true, false, true);
        assertThat(r.inverse()[0][0]).isCloseTo(5.0 / 9, within(1e-14));
        assertThat(r.inverse()[0][2]).isCloseTo(-1.0 / 9, within(1e-14));
        assertThat(r.inverse()[2][2]).isCloseTo(2.0 / 9, within(1e-14));
        assertThat(r.inverse()[1]).containsOnly(0.0);
    }

    @Test
    void of_zeroMatrix_hasRankZero() {
        SymmetricInverse.Result r = SymmetricInverse.of(new double[][] {{0, 0}, {0, 0}});
        assertThat(r.rank()).isZero();
        assertThat(r.fullRank()).isFalse();
    }
}
