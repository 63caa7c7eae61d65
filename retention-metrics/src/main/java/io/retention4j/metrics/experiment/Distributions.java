package io.retention4j.metrics.experiment;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/** Normal, Student t and chi-square probabilities; infinite degrees of freedom mean the normal. */
final class Distributions {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private Distributions() {
    }

    /** Φ(x), accurate in both tails. */
    static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }

    /** The standard normal density φ(x). */
    static double normalPdf(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    /** Φ^-1(p). */
    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** P(T <= x) for Student t with df degrees of freedom (normal for df = +inf). */
    static double tCdf(double x, double df) {
        if (Double.isInfinite(df)) {
            return normalCdf(x);
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : 0;
        }
        return new TDistribution(df).cumulativeProbability(x);
    }

    /** The p-quantile of Student t with df degrees of freedom (normal for df = +inf). */
    static double tQuantile(double p, double df) {
        if (Double.isInfinite(df)) {
            return normalQuantile(p);
        }
        return new TDistribution(df).inverseCumulativeProbability(p);
    }

    /** P(X >= x) for X chi-square with df degrees of freedom. */
    static double chiSquareUpperTail(double x, int df) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, x / 2);
    }
}
