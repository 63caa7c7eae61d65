package io.retention4j.metrics.internal;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * The cumulative distribution function of the noncentral t distribution, as the power of a t-test
 * needs it (R's {@code pt(q, df, ncp)}).
 *
 * <p>For {@code t >= 0}, with {@code x = t² / (t² + ν)} and {@code λ = δ² / 2} (Guenther 1978; the
 * series of Lenth's AS 243):
 * <pre>
 * P(T <= t) = Φ(-δ) + ½ Σ_{j>=0} [ p_j I_x(j + ½, ν/2) + q_j I_x(j + 1, ν/2) ]
 * p_j = e^{-λ} λ^j / j!,   q_j = δ e^{-λ} λ^j / (√2 Γ(j + 3/2))
 * </pre>
 * where {@code I_x} is the regularized incomplete beta function; for {@code t < 0},
 * {@code P(T <= t; δ) = 1 - P(T <= -t; -δ)}. The series runs until its Poisson weights are below
 * 1e-17 past their mode.
 */
public final class NoncentralT {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double TINY = 1e-17;
    private static final int MAX_TERMS = 100_000;

    private NoncentralT() {
    }

    /**
     * {@code P(T <= t)} for T noncentral t.
     *
     * @param t  the point
     * @param df degrees of freedom, {@code > 0}
     * @param delta the noncentrality parameter
     * @return the probability in [0, 1]
     */
    public static double cdf(double t, double df, double delta) {
        if (!(df > 0) || Double.isNaN(t) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("need df > 0, a number t and a finite noncentrality, got df " + df
                    + ", t " + t + ", delta " + delta);
        }
        if (t < 0) {
            return clamp(1 - nonNegative(-t, df, -delta));
        }
        return clamp(nonNegative(t, df, delta));
    }

    /**
     * {@code P(T > t)} for T noncentral t.
     *
     * @param t     the point
     * @param df    degrees of freedom, {@code > 0}
     * @param delta the noncentrality parameter
     * @return the probability in [0, 1]
     */
    public static double upperTail(double t, double df, double delta) {
        return clamp(1 - cdf(t, df, delta));
    }

    private static double nonNegative(double t, double df, double delta) {
        double base = 0.5 * Erf.erfc(delta / SQRT2); // Φ(-δ)
        if (Double.isInfinite(t)) {
            return 1;
        }
        double x = t * t / (t * t + df);
        if (x == 0) {
            return base;
        }
        double lambda = delta * delta / 2;
        double halfDf = df / 2;
        double logLambda = lambda > 0 ? Math.log(lambda) : Double.NEGATIVE_INFINITY;
        double logAbsDelta = Math.log(Math.abs(delta));
        double sum = 0;
        for (int j = 0; j < MAX_TERMS; j++) {
            double logPoisson = j == 0 ? -lambda : -lambda + j * logLambda - Gamma.logGamma(j + 1.0);
            double p = Math.exp(logPoisson);
            double q = delta == 0 ? 0
                    : Math.signum(delta) * Math.exp(logAbsDelta - lambda + (j == 0 ? 0 : j * logLambda)
                    - Gamma.logGamma(j + 1.5)) / SQRT2;
            double term = 0;
            if (p > 0) {
                term += p * Beta.regularizedBeta(x, j + 0.5, halfDf);
            }
            if (q != 0) {
                term += q * Beta.regularizedBeta(x, j + 1.0, halfDf);
            }
            sum += term;
            if (j > lambda && p < TINY && Math.abs(q) < TINY) {
                break;
            }
        }
        return base + 0.5 * sum;
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
