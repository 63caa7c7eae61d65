package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.LogMath;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The BG/BB model of Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a Discrete-Time
 * Noncontractual Setting", for discrete transaction opportunities (a yearly donation, a weekly
 * visit): while alive, a customer transacts at each opportunity with probability p ~ Beta(α, β),
 * and becomes inactive at the start of each opportunity with probability θ ~ Beta(γ, δ). Parameter
 * order: alpha, beta, gamma, delta.
 *
 * <p>Conventions as in {@link BgBbData}: x repeat transactions in n opportunities, the last at
 * opportunity t_x (0 if none). Counts are dimensionless; "alive at opportunity k" means not dropped
 * out at any of the opportunities 1..k. Methods reject arguments outside
 * {@code 0 <= x <= t_x <= n} (t_x = 0 when x = 0) with an {@link IllegalArgumentException}.
 * Immutable and thread-safe.
 */
public final class BgBbModel implements FittedModel {
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double delta;
    private final FitReport report;

    BgBbModel(double alpha, double beta, double gamma, double delta, FitReport report) {
        this.alpha = ClvArgs.positive("alpha", alpha);
        this.beta = ClvArgs.positive("beta", beta);
        this.gamma = ClvArgs.positive("gamma", gamma);
        this.delta = ClvArgs.positive("delta", delta);
        this.report = report;
    }

    /**
     * A model with known parameters.
     *
     * @param alpha first shape of the transaction-probability distribution, positive
     * @param beta  second shape of the transaction-probability distribution, positive
     * @param gamma first shape of the dropout-probability distribution, positive
     * @param delta second shape of the dropout-probability distribution, positive
     * @return the model
     */
    public static BgBbModel of(double alpha, double beta, double gamma, double delta) {
        return new BgBbModel(alpha, beta, gamma, delta, null);
    }

    /**
     * alpha.
     *
     * @return the first shape of the transaction-probability distribution
     */
    public double alpha() {
        return alpha;
    }

    /**
     * beta.
     *
     * @return the second shape of the transaction-probability distribution
     */
    public double beta() {
        return beta;
    }

    /**
     * gamma.
     *
     * @return the first shape of the dropout-probability distribution
     */
    public double gamma() {
        return gamma;
    }

    /**
     * delta.
     *
     * @return the second shape of the dropout-probability distribution
     */
    public double delta() {
        return delta;
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
        return BgBb.NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        return Parameters.named(BgBb.PARAMETERS, alpha, beta, gamma, delta);
    }

    @Override
    public Optional<FitReport> report() {
        return Optional.ofNullable(report);
    }

    /**
     * The log-likelihood of one customer's history (FHS 2010 eq. 5):
     * {@code L = B(α+x, β+n-x)/B(α,β) B(γ, δ+n)/B(γ,δ) + Σ_{j=t_x}^{n-1} B(α+x, β+j-x)/B(α,β) B(γ+1, δ+j)/B(γ,δ)}.
     *
     * @param x  repeat transactions
     * @param tx opportunity of the last one (0 if none)
     * @param n  opportunities
     * @return ln L, 0 when n = 0
     */
    public double logLikelihood(int x, int tx, int n) {
        history(x, tx, n);
        return BgBbLikelihood.logLikelihood(alpha, beta, gamma, delta, x, tx, n);
    }

    /**
     * P(alive at opportunity n+1 | x, t_x, n): the probability that the customer is still active at
     * the next opportunity (Table 6 of FHS 2010, "P(alive in 2002)" for six opportunities 1996-2001).
     *
     * @param x  repeat transactions
     * @param tx opportunity of the last one (0 if none)
     * @param n  opportunities so far
     * @return the probability, in [0, 1]
     */
    public double probabilityAlive(int x, int tx, int n) {
        return probabilityAliveAt(1, x, tx, n);
    }

    /**
     * P(alive at opportunity n+m | x, t_x, n) (FHS 2010 eq. 11 for m = 1):
     * {@code B(α+x, β+n-x)/B(α,β) · B(γ, δ+n+m)/B(γ,δ) / L(x, t_x, n)}. At m = 0 it is the
     * probability of being alive at the last opportunity observed.
     *
     * @param m  opportunities ahead, {@code >= 0}
     * @param x  repeat transactions
     * @param tx opportunity of the last one (0 if none)
     * @param n  opportunities so far
     * @return the probability, in [0, 1]
     */
    public double probabilityAliveAt(int m, int x, int tx, int n) {
        if (m < 0) {
            throw new IllegalArgumentException("opportunities ahead m must be >= 0, got " + m);
        }
        double logAliveAndHistory = LogMath.logBeta(alpha + x, beta + n - x) - LogMath.logBeta(alpha, beta)
                + LogMath.logBeta(gamma, delta + n + m) - LogMath.logBeta(gamma, delta);
        return Math.min(1, Math.exp(logAliveAndHistory - logLikelihood(x, tx, n)));
    }

    /**
     * P(X(n) = x): the probability that a customer just acquired makes exactly x repeat
     * transactions in the first n opportunities (FHS 2010 eq. 7):
     * {@code C(n,x) B(α+x, β+n-x)/B(α,β) B(γ, δ+n)/B(γ,δ) + Σ_{i=x}^{n-1} C(i,x) B(α+x, β+i-x)/B(α,β) B(γ+1, δ+i)/B(γ,δ)}.
     * Multiplied by the number of customers it gives the expected number of customers with x repeat
     * transactions, the in-sample fit table of the paper.
     *
     * @param x a count {@code >= 0}
     * @param n opportunities {@code >= 0}
     * @return the probability; 0 when x &gt; n
     */
    public double probabilityOfTransactions(int x, int n) {
        if (x < 0 || n < 0) {
            throw new IllegalArgumentException("need x >= 0 and n >= 0, got x=" + x + ", n=" + n);
        }
        if (x > n) {
            return 0;
        }
        double base = -LogMath.logBeta(alpha, beta) - LogMath.logBeta(gamma, delta);
        double log = base + logChoose(n, x) + LogMath.logBeta(alpha + x, beta + n - x)
                + LogMath.logBeta(gamma, delta + n);
        for (int i = x; i < n; i++) {
            log = LogMath.logAddExp(log, base + logChoose(i, x) + LogMath.logBeta(alpha + x, beta + i - x)
                    + LogMath.logBeta(gamma + 1, delta + i));
        }
        return Math.exp(log);
    }

    /**
     * E[X(n)]: the expected number of repeat transactions of a customer just acquired in the first n
     * opportunities (FHS 2010 eq. 8): {@code α/(α+β) · Σ_{i=1}^{n} B(γ, δ+i)/B(γ,δ)
     * = α/(α+β) · δ/(γ-1) · [1 - Γ(γ+δ) Γ(1+δ+n) / (Γ(γ+δ+n) Γ(1+δ))]}.
     *
     * @param n opportunities {@code >= 0}
     * @return the expectation (0 at n = 0)
     */
    public double expectedTransactions(int n) {
        opportunities("n", n);
        return expectedTransactions(alpha, beta, gamma, delta, n);
    }

    /**
     * E[X(n, n+m) | x, t_x, n]: the expected number of transactions in the next m opportunities of a
     * customer with this history (FHS 2010 eq. 13). Given alive at n, p is Beta(α+x, β+n-x) and θ is
     * Beta(γ, δ+n), so this is {@code P(alive at n | x, t_x, n) · E[X(m)]} of a new customer with
     * those parameters.
     *
     * @param m  opportunities ahead, {@code >= 0}
     * @param x  repeat transactions
     * @param tx opportunity of the last one (0 if none)
     * @param n  opportunities so far
     * @return the expectation (0 at m = 0)
     */
    public double conditionalExpectedTransactions(int m, int x, int tx, int n) {
        opportunities("m", m);
        return probabilityAliveAt(0, x, tx, n) * expectedTransactions(alpha + x, beta + n - x, gamma, delta + n, m);
    }

    /**
     * E[X(n, n+m) | x, t_x, n] for every distinct row of the data (see {@link BgBbData#expand}).
     *
     * @param m    opportunities ahead, {@code >= 0}
     * @param data the customers
     * @return one expectation per distinct row
     */
    public double[] conditionalExpectedTransactions(int m, BgBbData data) {
        opportunities("m", m);
        return PerRow.evaluate(data.rows(), i -> conditionalExpectedTransactions(m, data.x(i), data.tx(i), data.n(i)));
    }

    /**
     * P(alive at opportunity n+1 | x, t_x, n) for every distinct row of the data.
     *
     * @param data the customers
     * @return one probability per distinct row
     */
    public double[] probabilityAlive(BgBbData data) {
        return PerRow.evaluate(data.rows(), i -> probabilityAlive(data.x(i), data.tx(i), data.n(i)));
    }

    /**
     * Simulates customers with the given numbers of opportunities, with a seeded generator: p and θ
     * are drawn per customer; at each opportunity a living customer first drops out with probability
     * θ, then transacts with probability p.
     *
     * @param n    opportunities per customer, each in 0..{@value BgBbData#MAX_OPPORTUNITIES}
     * @param seed the seed; the same seed gives the same customers
     * @return the customers
     */
    public SimulatedBgBbCustomers simulate(int[] n, long seed) {
        for (int i = 0; i < n.length; i++) {
            if (n[i] < 0 || n[i] > BgBbData.MAX_OPPORTUNITIES) {
                throw new IllegalArgumentException("opportunities n[" + i + "] must be in 0.."
                        + BgBbData.MAX_OPPORTUNITIES + ", got " + n[i]);
            }
        }
        RandomDataGenerator random = new RandomDataGenerator(seed);
        int size = n.length;
        int[] x = new int[size];
        int[] tx = new int[size];
        boolean[] alive = new boolean[size];
        for (int i = 0; i < size; i++) {
            double p = random.nextBeta(alpha, beta);
            double theta = random.nextBeta(gamma, delta);
            boolean living = true;
            for (int t = 1; t <= n[i] && living; t++) {
                if (random.nextDouble() < theta) {
                    living = false;
                } else if (random.nextDouble() < p) {
                    x[i]++;
                    tx[i] = t;
                }
            }
            alive[i] = living;
        }
        return new SimulatedBgBbCustomers(x, tx, n.clone(), alive);
    }

    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "BG/BB[alpha=%.6f, beta=%.6f, gamma=%.6f, delta=%.6f]", alpha, beta,
                gamma, delta);
        return report == null ? head : head + "\n" + report;
    }

    /** α/(α+β) Σ_{i=1}^{n} B(γ, δ+i)/B(γ,δ), by the closed form except near γ = 1, where it is 0/0. */
    static double expectedTransactions(double alpha, double beta, double gamma, double delta, int n) {
        if (n == 0) {
            return 0;
        }
        double meanP = alpha / (alpha + beta);
        if (Math.abs(gamma - 1) > 1e-3) {
            double log = LogMath.logGamma(gamma + delta) - LogMath.logGamma(gamma + delta + n)
                    + LogMath.logGamma(delta + n + 1) - LogMath.logGamma(delta + 1);
            return meanP * delta / (gamma - 1) * -Math.expm1(log);
        }
        double sum = 0;
        double survival = 1; // B(γ, δ+i)/B(γ,δ) = Π_{k<i} (δ+k)/(γ+δ+k)
        for (int i = 0; i < n; i++) {
            survival *= (delta + i) / (gamma + delta + i);
            sum += survival;
        }
        return meanP * sum;
    }

    private static double logChoose(int n, int k) {
        return LogMath.logGamma(n + 1.0) - LogMath.logGamma(k + 1.0) - LogMath.logGamma(n - k + 1.0);
    }

    private static void opportunities(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("opportunities " + name + " must be >= 0, got " + value);
        }
    }

    private static void history(int x, int tx, int n) {
        if (x < 0 || n < 0 || tx < 0 || tx > n || x > tx || (x == 0) != (tx == 0)) {
            throw new IllegalArgumentException("need 0 <= x <= t_x <= n with t_x = 0 exactly when x = 0, got x=" + x
                    + ", t_x=" + tx + ", n=" + n);
        }
    }
}
