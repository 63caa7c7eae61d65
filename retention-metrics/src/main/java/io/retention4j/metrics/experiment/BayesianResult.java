package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * A Bayesian summary of a treatment's effect: the normal posterior of the effect, the chance that
 * the treatment beats the control, and the risk (expected loss) of each choice.
 *
 * <p>Model (GrowthBook's effect model): the estimate {@code d} with variance {@code v} (the
 * frequentist estimate and squared standard error, absolute or relative) is a normal likelihood for
 * the effect Δ; with a normal prior {@code N(μ0, τ²)} the posterior is normal with precision
 * {@code 1/v + 1/τ²} and mean {@code (d/v + μ0/τ²) / precision} (a flat prior drops the {@code 1/τ²}
 * terms). With posterior mean m and standard deviation s:
 * <ul>
 *   <li>chance to beat control = P(Δ &gt; 0) = Φ(m / s);</li>
 *   <li>risk of choosing the control = E[max(Δ, 0)] = m Φ(m/s) + s φ(m/s), the expected effect given
 *       up; risk of choosing the treatment = E[max(-Δ, 0)] = that minus m (same unit as the effect);</li>
 *   <li>credible interval = m ± Φ^-1((1 + level) / 2) s.</li>
 * </ul>
 * "Beats" means "is greater": for a metric where less is better read 1 - chance.
 *
 * <p>Immutable and thread-safe.
 */
public final class BayesianResult {
    private final EffectType type;
    private final GaussianPrior prior;
    private final double level;
    private final double mean;
    private final double standardDeviation;

    BayesianResult(EffectType type, GaussianPrior prior, double level, double mean, double standardDeviation) {
        this.type = type;
        this.prior = prior;
        this.level = level;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
    }

    /**
     * Absolute or relative.
     *
     * @return the effect type of the posterior
     */
    public EffectType type() {
        return type;
    }

    /**
     * The prior used.
     *
     * @return the prior
     */
    public GaussianPrior prior() {
        return prior;
    }

    /**
     * The level of the credible interval.
     *
     * @return a level in (0, 1)
     */
    public double level() {
        return level;
    }

    /**
     * The posterior mean of the effect.
     *
     * @return m
     */
    public double mean() {
        return mean;
    }

    /**
     * The posterior standard deviation of the effect.
     *
     * @return s, {@code >= 0}
     */
    public double standardDeviation() {
        return standardDeviation;
    }

    /**
     * The lower end of the central credible interval.
     *
     * @return m - z s
     */
    public double lower() {
        return mean - z() * standardDeviation;
    }

    /**
     * The upper end of the central credible interval.
     *
     * @return m + z s
     */
    public double upper() {
        return mean + z() * standardDeviation;
    }

    private double z() {
        return Distributions.normalQuantile(0.5 + level / 2);
    }

    /**
     * The posterior probability that the treatment is greater than the control.
     *
     * @return Φ(m / s); with s = 0: 1, 0 or 0.5 as m is positive, negative or 0
     */
    public double chanceToWin() {
        if (standardDeviation == 0) {
            return mean > 0 ? 1 : mean < 0 ? 0 : 0.5;
        }
        return Distributions.normalCdf(mean / standardDeviation);
    }

    /**
     * The expected loss of keeping the control: what the treatment would have added, averaged over
     * the posterior.
     *
     * @return E[max(Δ, 0)] = m Φ(m/s) + s φ(m/s), {@code >= 0}
     */
    public double riskControl() {
        if (standardDeviation == 0) {
            return Math.max(mean, 0);
        }
        double z = mean / standardDeviation;
        return Math.max(0, mean * Distributions.normalCdf(z) + standardDeviation * Distributions.normalPdf(z));
    }

    /**
     * The expected loss of shipping the treatment: what it would take away, averaged over the
     * posterior.
     *
     * @return E[max(-Δ, 0)] = riskControl() - m, {@code >= 0}
     */
    public double riskTreatment() {
        return Math.max(0, riskControl() - mean);
    }

    @Override
    public String toString() {
        boolean relative = type == EffectType.RELATIVE;
        return String.format(Locale.ROOT, "Bayesian %s effect %s (%s credible interval %s .. %s), "
                        + "chance to beat control %s, risk control %s, risk treatment %s, %s",
                relative ? "relative" : "absolute", Text.effect(mean, relative), Text.level(level),
                Text.effect(lower(), relative), Text.effect(upper(), relative), Text.percent(chanceToWin()),
                Text.effect(riskControl(), relative), Text.effect(riskTreatment(), relative), prior);
    }
}
