package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.Hypergeometric;
import io.retention4j.metrics.internal.LogMath;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The shifted-beta-geometric (sBG) model of Fader &amp; Hardie (2007), "How to Project Customer
 * Retention", for contractual customers who renew at discrete opportunities: each customer churns at
 * each renewal opportunity with a constant probability θ, and θ ~ Beta(α, β) across customers (the
 * paper's γ and δ). The churn time T (the renewal opportunity at which the customer leaves, 1, 2,
 * ...) is then shifted-beta-geometric. Parameter order: alpha, beta.
 *
 * <p>Periods are counted as in {@link SbgData}: period 0 is the start, S(t) the share still active
 * after t renewal opportunities. Immutable and thread-safe.
 */
public final class SbgModel implements FittedModel {
    private final double alpha;
    private final double beta;
    private final FitReport report;

    SbgModel(double alpha, double beta, FitReport report) {
        this.alpha = ClvArgs.positive("alpha", alpha);
        this.beta = ClvArgs.positive("beta", beta);
        this.report = report;
    }

    /**
     * A model with known parameters.
     *
     * @param alpha first shape of the churn-probability distribution (γ in the paper), positive
     * @param beta  second shape of the churn-probability distribution (δ in the paper), positive
     * @return the model
     */
    public static SbgModel of(double alpha, double beta) {
        return new SbgModel(alpha, beta, null);
    }

    /**
     * alpha (γ in Fader &amp; Hardie 2007).
     *
     * @return the first shape of the churn-probability distribution
     */
    public double alpha() {
        return alpha;
    }

    /**
     * beta (δ in Fader &amp; Hardie 2007).
     *
     * @return the second shape of the churn-probability distribution
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
        return ShiftedBetaGeometric.NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        return Parameters.named(ShiftedBetaGeometric.PARAMETERS, alpha, beta);
    }

    @Override
    public Optional<FitReport> report() {
        return Optional.ofNullable(report);
    }

    /**
     * S(t) = P(T &gt; t): the share of a cohort still active after t renewal opportunities,
     * {@code B(α, β+t) / B(α, β)} (FH 2007 eq. 5).
     *
     * @param t periods {@code >= 0}
     * @return the share, in (0, 1]; 1 at t = 0
     */
    public double survival(int t) {
        periods("t", t, 0);
        return Math.exp(LogMath.logBeta(alpha, beta + t) - LogMath.logBeta(alpha, beta));
    }

    /**
     * P(T = t): the probability that a new customer churns at the t-th renewal opportunity,
     * {@code B(α+1, β+t-1) / B(α, β)} (FH 2007 eq. 4).
     *
     * @param t a renewal opportunity {@code >= 1}
     * @return the probability
     */
    public double churnProbability(int t) {
        periods("t", t, 1);
        return Math.exp(LogMath.logBeta(alpha + 1, beta + t - 1) - LogMath.logBeta(alpha, beta));
    }

    /**
     * r(t) = S(t) / S(t-1): the share of customers active in period t-1 who renew at the t-th
     * opportunity, {@code (β+t-1) / (α+β+t-1)} (FH 2007 eq. 8); it rises with t as the customers
     * prone to churn leave.
     *
     * @param t a renewal opportunity {@code >= 1}
     * @return the rate, in (0, 1)
     */
    public double retentionRate(int t) {
        periods("t", t, 1);
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /**
     * The expected number of customers of a cohort alive at the start of periods 0..periods:
     * {@code cohortSize · S(t)}.
     *
     * @param cohortSize the customers at period 0, finite and {@code >= 0}
     * @param periods    the last period, {@code >= 0}
     * @return periods + 1 expected counts
     */
    public double[] projectedAlive(double cohortSize, int periods) {
        if (!(cohortSize >= 0) || Double.isInfinite(cohortSize)) {
            throw new IllegalArgumentException("cohortSize must be a finite number >= 0, got " + cohortSize);
        }
        periods("periods", periods, 0);
        double[] alive = new double[periods + 1];
        for (int t = 0; t <= periods; t++) {
            alive[t] = cohortSize * survival(t);
        }
        return alive;
    }

    /**
     * DEL: the discounted expected lifetime of a customer just acquired, in payments of one unit at
     * the start of every period the customer is active, the first (at period 0) undiscounted:
     * {@code Σ_{t>=0} S(t) / (1+d)^t = ₂F₁(1, β; α+β; 1/(1+d))} (Fader &amp; Hardie 2010,
     * "Customer-Base Valuation in a Contractual Setting", eq. 5). Multiply by the margin per period
     * for a CLV.
     *
     * @param discountRate the discount rate per period, {@code d > 0} (at d = 0 the sum diverges when α &lt;= 1)
     * @return the lifetime in discounted periods, {@code >= 1}
     */
    public double discountedExpectedLifetime(double discountRate) {
        double z = discountFactor(discountRate);
        return Math.exp(Hypergeometric.logHyp2f1(1, beta, alpha + beta, z));
    }

    /**
     * DERL: the discounted expected residual lifetime of a customer who has renewed
     * {@code renewals} times (has been active n = renewals + 1 periods) and is about to decide on
     * the next renewal, in payments of one unit per future period with the next one undiscounted:
     * {@code Σ_{t>=n} S(t)/S(n-1) / (1+d)^(t-n) = (β+n-1)/(α+β+n-1) ₂F₁(1, β+n; α+β+n; 1/(1+d))}
     * (Fader &amp; Hardie 2010, eq. 6). It grows with the renewals: survivors are the loyal ones.
     *
     * @param discountRate the discount rate per period, {@code d > 0}
     * @param renewals     renewals made so far, {@code >= 0}
     * @return the residual lifetime in discounted periods
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        double z = discountFactor(discountRate);
        periods("renewals", renewals, 0);
        double n = renewals + 1.0;
        return (beta + n - 1) / (alpha + beta + n - 1)
                * Math.exp(Hypergeometric.logHyp2f1(1, beta + n, alpha + beta + n, z));
    }

    /**
     * Simulates one cohort with a seeded generator: each customer draws θ from Beta(α, β) and churns
     * at the first renewal opportunity whose Bernoulli(θ) draw says so.
     *
     * @param cohortSize the customers, {@code >= 1}
     * @param periods    the periods observed, {@code >= 2}
     * @param seed       the seed; the same seed gives the same cohort
     * @return the customers alive at the start of periods 0..periods
     */
    public SbgData simulate(int cohortSize, int periods, long seed) {
        if (cohortSize < 1) {
            throw new IllegalArgumentException("cohortSize must be >= 1, got " + cohortSize);
        }
        periods("periods", periods, 2);
        RandomDataGenerator random = new RandomDataGenerator(seed);
        int[] alive = new int[periods + 1];
        for (int i = 0; i < cohortSize; i++) {
            double theta = random.nextBeta(alpha, beta);
            int t = 0; // the customer is alive at the start of period t
            alive[0]++;
            while (t < periods && random.nextDouble() >= theta) {
                t++;
                alive[t]++;
            }
        }
        return SbgData.ofAlive(alive);
    }

    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "sBG[alpha=%.6f, beta=%.6f]", alpha, beta);
        return report == null ? head : head + "\n" + report;
    }

    private static double discountFactor(double discountRate) {
        if (!(discountRate > 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("discount rate must be a finite number > 0, got " + discountRate);
        }
        return 1 / (1 + discountRate);
    }

    private static void periods(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be >= " + least + ", got " + value);
        }
    }
}
