package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.internal.LogMath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The Pareto/NBD model of Schmittlein, Morrison &amp; Colombo (1987): while alive, a customer buys at
 * Poisson rate λ ~ Gamma(r, rate α) and stays alive for an exponential lifetime with rate
 * μ ~ Gamma(s, rate β), independent of λ. Parameter order: r, alpha, s, beta. Times are in
 * {@link #unit()}; α and β are in that unit too (λ and μ in its inverse). Immutable and thread-safe.
 *
 * <p>Formulas, following Fader &amp; Hardie (2005), "A Note on Deriving the Pareto/NBD Model and
 * Related Expressions", with a = r + s + x and {@code A0 = a0(t_x) - a0(T)},
 * {@code a0(t) = ₂F₁(a, s+1; a+1; (α-β)/(α+t)) / (α+t)^a} for α &gt;= β and
 * {@code a0(t) = ₂F₁(a, r+x; a+1; (β-α)/(β+t)) / (β+t)^a} otherwise. Everything is evaluated in log
 * space: the ₂F₁ through Euler's transformation, whose series has positive terms bounded by z^k,
 * or, when z &gt; 0.99 (the larger of α, β above 100 times the smaller plus 99 t), as the integral
 * {@code a0(t) = a ∫_t^∞ (α+y)^-(r+x) (β+y)^-(s+1) dy}; and the difference A0 from the two logs. No
 * result overflows or is NaN for any frequency (tested up to 1,000), recency (t_x = 0, t_x = T) or age.
 * <ul>
 * <li>likelihood {@code L = Γ(r+x) α^r β^s / Γ(r) · [(α+T)^-(r+x) (β+T)^-s + s/a · A0]};
 * <li>P(alive | x, t_x, T) {@code = (α+T)^-(r+x) (β+T)^-s / [(α+T)^-(r+x) (β+T)^-s + s/a · A0]};
 * <li>E[X(t)] {@code = r β / (α (s-1)) · [1 - (β/(β+t))^(s-1)]}, which is {@code (r/α) β ln(1 + t/β)}
 *     at s = 1;
 * <li>E[Y(t) | x, t_x, T] {@code = P(alive) (r+x)(β+T) / ((α+T)(s-1)) · [1 - ((β+T)/(β+T+t))^(s-1)]},
 *     {@code P(alive) (r+x)/(α+T) (β+T) ln(1 + t/(β+T))} at s = 1;
 * <li>P(X(t) = n) and P(no purchase in (T, T+t]) as documented on their methods.
 * </ul>
 */
public final class ParetoNbdModel implements TransactionModel {
    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;
    private final TimeScale unit;
    private final FitReport report;

    ParetoNbdModel(double r, double alpha, double s, double beta, TimeScale unit, FitReport report) {
        this.r = ClvArgs.positive("r", r);
        this.alpha = ClvArgs.positive("alpha", alpha);
        this.s = ClvArgs.positive("s", s);
        this.beta = ClvArgs.positive("beta", beta);
        this.unit = Objects.requireNonNull(unit, "unit");
        this.report = report;
    }

    /**
     * A model with known parameters.
     *
     * @param r     shape of the purchase-rate distribution, positive
     * @param alpha rate (inverse scale) of the purchase-rate distribution, in the unit, positive
     * @param s     shape of the dropout-rate distribution, positive
     * @param beta  rate (inverse scale) of the dropout-rate distribution, in the unit, positive
     * @param unit  the time unit the rates refer to
     * @return the model
     * @throws IllegalArgumentException when a parameter is not a positive finite number
     */
    public static ParetoNbdModel of(double r, double alpha, double s, double beta, TimeScale unit) {
        return new ParetoNbdModel(r, alpha, s, beta, unit, null);
    }

    /**
     * r.
     *
     * @return the purchase-rate shape
     */
    public double r() {
        return r;
    }

    /**
     * alpha.
     *
     * @return the purchase-rate rate parameter, in the model's unit
     */
    public double alpha() {
        return alpha;
    }

    /**
     * s.
     *
     * @return the dropout-rate shape
     */
    public double s() {
        return s;
    }

    /**
     * beta.
     *
     * @return the dropout-rate rate parameter, in the model's unit
     */
    public double beta() {
        return beta;
    }

    /**
     * The log-likelihood of the fit, summed over customers.
     *
     * @return the log-likelihood
     * @throws IllegalStateException for a model built from parameters
     */
    public double logLikelihood() {
        return report().orElseThrow(() -> new IllegalStateException("this model was not fitted")).logLikelihood();
    }

    @Override
    public String name() {
        return ParetoNbd.NAME;
    }

    @Override
    public TimeScale unit() {
        return unit;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("r", r);
        p.put("alpha", alpha);
        p.put("s", s);
        p.put("beta", beta);
        return Collections.unmodifiableMap(p);
    }

    @Override
    public Optional<FitReport> report() {
        return Optional.ofNullable(report);
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code E[X(t)] = (r/α) ∫_0^t (β/(β+u))^s du = r β / (α (s-1)) [1 - (β/(β+t))^(s-1)]}: the mean
     * purchase rate times the expected time alive in (0, t]; {@code (r/α) β ln(1 + t/β)} at s = 1.
     */
    @Override
    public double expectedPurchases(double t) {
        ClvArgs.horizon(t);
        return r / alpha * expectedTimeAlive(s, beta, t);
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code P(alive) (r+x)/(α+T) (β+T)/(s-1) [1 - ((β+T)/(β+T+t))^(s-1)]}: given the history, λ is
     * Gamma(r+x, α+T) and an alive customer's remaining lifetime is Pareto(s, β+T); at s = 1 the bracket
     * over s - 1 becomes {@code ln(1 + t/(β+T))}.
     */
    @Override
    public double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        ClvArgs.horizon(t);
        double alive = probabilityAlive(x, tx, T);
        return alive * (r + x) / (alpha + T) * expectedTimeAlive(s, beta + T, t);
    }

    /**
     * {@code ∫_0^t (β/(β+u))^s du = β [1 - (β/(β+t))^(s-1)] / (s-1)}, the expected time alive in (0, t]
     * of a customer whose dropout rate is Gamma(s, β); {@code β ln(1 + t/β)} at s = 1. Written as
     * {@code β (1 - e^(-εL)) / ε} with ε = s - 1 and L = ln(1 + t/β), by a series when εL is tiny.
     */
    static double expectedTimeAlive(double s, double beta, double t) {
        double logGrowth = Math.log1p(t / beta);
        double epsilon = s - 1;
        double product = epsilon * logGrowth;
        if (Math.abs(product) < 1e-5) {
            return beta * logGrowth * (1 - product / 2 + product * product / 6);
        }
        return beta * -Math.expm1(-product) / epsilon;
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code (α+T)^-(r+x) (β+T)^-s / [(α+T)^-(r+x) (β+T)^-s + s/(r+s+x) A0]}, in logs. Unlike
     * BG/NBD, a customer without repeat purchases is not certainly alive.
     */
    @Override
    public double probabilityAlive(int x, double tx, double T) {
        ClvArgs.history(x, tx, T);
        double aliveTerm = ParetoNbdA0.logAliveTerm(r, alpha, s, beta, x, T);
        double bracket = LogMath.logAddExp(aliveTerm, ParetoNbdA0.logDropoutTerm(r, alpha, s, beta, x, tx, T));
        return Math.min(1, Math.exp(aliveTerm - bracket));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computed from the defining mixture rather than the closed form of Fader &amp; Hardie's note on
     * P(X(t) = x), whose difference of hypergeometric sums cancels badly for large n or t:
     * <pre>
     * P(X(t) = n) = NB(n; t) (β/(β+t))^s + ∫_0^t NB(n; τ) s β^s (β+τ)^-(s+1) dτ
     * NB(n; τ) = Γ(r+n) / (Γ(r) n!) (α/(α+τ))^r (τ/(α+τ))^n
     * </pre>
     * (alive throughout (0, t], or dropping out at τ; NB is the negative binomial count of a customer
     * alive for τ). The integral is taken over ln τ, where the log of its integrand is concave: the
     * quadrature (tanh-sinh, relative tolerance 1e-11) covers the range within e^-45 of its peak,
     * however narrow. At t = 0 the result is 1 for n = 0 and 0 otherwise; probabilities below the
     * double range are 0.
     */
    @Override
    public double probabilityOfPurchases(int n, double t) {
        ClvArgs.count(n);
        ClvArgs.horizon(t);
        if (t == 0) {
            return n == 0 ? 1 : 0;
        }
        return ParetoNbdCounts.probability(r, alpha, s, beta, n, t);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The likelihood of (x, t_x, T) is the density of the purchases seen and of none in (t_x, T];
     * no purchase in (T, T+t] as well is the history (x, t_x, T+t). Hence
     * {@code P(Y(t) = 0 | x, t_x, T) = L(x, t_x, T+t) / L(x, t_x, T)}, computed from the two
     * log-likelihoods. It equals {@code 1 - P(alive) + P(alive) P(no purchase | alive)}, where an alive
     * customer may still drop out during the window: {@code P(no purchase | alive, λ, μ) =
     * (μ + λ e^-(λ+μ)t) / (λ+μ)}.
     */
    @Override
    public double probabilityNoPurchase(double t, int x, double tx, double T) {
        ClvArgs.horizon(t);
        ClvArgs.history(x, tx, T);
        double later = ParetoNbdA0.logBracket(r, alpha, s, beta, x, tx, T + t);
        double now = ParetoNbdA0.logBracket(r, alpha, s, beta, x, tx, T);
        return Math.min(1, Math.exp(later - now));
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code ln Γ(r+x) - ln Γ(r) + r ln α + s ln β + ln[(α+T)^-(r+x) (β+T)^-s + s/(r+s+x) A0]}.
     */
    @Override
    public double logLikelihood(int x, double tx, double T) {
        ClvArgs.history(x, tx, T);
        return LogMath.logGamma(r + x) - LogMath.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                + ParetoNbdA0.logBracket(r, alpha, s, beta, x, tx, T);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Per customer: λ ~ Gamma(r, rate α), μ ~ Gamma(s, rate β), a lifetime ~ Exponential(μ), and
     * purchases at the event times of a Poisson process with rate λ up to the lifetime or T, whichever
     * comes first.
     *
     * @throws IllegalArgumentException when an age is negative or not finite
     */
    @Override
    public SimulatedCustomers simulate(double[] T, long seed) {
        ClvArgs.ages(T);
        RandomDataGenerator random = new RandomDataGenerator(seed);
        int n = T.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            double lambda = random.nextGamma(r, 1 / alpha);
            double mu = random.nextGamma(s, 1 / beta);
            double lifetime = mu > 0 ? random.nextExponential(1 / mu) : Double.POSITIVE_INFINITY;
            double end = Math.min(lifetime, T[i]);
            if (lambda > 0) {
                double time = random.nextExponential(1 / lambda);
                while (time <= end) {
                    x[i]++;
                    tx[i] = time;
                    time += random.nextExponential(1 / lambda);
                }
            }
            alive[i] = lifetime > T[i];
        }
        return new SimulatedCustomers(x, tx, T.clone(), alive, unit);
    }

    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "Pareto/NBD[r=%.6f, alpha=%.6f, s=%.6f, beta=%.6f; unit %s]", r, alpha,
                s, beta, unit);
        return report == null ? head : head + "\n" + report;
    }
}
