package io.retention4j.metrics.internal;

import org.hipparchus.special.Gamma;

/**
 * Numerically stable elementary functions in log space, shared by the likelihoods.
 */
public final class LogMath {
    private LogMath() {
    }

    /**
     * {@code ln(e^a + e^b)} without overflow; {@code -inf} arguments are allowed.
     *
     * @param a a log value
     * @param b a log value
     * @return the log of the sum
     */
    public static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    /**
     * {@code ln(e^a - e^b)} for {@code a >= b}, accurate when the two are close.
     *
     * @param a the larger log value
     * @param b the smaller log value
     * @return the log of the difference ({@code -inf} when equal)
     */
    public static double logSubExp(double a, double b) {
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double d = b - a;
        if (d > 0) {
            throw new ArithmeticException("logSubExp needs a >= b, got a=" + a + ", b=" + b);
        }
        // ln(1 - e^d): log1p(-e^d) near 0, log(-expm1(d)) near -inf (Maechler 2012)
        return a + (d > -0.6931471805599453 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
    }

    /**
     * The log of the gamma function for positive arguments.
     *
     * @param x a positive number
     * @return {@code ln Γ(x)}
     */
    public static double logGamma(double x) {
        return Gamma.logGamma(x);
    }

    /**
     * The digamma function ψ(x) = d/dx ln Γ(x) for positive arguments.
     *
     * @param x a positive number
     * @return ψ(x)
     */
    public static double digamma(double x) {
        return Gamma.digamma(x);
    }

    /**
     * The log of the beta function.
     *
     * @param a a positive number
     * @param b a positive number
     * @return {@code ln B(a, b)}
     */
    public static double logBeta(double a, double b) {
        return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
    }
}
