package io.retention4j.metrics.internal;

/**
 * Tanh-sinh (double-exponential) quadrature on (0, 1), which copes with integrable endpoint
 * singularities such as {@code p^(a-1)} for {@code a < 1}. The integrand receives both p and
 * {@code 1 - p}, each computed without cancellation near its endpoint.
 */
public final class Quadrature {
    /** An integrand of p on (0, 1), given p and q = 1 - p. */
    @FunctionalInterface
    public interface UnitIntegrand {
        /**
         * The integrand.
         *
         * @param p a point in (0, 1)
         * @param q {@code 1 - p}
         * @return the value
         */
        double at(double p, double q);
    }

    private Quadrature() {
    }

    /**
     * ∫₀¹ f(p) dp to a relative tolerance.
     *
     * @param f         the integrand
     * @param tolerance the relative tolerance, for example 1e-12
     * @return the integral
     * @throws ArithmeticException when it does not converge in 12 halvings of the step
     */
    public static double unitInterval(UnitIntegrand f, double tolerance) {
        double h = 0.5;
        double previous = Double.NaN;
        double sum = term(f, 0);
        for (int k = 1; k <= 24; k++) {
            sum += term(f, k * h) + term(f, -k * h);
        }
        double estimate = sum * h;
        for (int level = 0; level < 12; level++) {
            h /= 2;
            // add the midpoints of the previous grid
            for (int k = 1; k * h <= 12; k += 2) {
                sum += term(f, k * h) + term(f, -k * h);
            }
            previous = estimate;
            estimate = sum * h;
            if (Math.abs(estimate - previous) <= tolerance * Math.abs(estimate)) {
                return estimate;
            }
        }
        throw new ArithmeticException("tanh-sinh quadrature did not converge: last two estimates " + previous + ", "
                + estimate);
    }

    private static double term(UnitIntegrand f, double u) {
        double s = Math.PI / 2 * Math.sinh(u);
        if (Math.abs(s) > 350) {
            return 0; // p or q underflows: the weight is below every double
        }
        double p = 1 / (1 + Math.exp(-2 * s));
        double q = 1 / (1 + Math.exp(2 * s));
        if (p == 0 || q == 0) {
            return 0;
        }
        double weight = Math.PI * Math.cosh(u) * p * q;
        double v = f.at(p, q) * weight;
        return Double.isFinite(v) ? v : 0;
    }
}
