package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.internal.LogMath;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.special.Beta;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy Way":
 * while alive, a customer buys at Poisson rate λ ~ Gamma(r, rate α); after each repeat purchase
 * the customer drops out with probability p ~ Beta(a, b). Parameter order: r, alpha, a, b.
 *
 * <p>Formulas (equation numbers of the paper): likelihood (6), P(X(t) = n) (8), E[X(t)] (9),
 * E[Y(t) | x, t_x, T] (10) and P(alive | x, t_x, T) = 1 / (1 + 1{x&gt;0} a/(b+x-1)
 * ((α+T)/(α+t_x))^(r+x)). Times are in {@link #unit()}. Immutable and thread-safe.
 */
public final class BgNbdModel implements TransactionModel {
    private final double r;
    private final double alpha;
    private final double a;
    private final double b;
    private final TimeScale unit;
    private final FitReport report;

    BgNbdModel(double r, double alpha, double a, double b, TimeScale unit, FitReport report) {
        this.r = ClvArgs.positive("r", r);
        this.alpha = ClvArgs.positive("alpha", alpha);
        this.a = ClvArgs.positive("a", a);
        this.b = ClvArgs.positive("b", b);
        this.unit = Objects.requireNonNull(unit, "unit");
        this.report = report;
    }

    /**
     * A model with known parameters.
     *
     * @param r     shape of the purchase-rate distribution, positive
     * @param alpha scale (rate) of the purchase-rate distribution, in the unit's inverse, positive
     * @param a     first shape of the dropout-probability distribution, positive
     * @param b     second shape of the dropout-probability distribution, positive
     * @param unit  the time unit the rates refer to
     * @return the model
     */
    public static BgNbdModel of(double r, double alpha, double a, double b, TimeScale unit) {
        return new BgNbdModel(r, alpha, a, b, unit, null);
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
     * @return the purchase-rate scale
     */
    public double alpha() {
        return alpha;
    }

    /**
     * a.
     *
     * @return the first dropout shape
     */
    public double a() {
        return a;
    }

    /**
     * b.
     *
     * @return the second dropout shape
     */
    public double b() {
        return b;
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
        return BgNbd.NAME;
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
        p.put("a", a);
        p.put("b", b);
        return java.util.Collections.unmodifiableMap(p);
    }

    @Override
    public Optional<FitReport> report() {
        return Optional.ofNullable(report);
    }

    @Override
    public double expectedPurchases(double t) {
        ClvArgs.horizon(t);
        return BetaMixture.expectedPurchases(r, alpha, a, b, t);
    }

    @Override
    public double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        ClvArgs.horizon(t);
        ClvArgs.history(x, tx, T);
        return probabilityAlive(x, tx, T) * BetaMixture.expectedPurchases(r + x, alpha + T, a, b + x, t);
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        ClvArgs.history(x, tx, T);
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    @Override
    public double probabilityOfPurchases(int n, double t) {
        ClvArgs.count(n);
        ClvArgs.horizon(t);
        double logBeta = LogMath.logBeta(a, b);
        double z = t / (alpha + t);
        double logFirst = LogMath.logBeta(a, b + n) - logBeta + LogMath.logGamma(r + n) - LogMath.logGamma(r)
                - LogMath.logGamma(n + 1.0) + r * Math.log(alpha / (alpha + t)) + (n == 0 ? 0 : n * Math.log(z));
        double first = Math.exp(logFirst);
        if (n == 0) {
            return first;
        }
        // 1 - (α/(α+t))^r Σ_{j<n} Γ(r+j)/(Γ(r) j!) z^j = P(NBD(r, α/(α+t)) >= n) = I_z(n, r)
        double tail = z == 0 ? 0 : Beta.regularizedBeta(z, n, r);
        return first + Math.exp(LogMath.logBeta(a + 1, b + n - 1) - logBeta) * tail;
    }

    @Override
    public double probabilityNoPurchase(double t, int x, double tx, double T) {
        ClvArgs.horizon(t);
        double alive = probabilityAlive(x, tx, T);
        return (1 - alive) + alive * Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t)));
    }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        ClvArgs.history(x, tx, T);
        double constant = LogMath.logGamma(r + x) - LogMath.logGamma(r) + r * Math.log(alpha)
                + LogMath.logBeta(a, b + x) - LogMath.logBeta(a, b);
        double termA = -(r + x) * Math.log(alpha + T);
        if (x == 0) {
            return constant + termA;
        }
        double termB = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return constant + LogMath.logAddExp(termA, termB);
    }

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
            double p = random.nextBeta(a, b);
            double time = 0;
            boolean isAlive = true;
            while (true) {
                time += random.nextExponential(1 / lambda);
                if (time > T[i]) {
                    break;
                }
                x[i]++;
                tx[i] = time;
                if (random.nextDouble() < p) {
                    isAlive = false; // drops out right after this purchase
                    break;
                }
            }
            alive[i] = isAlive;
        }
        return new SimulatedCustomers(x, tx, T.clone(), alive, unit);
    }

    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "BG/NBD[r=%.6f, alpha=%.6f, a=%.6f, b=%.6f; unit %s]", r, alpha, a, b,
                unit);
        return report == null ? head : head + "\n" + report;
    }
}
