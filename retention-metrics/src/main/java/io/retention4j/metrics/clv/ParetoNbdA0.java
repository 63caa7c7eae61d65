package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.HypergeometricOne;
import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.PowerProductIntegral;

/**
 * The terms of the Pareto/NBD likelihood (Fader &amp; Hardie 2005, "A Note on Deriving the Pareto/NBD
 * Model and Related Expressions", eq. 22), all in logs:
 * <pre>
 * L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^-(r+x) (β+T)^-s + s/(r+s+x) · A0 ]
 * A0 = a0(t_x) - a0(T)
 * a0(t) = ₂F₁(r+s+x, s+1; r+s+x+1; (α-β)/(α+t)) / (α+t)^(r+s+x)    for α &gt;= β
 * a0(t) = ₂F₁(r+s+x, r+x; r+s+x+1; (β-α)/(β+t)) / (β+t)^(r+s+x)    for α &lt; β
 * </pre>
 * {@code s/(r+s+x) · a0(t) = s ∫_t^∞ (α+y)^-(r+x) (β+y)^-(s+1) dy}: the part of the likelihood of a
 * customer who drops out after t. So a0(t_x) &gt;= a0(T), and {@code ln A0} is taken with
 * {@link LogMath#logSubExp} from the two logs: nothing overflows for any x, and the difference of two
 * nearly equal terms (t_x close to T) only loses digits of a part that is then negligible next to the
 * first term.
 *
 * <p>How a0 is evaluated: Euler's transformation {@code ₂F₁(a, b; a+1; z) = (1-z)^(1-b) ₂F₁(1, a+1-b;
 * a+1; z)} gives
 * <pre>
 * ln a0(t) = -(r+x) ln(α+t) - s ln(β+t) + ln ₂F₁(1, r+x; r+s+x+1; z)                     α &gt;= β
 * ln a0(t) = -(r+x-1) ln(α+t) - (s+1) ln(β+t) + ln ₂F₁(1, s+1; r+s+x+1; z)               α &lt; β
 * </pre>
 * whose series has positive terms with ratios below z (see {@link HypergeometricOne}), so the sum stays
 * within [1, 1/(1-z)] for every x; at α = β it is exactly 1. For z &gt; 0.99 (the larger of α, β above
 * 100 times the smaller plus 99 t) the series would need thousands of terms and the integral above is computed
 * by {@link PowerProductIntegral} instead. Both give the gradient in (r, α, s, β) as well.
 */
final class ParetoNbdA0 {
    /** Above this z the integral is cheaper than the series. */
    private static final double SERIES_LIMIT = 0.99;

    private ParetoNbdA0() {
    }

    /**
     * {@code ln a0(t)} and its gradient.
     *
     * @param gradient receives ∂/∂r, ∂/∂α, ∂/∂s, ∂/∂β of {@code ln a0(t)}
     * @param scratch  at least 5 doubles of work space
     * @return {@code ln a0(t)}
     */
    static double log(double r, double alpha, double s, double beta, int x, double t, double[] gradient,
                      double[] scratch) {
        double rx = r + x;
        double alphaT = alpha + t;
        double betaT = beta + t;
        boolean alphaLarger = alpha >= beta;
        double z = alphaLarger ? (alpha - beta) / alphaT : (beta - alpha) / betaT;
        if (z > SERIES_LIMIT) {
            return byIntegral(rx, s, alphaT, betaT, gradient, scratch);
        }
        double lnAlphaT = Math.log(alphaT);
        double lnBetaT = Math.log(betaT);
        double c = rx + s + 1;
        if (alphaLarger) {
            HypergeometricOne.logWithGradient(rx, c, z, scratch);
            double fz = scratch[HypergeometricOne.D_Z];
            double fc = scratch[HypergeometricOne.D_C];
            gradient[0] = -lnAlphaT + scratch[HypergeometricOne.D_B] + fc;
            gradient[1] = -rx / alphaT + fz * betaT / (alphaT * alphaT);
            gradient[2] = -lnBetaT + fc;
            gradient[3] = -s / betaT - fz / alphaT;
            return -rx * lnAlphaT - s * lnBetaT + scratch[HypergeometricOne.LOG];
        }
        HypergeometricOne.logWithGradient(s + 1, c, z, scratch);
        double fz = scratch[HypergeometricOne.D_Z];
        double fc = scratch[HypergeometricOne.D_C];
        gradient[0] = -lnAlphaT + fc;
        gradient[1] = -(rx - 1) / alphaT - fz / betaT;
        gradient[2] = -lnBetaT + scratch[HypergeometricOne.D_B] + fc;
        gradient[3] = -(s + 1) / betaT + fz * alphaT / (betaT * betaT);
        return -(rx - 1) * lnAlphaT - (s + 1) * lnBetaT + scratch[HypergeometricOne.LOG];
    }

    /** a0(t) = (r+s+x) ∫_0^∞ (α+t+v)^-(r+x) (β+t+v)^-(s+1) dv. */
    private static double byIntegral(double rx, double s, double alphaT, double betaT, double[] gradient,
                                     double[] scratch) {
        PowerProductIntegral.logWithGradient(rx, s + 1, alphaT, betaT, scratch);
        double a = rx + s;
        gradient[0] = 1 / a + scratch[PowerProductIntegral.D_P];
        gradient[1] = scratch[PowerProductIntegral.D_A];
        gradient[2] = 1 / a + scratch[PowerProductIntegral.D_Q];
        gradient[3] = scratch[PowerProductIntegral.D_B];
        return Math.log(a) + scratch[PowerProductIntegral.LOG];
    }

    /**
     * {@code ln[(α+T)^-(r+x) (β+T)^-s + s/(r+s+x) A0]}: the log-likelihood without the constant
     * {@code ln Γ(r+x) - ln Γ(r) + r ln α + s ln β}.
     */
    static double logBracket(double r, double alpha, double s, double beta, int x, double tx, double T) {
        return LogMath.logAddExp(logAliveTerm(r, alpha, s, beta, x, T), logDropoutTerm(r, alpha, s, beta, x, tx, T));
    }

    /** {@code ln[(α+T)^-(r+x) (β+T)^-s]}: the part of the bracket of a customer still alive at T. */
    static double logAliveTerm(double r, double alpha, double s, double beta, int x, double T) {
        return -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
    }

    /** {@code ln[s/(r+s+x) A0]}: the part of a customer who dropped out in (t_x, T]; -inf when t_x = T. */
    static double logDropoutTerm(double r, double alpha, double s, double beta, int x, double tx, double T) {
        double[] gradient = new double[4];
        double[] scratch = new double[5];
        double atTx = log(r, alpha, s, beta, x, tx, gradient, scratch);
        double atT = log(r, alpha, s, beta, x, T, gradient, scratch);
        return logDifference(Math.log(s) - Math.log(r + s + x), atTx, atT);
    }

    /** {@code logFactor + ln(e^atTx - e^atT)}, or -inf when rounding leaves no positive difference. */
    static double logDifference(double logFactor, double atTx, double atT) {
        return atTx > atT ? logFactor + LogMath.logSubExp(atTx, atT) : Double.NEGATIVE_INFINITY;
    }
}
