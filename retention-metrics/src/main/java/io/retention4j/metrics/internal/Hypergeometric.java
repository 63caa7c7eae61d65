package io.retention4j.metrics.internal;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for positive parameters and {@code 0 <= z < 1},
 * evaluated in log space so that large parameters (a customer with 1,000 repeat purchases) neither
 * overflow nor lose the sum. Every term of the series is positive in this domain, so summing the
 * terms relative to the largest one so far is exact up to rounding.
 */
public final class Hypergeometric {
    /** The series stops when a term is this small relative to the sum and terms are shrinking. */
    private static final double RELATIVE_TOLERANCE = 1e-15;
    private static final int MAX_TERMS = 2_000_000;

    private Hypergeometric() {
    }

    /**
     * {@code ln ₂F₁(a, b; c; z)}.
     *
     * @param a positive
     * @param b positive
     * @param c positive
     * @param z in [0, 1)
     * @return the natural log of the function value
     * @throws ArithmeticException when the series needs more than 2,000,000 terms (z within about
     *                             1e-6 of 1), or an argument is outside the domain
     */
    public static double logHyp2f1(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
            throw new ArithmeticException("2F1 needs a, b, c > 0 and 0 <= z < 1, got a=" + a + ", b=" + b
                    + ", c=" + c + ", z=" + z);
        }
        if (z == 0) {
            return 0;
        }
        // sum = scale * e^logScale; term_k / term_{k-1} = (a+k-1)(b+k-1) / ((c+k-1) k) * z
        double logScale = 0;   // log of the current term's reference magnitude
        double sum = 1;        // sum of terms divided by e^logScale
        double term = 1;       // current term divided by e^logScale
        for (int k = 1; k < MAX_TERMS; k++) {
            double ratio = (a + k - 1) * (b + k - 1) / ((c + k - 1) * k) * z;
            term *= ratio;
            sum += term;
            if (term > 1e200 || sum > 1e200) {
                double shift = Math.log(sum);
                logScale += shift;
                term /= sum;
                sum = 1;
            }
            if (ratio < 1 && term < RELATIVE_TOLERANCE * sum) {
                // remaining terms are bounded by a geometric series with this ratio (ratios fall towards z)
                double bound = term * Math.max(ratio, z) / (1 - Math.max(ratio, z));
                if (bound < RELATIVE_TOLERANCE * sum) {
                    return logScale + Math.log(sum);
                }
            }
        }
        throw new ArithmeticException("2F1 series did not converge in " + MAX_TERMS + " terms for a=" + a
                + ", b=" + b + ", c=" + c + ", z=" + z);
    }
}
