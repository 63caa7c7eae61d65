package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.metrics.internal.LogMath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", JMR 42(4); Python lifetimes'
 * {@code GammaGammaFitter}). The value of each purchase of a customer is Gamma(p, rate ν); across
 * customers ν ~ Gamma(q, rate γ). Parameter order: p, q, gamma (γ, written v in the paper's
 * notation and in lifetimes). Spend amounts are in the currency of the data; the model has no
 * time unit.
 *
 * <p>Formulas: the population mean spend per purchase {@code E[Z] = p γ / (q - 1)} (infinite when
 * q &lt;= 1); the conditional expected spend of a customer with x repeat purchases of mean m̄, the
 * posterior mean of p/ν,
 * <pre>
 * E[M | x, m̄] = (q - 1)/(px + q - 1) · pγ/(q - 1) + px/(px + q - 1) · m̄ = p (γ + x m̄) / (px + q - 1)
 * </pre>
 * a weighted average of the population mean and the customer's own mean. For
 * x = 0 this is the population mean. Immutable and thread-safe.
 */
public final class GammaGammaModel implements FittedModel {
    private final double p;
    private final double q;
    private final double gamma;
    private final FitReport report;

    GammaGammaModel(double p, double q, double gamma, FitReport report) {
        this.p = ClvArgs.positive("p", p);
        this.q = ClvArgs.positive("q", q);
        this.gamma = ClvArgs.positive("gamma", gamma);
        this.report = report;
    }

    /**
     * A model with known parameters.
     *
     * @param p     shape of the spend per purchase, positive
     * @param q     shape of the distribution of ν across customers, positive
     * @param gamma rate of the distribution of ν across customers (in currency units), positive
     * @return the model
     */
    public static GammaGammaModel of(double p, double q, double gamma) {
        return new GammaGammaModel(p, q, gamma, null);
    }

    /**
     * p.
     *
     * @return the spend shape
     */
    public double p() {
        return p;
    }

    /**
     * q.
     *
     * @return the shape of ν
     */
    public double q() {
        return q;
    }

    /**
     * gamma (v in the paper and in lifetimes).
     *
     * @return the rate of ν
     */
    public double gamma() {
        return gamma;
    }

    /**
     * The log-likelihood of the fit, summed over the repeat buyers.
     *
     * @return the log-likelihood
     * @throws IllegalStateException for a model built from parameters
     */
    public double logLikelihood() {
        return report().orElseThrow(() -> new IllegalStateException("this model was not fitted")).logLikelihood();
    }

    /**
     * The log density of one customer's mean repeat spend:
     * {@code ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m̄ + px ln x - (px+q) ln(γ + x m̄)}.
     *
     * @param x         repeat purchases, {@code >= 1}
     * @param meanSpend their mean value, positive and finite
     * @return the log density of m̄ (per currency unit)
     */
    public double logLikelihood(int x, double meanSpend) {
        if (x < 1) {
            throw new IllegalArgumentException("frequency x must be >= 1 for a mean spend density, got " + x);
        }
        if (!(meanSpend > 0) || Double.isInfinite(meanSpend)) {
            throw new IllegalArgumentException("meanSpend must be a positive finite number, got " + meanSpend);
        }
        double px = p * x;
        return LogMath.logGamma(px + q) - LogMath.logGamma(px) - LogMath.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(meanSpend) + px * Math.log(x) - (px + q) * Math.log(gamma + x * meanSpend);
    }

    /**
     * The population mean spend per purchase, {@code E[Z] = p γ / (q - 1)}: the expected spend of a
     * customer about whom nothing is known.
     *
     * @return the mean, in currency units; {@code +Infinity} when q &lt;= 1 (the mean does not exist)
     */
    public double populationMeanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * E[M | x, m̄]: the expected spend per future purchase of a customer with x repeat purchases of
     * mean value m̄, {@code p (γ + x m̄) / (px + q - 1)}. For x = 0 this is
     * {@link #populationMeanSpend()} and m̄ is ignored. A zero m̄ is allowed here (the posterior is
     * proper), although a fit rejects it.
     *
     * @param x         repeat purchases, {@code >= 0}
     * @param meanSpend their mean value, finite and {@code >= 0}
     * @return the expectation, in currency units; {@code +Infinity} when px + q &lt;= 1
     */
    public double conditionalExpectedSpend(int x, double meanSpend) {
        if (x < 0) {
            throw new IllegalArgumentException("frequency x must be >= 0, got " + x);
        }
        if (!(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
            throw new IllegalArgumentException("meanSpend must be a finite number >= 0, got " + meanSpend);
        }
        double denominator = p * x + q - 1;
        if (!(denominator > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return p * (gamma + (x == 0 ? 0 : x * meanSpend)) / denominator;
    }

    /**
     * E[M | x, m̄] for every distinct row of spend data.
     *
     * @param data repeat buyers
     * @return one expectation per distinct row
     */
    public double[] conditionalExpectedSpend(SpendData data) {
        Objects.requireNonNull(data, "data");
        double[] out = new double[data.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = conditionalExpectedSpend(data.x(i), data.meanSpend(i));
        }
        return out;
    }

    /**
     * E[M | x, m̄] for every customer of a summary, in summary order, with the summary's monetary
     * value as m̄. Customers with x = 0 get the population mean.
     *
     * @param summary the customers
     * @return one expectation per summary row
     */
    public double[] conditionalExpectedSpend(RfmSummary summary) {
        Objects.requireNonNull(summary, "summary");
        double[] out = new double[summary.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = conditionalExpectedSpend(summary.frequency(i), summary.monetaryValue(i));
        }
        return out;
    }

    /**
     * Simulates repeat buyers with a seeded generator: per customer ν ~ Gamma(q, rate γ), then the
     * sum of x spends ~ Gamma(px, rate ν), divided by x.
     *
     * @param x    repeat purchases per customer, each {@code >= 1}
     * @param seed the seed; the same seed gives the same customers
     * @return the customers
     */
    public SimulatedSpend simulate(int[] x, long seed) {
        Objects.requireNonNull(x, "x");
        RandomDataGenerator random = new RandomDataGenerator(seed);
        double[] mean = new double[x.length];
        double[] expected = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 1) {
                throw new IllegalArgumentException("x[" + i + "] must be >= 1 to have a mean spend, got " + x[i]);
            }
            double nu = random.nextGamma(q, 1 / gamma);
            mean[i] = random.nextGamma(p * x[i], 1 / nu) / x[i];
            expected[i] = p / nu;
        }
        return new SimulatedSpend(x.clone(), mean, expected);
    }

    @Override
    public String name() {
        return GammaGamma.NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p", p);
        m.put("q", q);
        m.put("gamma", gamma);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Optional<FitReport> report() {
        return Optional.ofNullable(report);
    }

    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "Gamma-Gamma[p=%.6f, q=%.6f, gamma=%.6f; population mean spend %.4f]",
                p, q, gamma, populationMeanSpend());
        return report == null ? head : head + "\n" + report;
    }
}
