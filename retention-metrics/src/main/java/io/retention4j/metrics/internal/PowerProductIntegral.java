package io.retention4j.metrics.internal;

/**
 * {@code J = ∫₀^∞ (A + v)^-p (B + v)^-q dv} for {@code A, B > 0}, {@code p, q > 0} and
 * {@code p + q > 1}, in log space, with the partial derivatives of {@code ln J} in p, q, A and B.
 *
 * <p>Method: the trapezoidal rule in {@code u = ln(v / m)}, {@code m = min(A, B)}. In u the
 * integrand {@code m e^u (A + m e^u)^-p (B + m e^u)^-q} is analytic in the strip {@code |Im u| < π}
 * and decays exponentially at both ends, where the trapezoidal rule converges geometrically; the
 * step {@code min(1/4, 0.7 / sqrt(p + q))} keeps the discretization error below 1e-15 even when the
 * integrand is a narrow peak (large p or q). The log-integrand is concave in u, so the grid is walked
 * from u = 0 outwards until the terms fall below e^-45 of the largest one. Terms are summed relative
 * to a running reference, so J may be far outside the double range. Cost: a few hundred to a few
 * thousand points; meant for arguments where series are slow.
 */
public final class PowerProductIntegral {
    /** Index of {@code ln J} in the output. */
    public static final int LOG = 0;
    /** Index of {@code ∂ ln J / ∂p} in the output. */
    public static final int D_P = 1;
    /** Index of {@code ∂ ln J / ∂q} in the output. */
    public static final int D_Q = 2;
    /** Index of {@code ∂ ln J / ∂A} in the output. */
    public static final int D_A = 3;
    /** Index of {@code ∂ ln J / ∂B} in the output. */
    public static final int D_B = 4;

    private static final double CUTOFF = 45;        // stop where terms are below e^-45 of the largest
    private static final double RESCALE = 300;       // keep the running sums far from overflow
    private static final int MAX_POINTS = 50_000_000;

    private PowerProductIntegral() {
    }

    /**
     * {@code ln J} and its gradient.
     *
     * @param p   positive exponent of {@code A + v}
     * @param q   positive exponent of {@code B + v}, with {@code p + q > 1}
     * @param a   positive shift A
     * @param b   positive shift B
     * @param out receives {@code ln J} at {@link #LOG} and the partial derivatives at {@link #D_P},
     *            {@link #D_Q}, {@link #D_A}, {@link #D_B} (length at least 5)
     * @throws ArithmeticException when an argument is outside the domain
     */
    public static void logWithGradient(double p, double q, double a, double b, double[] out) {
        if (!(p > 0 && q > 0 && p + q > 1 && a > 0 && b > 0 && Double.isFinite(p + q + a + b))) {
            throw new ArithmeticException("the integral needs p, q > 0, p + q > 1 and finite A, B > 0, got p=" + p
                    + ", q=" + q + ", A=" + a + ", B=" + b);
        }
        double m = Math.min(a, b);
        double h = Math.min(0.25, 0.7 / Math.sqrt(p + q));
        Sums sums = new Sums(p, q, a, b, m);
        double top = sums.add(0);
        // right of u = 0, then left; the log-integrand is concave, so once a term is CUTOFF below the
        // largest on the way down it only falls further
        for (int k = 1; k <= MAX_POINTS; k++) {
            double g = sums.add(k * h);
            top = Math.max(top, g);
            if (g < top - CUTOFF && g < sums.previous) {
                break;
            }
            sums.previous = g;
        }
        sums.previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= MAX_POINTS; k++) {
            double g = sums.add(-k * h);
            top = Math.max(top, g);
            if (g < top - CUTOFF && g < sums.previous) {
                break;
            }
            sums.previous = g;
        }
        out[LOG] = sums.reference + Math.log(sums.value * h);
        out[D_P] = -sums.logA / sums.value;
        out[D_Q] = -sums.logB / sums.value;
        out[D_A] = -p * sums.inverseA / sums.value;
        out[D_B] = -q * sums.inverseB / sums.value;
    }

    /** Running sums of the integrand and of its products with ln(A+v), ln(B+v), 1/(A+v), 1/(B+v). */
    private static final class Sums {
        private final double p;
        private final double q;
        private final double logM;
        private final double logShiftA;
        private final double logShiftB;
        private double reference = Double.NaN;
        private double value;
        private double logA;
        private double logB;
        private double inverseA;
        private double inverseB;
        private double previous = Double.POSITIVE_INFINITY;

        Sums(double p, double q, double a, double b, double m) {
            this.p = p;
            this.q = q;
            this.logM = Math.log(m);
            this.logShiftA = Math.log(a);
            this.logShiftB = Math.log(b);
        }

        /** Adds the point u and returns the log-integrand there. */
        double add(double u) {
            double logV = logM + u;   // v = m e^u may be beyond the double range
            double lnA = LogMath.logAddExp(logShiftA, logV);
            double lnB = LogMath.logAddExp(logShiftB, logV);
            double g = logV - p * lnA - q * lnB;
            if (Double.isNaN(reference)) {
                reference = g;
            } else if (g > reference + RESCALE) {
                double scale = Math.exp(reference - g);
                value *= scale;
                logA *= scale;
                logB *= scale;
                inverseA *= scale;
                inverseB *= scale;
                reference = g;
            }
            double f = Math.exp(g - reference);
            value += f;
            logA += f * lnA;
            logB += f * lnB;
            inverseA += f * Math.exp(-lnA);
            inverseB += f * Math.exp(-lnB);
            return g;
        }
    }
}
