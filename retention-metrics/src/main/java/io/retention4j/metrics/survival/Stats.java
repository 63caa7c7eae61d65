package io.retention4j.metrics.survival;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/** Normal and chi-square tail probabilities and quantiles. */
final class Stats {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    private static final double SQRT2 = Math.sqrt(2);

    private Stats() {
    }

    /** The two-sided standard normal quantile of a confidence level: {@code Φ^-1(1 - (1 - level) / 2)}. */
    static double z(double level) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** {@code 2 Φ(-|z|)}, accurate far into the tail. */
    static double twoSidedNormalP(double z) {
        return Erf.erfc(Math.abs(z) / SQRT2);
    }

    /** {@code P(X >= x)} for X chi-square with {@code df} degrees of freedom; 1 for {@code df = 0}. */
    static double chiSquareUpperTail(double x, int df) {
        if (df == 0) {
            return 1;
        }
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, x / 2);
    }
}
