package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.Hypergeometric;
import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Quadrature;

/**
 * The expectation shared by the BG/NBD family: for p ~ Beta(a, b) and λ ~ Gamma(r, rate α),
 * {@code E[(1/p)(1 - e^(-λ p t))] = E_p[(1/p)(1 - (α/(α + p t))^r)]}, the expected number of
 * purchases in t of a customer who is alive now and drops out after each purchase with probability p.
 *
 * <p>Closed form (Fader, Hardie &amp; Lee 2005, eq. 9): {@code (a+b-1)/(a-1) [1 - (α/(α+t))^r
 * ₂F₁(r, b; a+b-1; t/(α+t))]}, evaluated as {@code -(a+b-1)/(a-1) expm1(L)} with L the log of the
 * product, so there is no cancellation for small t. Where the closed form breaks down (a within
 * 1e-4 of 1, or a + b &lt;= 1) the integral over p is computed by tanh-sinh quadrature.
 */
final class BetaMixture {
    private BetaMixture() {
    }

    static double expectedPurchases(double r, double alpha, double a, double b, double t) {
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) > 1e-4 && a + b > 1) {
            double z = t / (alpha + t);
            double log = r * Math.log(alpha / (alpha + t)) + Hypergeometric.logHyp2f1(r, b, a + b - 1, z);
            return -(a + b - 1) / (a - 1) * Math.expm1(log);
        }
        double logNorm = LogMath.logBeta(a, b);
        return Quadrature.unitInterval((p, q) -> {
            // (1/p)(1 - (α/(α+pt))^r) = -expm1(-r ln(1 + pt/α)) / p
            double gain = -Math.expm1(-r * Math.log1p(p * t / alpha)) / p;
            return gain * Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log(q) - logNorm);
        }, 1e-12);
    }
}
