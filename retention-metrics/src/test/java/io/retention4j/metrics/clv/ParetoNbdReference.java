package io.retention4j.metrics.clv;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.special.Gamma;

/**
 * Naive Pareto/NBD reference computations for the tests, straight from the model's definition:
 * purchases at Poisson rate λ ~ Gamma(r, α) until an exponential dropout time with rate
 * μ ~ Gamma(s, β). The Gamma mixtures are integrated in closed form; what remains (an integral over
 * the dropout time or the horizon) is integrated numerically with composite Simpson rules on a fine
 * grid. Slow and simple on purpose: no hypergeometric functions, no transformations.
 */
final class ParetoNbdReference {
    private static final int SIMPSON_INTERVALS = 20_000;

    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;

    ParetoNbdReference(double r, double alpha, double s, double beta) {
        this.r = r;
        this.alpha = alpha;
        this.s = s;
        this.beta = beta;
    }

    /**
     * ln L(x, t_x, T) = ln E[λ^x e^(-λ min(τ,T)) ...]: alive at T, or dropped out at y in (t_x, T]:
     * <pre>
     * L = Γ(r+x)/Γ(r) α^r β^s [ (α+T)^-(r+x) (β+T)^-s + s ∫_{t_x}^T (α+y)^-(r+x) (β+y)^-(s+1) dy ]
     * </pre>
     * The integral is taken over v = ln((y - t_x)/(T - t_x)) in [-60, 0], where the integrand is
     * smooth even when it falls steeply after t_x (large x), relative to its largest value at t_x.
     */
    double logLikelihood(int x, double tx, double T) {
        double constant = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        return constant + logBracket(x, tx, T);
    }

    /** ln of the bracket above. */
    double logBracket(int x, double tx, double T) {
        double alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
        if (tx == T) {
            return alive;
        }
        double peak = logDropoutDensity(x, tx);
        double width = T - tx;
        double integral = simpson(v -> {
            double y = tx + width * Math.exp(v);
            return Math.exp(logDropoutDensity(x, y) - peak + v) * width;
        }, -60, 0, SIMPSON_INTERVALS);
        double dropout = Math.log(s) + peak + Math.log(integral);
        double max = Math.max(alive, dropout);
        return max + Math.log(Math.exp(alive - max) + Math.exp(dropout - max));
    }

    /** P(alive) = alive part of the bracket over the bracket. */
    double probabilityAlive(int x, double tx, double T) {
        return Math.exp(-(r + x) * Math.log(alpha + T) - s * Math.log(beta + T) - logBracket(x, tx, T));
    }

    private double logDropoutDensity(int x, double y) {
        return -(r + x) * Math.log(alpha + y) - (s + 1) * Math.log(beta + y);
    }

    /** E[X(t)] = ∫_0^t E[λ 1{alive at u}] du = (r/α) ∫_0^t (β/(β+u))^s du. */
    double expectedPurchases(double t) {
        return r / alpha * integrateFromZero(u -> Math.pow(beta / (beta + u), s), t, beta);
    }

    /**
     * E[Y(t) | x, t_x, T]: alive at T with P(alive); then λ ~ Gamma(r+x, α+T) and μ ~ Gamma(s, β+T),
     * so E[Y] = P(alive) (r+x)/(α+T) ∫_0^t ((β+T)/(β+T+u))^s du.
     */
    double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        double rate = (r + x) / (alpha + T);
        return probabilityAlive(x, tx, T) * rate
                * integrateFromZero(u -> Math.pow((beta + T) / (beta + T + u), s), t, beta + T);
    }

    /**
     * P(no purchase in (T, T+t] | x, t_x, T) = 1 - P(alive) + P(alive) P0, where for an alive customer
     * with posterior λ ~ Gamma(r+x, α+T), μ ~ Gamma(s, β+T):
     * P0 = E[e^-(λ+μ)t] + ∫_0^t E[μ e^-(λ+μ)u] du (alive to the end, or dropping out at u first).
     */
    double probabilityNoPurchase(double t, int x, double tx, double T) {
        double a = alpha + T;
        double b = beta + T;
        double rx = r + x;
        double survives = Math.pow(a / (a + t), rx) * Math.pow(b / (b + t), s);
        double dropsOut = integrateFromZero(u -> Math.pow(a / (a + u), rx) * s / b * Math.pow(b / (b + u), s + 1), t,
                Math.min(a, b) / rx);
        double alive = probabilityAlive(x, tx, T);
        return 1 - alive + alive * (survives + dropsOut);
    }

    /**
     * P(X(t) = n) by the closed form of Fader &amp; Hardie (2006), "Deriving an Expression for
     * P(X(t) = x) Under the Pareto/NBD Model": NB(n; t) (β/(β+t))^s + α^r β^s B(r+n, s+1)/B(r, s)
     * [B1 - Σ_{i=0}^n Γ(r+s+i)/(Γ(r+s) i!) t^i B2_i], with the ₂F₁ terms B1, B2_i as in the note and a
     * plain ₂F₁ series. The bracket cancels badly for large n; use for small n and t only.
     */
    double probabilityOfPurchasesClosedForm(int n, double t) {
        double logCoefficient = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0);
        double first = Math.exp(logCoefficient + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t))
                + s * Math.log(beta / (beta + t)));
        double logFront = r * Math.log(alpha) + s * Math.log(beta) + logBetaFunction(r + n, s + 1)
                - logBetaFunction(r, s);
        boolean alphaLarger = alpha >= beta;
        double larger = alphaLarger ? alpha : beta;
        double second = alphaLarger ? s + 1 : r + n;
        double diff = Math.abs(alpha - beta);
        double b1 = hyp2f1(r + s, second, r + s + n + 1, diff / larger) / Math.pow(larger, r + s);
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double b2 = hyp2f1(r + s + i, second, r + s + n + 1, diff / (larger + t)) / Math.pow(larger + t, r + s + i);
            sum += Math.exp(Gamma.logGamma(r + s + i) - Gamma.logGamma(r + s) - Gamma.logGamma(i + 1.0)) * Math.pow(t, i)
                    * b2;
        }
        return first + Math.exp(logFront) * (b1 - sum);
    }

    private static double logBetaFunction(double a, double b) {
        return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
    }

    /** The textbook series Σ (a)_k (b)_k / ((c)_k k!) z^k, term by term. */
    static double hyp2f1(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int k = 0; k < 100_000; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                return sum;
            }
        }
        throw new AssertionError("2F1 series did not converge");
    }

    /**
     * ∫_0^t f(u) du for integrands that fall off like powers of (1 + u/scale): Simpson's rule in
     * v = ln(1 + u/scale), where such integrands are smooth, so the grid is fine where f changes fast.
     */
    static double integrateFromZero(DoubleUnaryOperator f, double t, double scale) {
        return simpson(v -> {
            double grow = Math.exp(v);
            return f.applyAsDouble(scale * (grow - 1)) * scale * grow;
        }, 0, Math.log1p(t / scale), SIMPSON_INTERVALS);
    }

    /** Composite Simpson rule with an even number of intervals. */
    static double simpson(DoubleUnaryOperator f, double from, double to, int intervals) {
        double h = (to - from) / intervals;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < intervals; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(from + i * h);
        }
        return sum * h / 3;
    }
}
