package io.retention4j.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

/** The noncentral t CDF against scipy 1.17's {@code stats.nct} and, for δ = 0, the central t. */
class NoncentralTTest {

    @Test
    void cdf_matchesScipyNct() {
        assertThat(NoncentralT.cdf(2.0, 10, 1.5)).isCloseTo(0.6591540724421909, within(1e-10));
        assertThat(NoncentralT.cdf(-1.0, 5, 0.5)).isCloseTo(0.08244409105672337, within(1e-10));
        assertThat(NoncentralT.cdf(0.5, 3, -2)).isCloseTo(0.9921996989235637, within(1e-10));
        assertThat(NoncentralT.cdf(40, 100, 38)).isCloseTo(0.7349325781853933, within(1e-9));
        // power.t.test(n = 20, delta = 1): P(T' > t_{0.975, 38}) with ncp sqrt(10)
        assertThat(NoncentralT.upperTail(2.024394164, 38, Math.sqrt(10))).isCloseTo(0.8689528016734833, within(1e-9));
    }

    @Test
    void cdf_zeroNoncentrality_isTheCentralT() {
        for (double t : new double[] {-3, -0.5, 0, 0.7, 2.5}) {
            assertThat(NoncentralT.cdf(t, 7, 0)).isCloseTo(new TDistribution(7).cumulativeProbability(t), within(1e-12));
        }
    }

    @Test
    void cdf_badArguments_throw() {
        assertThatThrownBy(() -> NoncentralT.cdf(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoncentralT.cdf(Double.NaN, 3, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
