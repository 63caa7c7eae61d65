package io.retention4j.metrics.internal;

/**
 * The Gauss hypergeometric function with first parameter one, {@code F = ₂F₁(1, b; c; z) =
 * Σ_k (b)_k / (c)_k z^k}, for {@code 0 < b < c} and {@code 0 <= z < 1}, with the partial derivatives
 * of {@code ln F} in b, c and z.
 *
 * <p>Every term is positive and the ratio of consecutive terms, {@code (b+k)/(c+k) z}, stays below z,
 * so F lies in {@code [1, 1/(1-z)]} (no overflow whatever b and c are) and the remainder after a term
 * is bounded by a geometric series; the sum stops when that bound is below 1e-16 of F. The number of
 * terms grows like {@code 37 / -ln z}: about 17 at z = 0.1, 5,000 at z = 0.99. Callers should use
 * another method close to z = 1.
 */
public final class HypergeometricOne {
    /** Index of {@code ln F} in the output. */
    public static final int LOG = 0;
    /** Index of {@code ∂ ln F / ∂b} in the output. */
    public static final int D_B = 1;
    /** Index of {@code ∂ ln F / ∂c} in the output. */
    public static final int D_C = 2;
    /** Index of {@code ∂ ln F / ∂z} in the output. */
    public static final int D_Z = 3;

    private static final double RELATIVE_TOLERANCE = 1e-16;
    private static final int MAX_TERMS = 1_000_000;

    private HypergeometricOne() {
    }

    /**
     * {@code ln ₂F₁(1, b; c; z)} and its gradient.
     *
     * @param b   positive, below c
     * @param c   above b
     * @param z   in [0, 1)
     * @param out receives {@code ln F} at {@link #LOG} and the partial derivatives at {@link #D_B},
     *            {@link #D_C}, {@link #D_Z} (length at least 4)
     * @throws ArithmeticException when an argument is outside the domain, or the series needs more
     *                             than 1,000,000 terms (z within about 4e-5 of 1)
     */
    public static void logWithGradient(double b, double c, double z, double[] out) {
        if (!(b > 0 && c > b && z >= 0 && z < 1)) {
            throw new ArithmeticException("2F1(1, b; c; z) needs 0 < b < c and 0 <= z < 1, got b=" + b + ", c=" + c
                    + ", z=" + z);
        }
        double sum = 1;
        double sumDb = 0;      // Σ τ_k ∂ln τ_k/∂b, with ∂ln τ_k/∂b = Σ_{j<k} 1/(b+j)
        double sumDc = 0;      // Σ τ_k ∂ln τ_k/∂c, with ∂ln τ_k/∂c = -Σ_{j<k} 1/(c+j)
        double sumDz = 0;      // Σ ∂τ_k/∂z = Σ k (b)_k/(c)_k z^(k-1), without dividing by z
        double term = 1;       // τ_k = (b)_k/(c)_k z^k
        double logTermDb = 0;
        double logTermDc = 0;
        double tailFactor = 1 / ((1 - z) * (1 - z));
        for (int k = 1; k <= MAX_TERMS; k++) {
            double ratio = (b + k - 1) / (c + k - 1);
            sumDz += k * term * ratio;
            logTermDb += 1 / (b + k - 1);
            logTermDc -= 1 / (c + k - 1);
            term *= ratio * z;
            sum += term;
            sumDb += term * logTermDb;
            sumDc += term * logTermDc;
            // the rest of every sum is below term * (k + 1 + |ln-term derivatives|) / (1 - z)^2
            if (term * (k + 1 + logTermDb - logTermDc) * tailFactor <= RELATIVE_TOLERANCE * sum) {
                out[LOG] = Math.log(sum);
                out[D_B] = sumDb / sum;
                out[D_C] = sumDc / sum;
                out[D_Z] = sumDz / sum;
                return;
            }
        }
        throw new ArithmeticException("2F1(1, b; c; z) series did not converge in " + MAX_TERMS + " terms for b=" + b
                + ", c=" + c + ", z=" + z);
    }
}
