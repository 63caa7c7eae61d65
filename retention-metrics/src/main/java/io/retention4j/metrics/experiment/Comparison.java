package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * One treatment against the control on one metric: the entry point for effects, intervals and
 * p-values. Built from two arms' sufficient statistics ({@link #of}) or, with a pre-period covariate,
 * with CUPED ({@link #cuped}); then asked for a fixed-horizon Welch test, a sequential test or a
 * Bayesian summary.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(MeanStatistic.ofSums(3407, 1396.87, 52377.9767),
 *                              MeanStatistic.ofSums(3461, 2422.7, 134698.29));
 * Effect abs = c.welch(EffectType.ABSOLUTE);        // +0.29, 95% CI 0.0454 .. 0.5346, p 0.0202
 * Effect rel = c.welch(EffectType.RELATIVE);        // +70.7%, 95% CI -3.5% .. +145.0%, p 0.0619
 * Effect seq = c.sequential(EffectType.RELATIVE);   // safe to look at every day
 * BayesianResult b = c.bayesian(EffectType.RELATIVE);
 * }</pre>
 *
 * <h2>Moments</h2>
 * With per-arm means {@code m_c, m_t}, per-unit variances {@code v_c, v_t} and sizes {@code n_c, n_t}:
 * <ul>
 *   <li>absolute effect {@code d = m_t - m_c}, variance {@code v_t/n_t + v_c/n_c};</li>
 *   <li>relative effect {@code r = (m_t - m_c) / m_c}, variance by the delta method on the ratio of
 *       means {@code v_t / (n_t m_c²) + m_t² v_c / (n_c m_c⁴)} (GrowthBook's);</li>
 *   <li>Welch-Satterthwaite degrees of freedom
 *       {@code (v_t/n_t + v_c/n_c)² / ((v_t/n_t)²/(n_t - 1) + (v_c/n_c)²/(n_c - 1))}
 *       ({@code +inf} when both variances are 0).</li>
 * </ul>
 *
 * <h2>Fixed-horizon test ({@link #welch})</h2>
 * {@code t = estimate / se}; two-sided {@code p = 2 P(T >= |t|)} and interval
 * {@code estimate ± t_{1-α/2, df} se}; greater {@code p = P(T >= t)}, interval
 * {@code [estimate - t_{1-α, df} se, +inf)}; less {@code p = P(T <= t)}, interval
 * {@code (-inf, estimate + t_{1-α, df} se]}, with α = 1 - level and T Student t with the Welch
 * degrees of freedom. Valid for one look at a sample size fixed in advance.
 *
 * <h2>Sequential test ({@link #sequential})</h2>
 * An asymptotic confidence sequence (Waudby-Smith, Arnold, Wu, Howard, Ramdas 2023, "Time-uniform
 * central limit theory and asymptotic confidence sequences", eq. 9, the normal-mixture boundary of
 * Howard et al. 2021), as GrowthBook's sequential testing uses it. With N = n_c + n_t units, the
 * tuning parameter T (the N at which the sequence is tightest; GrowthBook's default 5000) and
 * {@code ρ² = (-2 ln α + ln(-2 ln α + 1)) / T}, the half-width is
 * <pre>
 * se · sqrt( 2 (N ρ² + 1) ln( sqrt(N ρ² + 1) / α ) / (N ρ²) )
 * </pre>
 * and the always-valid p-value is the inverse of the mixture e-value, {@code min(1, sqrt(Nρ² + 1)
 * exp(-ρ² N z² / (2 (Nρ² + 1))))} with {@code z = estimate / se}; it is below α exactly when the
 * interval excludes 0. The intervals hold simultaneously over all looks with probability 1 - α, so
 * results can be peeked at as often as wished. Two-sided only; degrees of freedom {@code +inf}.
 *
 * <h2>CUPED ({@link #cuped})</h2>
 * Regression adjustment with a pre-period covariate x (Deng, Xu, Kohavi, Walker 2013): one
 * {@code θ = cov(y, x) / var(x)} computed from both arms pooled into one sample (0 when either
 * variance is 0, which leaves the outcome unadjusted); per arm the adjusted mean
 * {@code ȳ - θ x̄} and per-unit variance {@code v_y + θ² v_x - 2 θ c_xy}. The absolute effect is the
 * difference of adjusted means. The relative effect is divided by the unadjusted control mean,
 * {@code r = (adj_t - adj_c) / ȳ_c} (GrowthBook's convention), with delta-method variance
 * {@code var_adj_t / (n_t ȳ_c²) + (a² v_yc + b² v_xc + 2 a b c_xyc) / n_c}, where
 * {@code a = -ȳ_t / ȳ_c²} and {@code b = θ / ȳ_c} are the derivatives of r in the control's ȳ and
 * x̄. (The exact derivative in ȳ_c is {@code -(adj_t + θ x̄_c) / ȳ_c²}, which equals {@code -ȳ_t / ȳ_c²}
 * up to {@code θ (x̄_t - x̄_c)}, zero in expectation under randomization; the form above is
 * GrowthBook's, and the tests reproduce its published numbers.) θ is treated as known.
 *
 * <p>Bad input: arms of different kinds, an arm with fewer than 2 units (a variance needs 2) and a
 * relative effect with a control mean of 0 raise {@link IllegalArgumentException}s that name the arm.
 * Immutable and thread-safe.
 */
public final class Comparison {
    /** The default confidence level, 0.95. */
    public static final double DEFAULT_LEVEL = 0.95;
    /** GrowthBook's default sequential tuning parameter: the sequence is tightest near 5000 units. */
    public static final double DEFAULT_TUNING = 5000;

    private final long nControl;
    private final long nTreatment;
    private final double controlMean;
    private final double treatmentMean;
    private final double baseline;
    private final double controlVariance;
    private final double treatmentVariance;
    private final double relativeVariance;
    private final double theta;
    private final double unadjustedVariance;
    private final boolean cuped;

    private Comparison(long nControl, long nTreatment, double controlMean, double treatmentMean, double baseline,
                       double controlVariance, double treatmentVariance, double relativeVariance, double theta,
                       double unadjustedVariance, boolean cuped) {
        this.nControl = nControl;
        this.nTreatment = nTreatment;
        this.controlMean = controlMean;
        this.treatmentMean = treatmentMean;
        this.baseline = baseline;
        this.controlVariance = controlVariance;
        this.treatmentVariance = treatmentVariance;
        this.relativeVariance = relativeVariance;
        this.theta = theta;
        this.unadjustedVariance = unadjustedVariance;
        this.cuped = cuped;
    }

    /**
     * Compares two arms' statistics of the same kind.
     *
     * @param control   the control arm
     * @param treatment the treatment arm, of the same kind as the control
     * @return the comparison
     * @throws IllegalArgumentException for arms of different kinds, an arm with fewer than 2 units,
     *                                  or a ratio arm whose denominator sums to 0
     */
    public static Comparison of(ArmStatistic control, ArmStatistic treatment) {
        Require.nonNull("control", control);
        Require.nonNull("treatment", treatment);
        if (control.getClass() != treatment.getClass()) {
            throw new IllegalArgumentException("control is a " + control.getClass().getSimpleName()
                    + " but treatment is a " + treatment.getClass().getSimpleName() + ": compare arms of one kind");
        }
        checkSize("control", control.n());
        checkSize("treatment", treatment.n());
        double mc = moment("control", control, true);
        double mt = moment("treatment", treatment, true);
        double vc = moment("control", control, false);
        double vt = moment("treatment", treatment, false);
        long nc = control.n();
        long nt = treatment.n();
        double relative = mc == 0 ? Double.NaN
                : vt / (nt * mc * mc) + mt * mt * vc / (nc * mc * mc * mc * mc);
        return new Comparison(nc, nt, mc, mt, mc, vc, vt, relative, 0, vc / nc + vt / nt, false);
    }

    /**
     * Compares two arms with CUPED variance reduction (see the class comment).
     *
     * @param control   the control arm: outcome and pre-period covariate per unit
     * @param treatment the treatment arm
     * @return the comparison, with {@link #theta()} and {@link #varianceReduction()}
     * @throws IllegalArgumentException for an arm with fewer than 2 units
     */
    public static Comparison cuped(CupedStatistic control, CupedStatistic treatment) {
        Require.nonNull("control", control);
        Require.nonNull("treatment", treatment);
        checkSize("control", control.n());
        checkSize("treatment", treatment.n());
        Pair joint = control.pair().plus(treatment.pair());
        double theta = joint.first.squaredDeviations() == 0 || joint.second.squaredDeviations() == 0 ? 0
                : joint.coDeviations / joint.second.squaredDeviations();
        long nc = control.n();
        long nt = treatment.n();
        double yc = control.post().mean();
        double adjC = yc - theta * control.pre().mean();
        double adjT = treatment.post().mean() - theta * treatment.pre().mean();
        double vc = adjustedVariance(control, theta);
        double vt = adjustedVariance(treatment, theta);
        double relative = Double.NaN;
        if (yc != 0) {
            double a = -treatment.post().mean() / (yc * yc);
            double b = theta / yc;
            double controlPart = a * a * control.post().variance() + b * b * control.pre().variance()
                    + 2 * a * b * control.covariance();
            relative = vt / (nt * yc * yc) + Math.max(0, controlPart) / nc;
        }
        double unadjusted = control.post().variance() / nc + treatment.post().variance() / nt;
        return new Comparison(nc, nt, adjC, adjT, yc, vc, vt, relative, theta, unadjusted, true);
    }

    private static double adjustedVariance(CupedStatistic arm, double theta) {
        return Math.max(0, arm.post().variance() + theta * theta * arm.pre().variance()
                - 2 * theta * arm.covariance());
    }

    private static void checkSize(String arm, long n) {
        if (n < 2) {
            throw new IllegalArgumentException("the " + arm + " arm has n = " + n
                    + " units; a comparison needs n >= 2 per arm (a variance needs two units)");
        }
    }

    private static double moment(String arm, ArmStatistic statistic, boolean mean) {
        try {
            return mean ? statistic.mean() : statistic.variance();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("the " + arm + " arm: " + e.getMessage(), e);
        }
    }

    /**
     * The fixed-horizon two-sided Welch test at 95%.
     *
     * @param type absolute or relative
     * @return the effect
     * @throws IllegalArgumentException for a relative effect with a control mean of 0
     */
    public Effect welch(EffectType type) {
        return welch(type, Alternative.TWO_SIDED, DEFAULT_LEVEL);
    }

    /**
     * The fixed-horizon Welch test (see the class comment).
     *
     * @param type        absolute or relative
     * @param alternative two-sided, greater or less
     * @param level       the confidence level, in (0, 1)
     * @return the effect
     * @throws IllegalArgumentException for a level outside (0, 1) or a relative effect with a
     *                                  control mean of 0
     */
    public Effect welch(EffectType type, Alternative alternative, double level) {
        Require.nonNull("alternative", alternative);
        Require.openUnit("confidence level", level);
        double estimate = estimate(type);
        double se = standardError(type);
        double alpha = 1 - level;
        if (se == 0) {
            return degenerate(Effect.Method.WELCH_T, type, alternative, level, estimate);
        }
        double df = degreesOfFreedom();
        double t = estimate / se;
        switch (alternative) {
            case GREATER:
                return new Effect(Effect.Method.WELCH_T, type, alternative, level, estimate, se, df,
                        estimate - Distributions.tQuantile(1 - alpha, df) * se, Double.POSITIVE_INFINITY,
                        Distributions.tCdf(-t, df));
            case LESS:
                return new Effect(Effect.Method.WELCH_T, type, alternative, level, estimate, se, df,
                        Double.NEGATIVE_INFINITY, estimate + Distributions.tQuantile(1 - alpha, df) * se,
                        Distributions.tCdf(t, df));
            default:
                double half = Distributions.tQuantile(1 - alpha / 2, df) * se;
                return new Effect(Effect.Method.WELCH_T, type, alternative, level, estimate, se, df, estimate - half,
                        estimate + half, Math.min(1, 2 * Distributions.tCdf(-Math.abs(t), df)));
        }
    }

    /**
     * The sequential test at 95% with GrowthBook's default tuning parameter 5000.
     *
     * @param type absolute or relative
     * @return the effect, safe to look at any number of times
     */
    public Effect sequential(EffectType type) {
        return sequential(type, DEFAULT_LEVEL, DEFAULT_TUNING);
    }

    /**
     * The sequential test: an asymptotic confidence sequence (see the class comment).
     *
     * @param type   absolute or relative
     * @param level  the confidence level, in (0, 1)
     * @param tuning the number of units (both arms) at which the sequence is tightest, {@code > 0}
     * @return the effect (two-sided)
     * @throws IllegalArgumentException for bad parameters or a relative effect with a control mean of 0
     */
    public Effect sequential(EffectType type, double level, double tuning) {
        Require.openUnit("confidence level", level);
        Require.positive("sequential tuning parameter", tuning);
        double estimate = estimate(type);
        double se = standardError(type);
        if (se == 0) {
            return degenerate(Effect.Method.SEQUENTIAL, type, Alternative.TWO_SIDED, level, estimate);
        }
        double alpha = 1 - level;
        double logAlpha = Math.log(alpha);
        double rho2 = (-2 * logAlpha + Math.log(-2 * logAlpha + 1)) / tuning;
        double n = nControl + nTreatment;
        double nRho2 = n * rho2;
        double half = se * Math.sqrt(2 * (nRho2 + 1) * Math.log(Math.sqrt(nRho2 + 1) / alpha) / nRho2);
        double z = estimate / se;
        double logP = 0.5 * Math.log(nRho2 + 1) - rho2 * n * z * z / (2 * (nRho2 + 1));
        double p = Math.min(1, Math.exp(logP));
        return new Effect(Effect.Method.SEQUENTIAL, type, Alternative.TWO_SIDED, level, estimate, se,
                Double.POSITIVE_INFINITY, estimate - half, estimate + half, p);
    }

    /**
     * The Bayesian summary with a flat prior and a 95% credible interval.
     *
     * @param type absolute or relative
     * @return the posterior summary
     */
    public BayesianResult bayesian(EffectType type) {
        return bayesian(type, GaussianPrior.flat(), DEFAULT_LEVEL);
    }

    /**
     * The Bayesian summary (see {@link BayesianResult} for the model).
     *
     * @param type  absolute or relative; the prior is on this scale
     * @param prior the prior of the effect
     * @param level the level of the credible interval, in (0, 1)
     * @return the posterior summary
     * @throws IllegalArgumentException for a bad level or a relative effect with a control mean of 0
     */
    public BayesianResult bayesian(EffectType type, GaussianPrior prior, double level) {
        Require.nonNull("prior", prior);
        Require.openUnit("credible level", level);
        double estimate = estimate(type);
        double variance = variance(type);
        if (variance == 0) {
            return new BayesianResult(type, prior, level, estimate, 0);
        }
        double precision = 1 / variance + (prior.isFlat() ? 0 : 1 / prior.variance());
        double mean = (estimate / variance + (prior.isFlat() ? 0 : prior.mean() / prior.variance())) / precision;
        return new BayesianResult(type, prior, level, mean, Math.sqrt(1 / precision));
    }

    private static Effect degenerate(Effect.Method method, EffectType type, Alternative alternative, double level,
                                     double estimate) {
        double p;
        switch (alternative) {
            case GREATER:
                p = estimate > 0 ? 0 : 1;
                break;
            case LESS:
                p = estimate < 0 ? 0 : 1;
                break;
            default:
                p = estimate == 0 ? 1 : 0;
        }
        return new Effect(method, type, alternative, level, estimate, 0, Double.POSITIVE_INFINITY,
                alternative == Alternative.LESS ? Double.NEGATIVE_INFINITY : estimate,
                alternative == Alternative.GREATER ? Double.POSITIVE_INFINITY : estimate, p);
    }

    /**
     * The point estimate of the effect.
     *
     * @param type absolute or relative
     * @return {@code m_t - m_c} or {@code (m_t - m_c) / m_c} (CUPED: adjusted means, unadjusted divisor)
     * @throws IllegalArgumentException for a relative effect with a control mean of 0
     */
    public double estimate(EffectType type) {
        Require.nonNull("effect type", type);
        double difference = treatmentMean - controlMean;
        if (type == EffectType.ABSOLUTE) {
            return difference;
        }
        checkBaseline();
        return difference / baseline;
    }

    /**
     * The standard error of the estimate.
     *
     * @param type absolute or relative
     * @return the square root of the variance in the class comment
     * @throws IllegalArgumentException for a relative effect with a control mean of 0
     */
    public double standardError(EffectType type) {
        return Math.sqrt(variance(type));
    }

    private double variance(EffectType type) {
        Require.nonNull("effect type", type);
        if (type == EffectType.ABSOLUTE) {
            return absoluteVariance();
        }
        checkBaseline();
        return relativeVariance;
    }

    private double absoluteVariance() {
        return controlVariance / nControl + treatmentVariance / nTreatment;
    }

    private void checkBaseline() {
        if (baseline == 0) {
            throw new IllegalArgumentException("a relative effect is undefined: the control mean is 0 (n = "
                    + nControl + "); use EffectType.ABSOLUTE");
        }
    }

    /**
     * The Welch-Satterthwaite degrees of freedom (from the adjusted variances under CUPED).
     *
     * @return the degrees of freedom; {@code +inf} when both variances are 0
     */
    public double degreesOfFreedom() {
        double c = controlVariance / nControl;
        double t = treatmentVariance / nTreatment;
        double denominator = c * c / (nControl - 1) + t * t / (nTreatment - 1);
        return denominator == 0 ? Double.POSITIVE_INFINITY : (c + t) * (c + t) / denominator;
    }

    /**
     * The control arm's mean (CUPED-adjusted under CUPED).
     *
     * @return m_c
     */
    public double controlMean() {
        return controlMean;
    }

    /**
     * The treatment arm's mean (CUPED-adjusted under CUPED).
     *
     * @return m_t
     */
    public double treatmentMean() {
        return treatmentMean;
    }

    /**
     * The control arm's unadjusted mean, the divisor of the relative effect.
     *
     * @return m_c without CUPED, ȳ_c with it
     */
    public double baseline() {
        return baseline;
    }

    /**
     * Units in the control arm.
     *
     * @return n_c
     */
    public long controlN() {
        return nControl;
    }

    /**
     * Units in the treatment arm.
     *
     * @return n_t
     */
    public long treatmentN() {
        return nTreatment;
    }

    /**
     * Whether the comparison is CUPED-adjusted.
     *
     * @return true when built by {@link #cuped}
     */
    public boolean isCuped() {
        return cuped;
    }

    /**
     * The CUPED coefficient.
     *
     * @return θ = cov(y, x) / var(x) of both arms pooled; 0 without CUPED
     */
    public double theta() {
        return theta;
    }

    /**
     * How much CUPED shrank the variance of the absolute effect.
     *
     * @return 1 - var_adjusted / var_unadjusted (0.3 is 30% less variance); 0 without CUPED or without
     *         variance
     */
    public double varianceReduction() {
        return !cuped || unadjustedVariance == 0 ? 0 : 1 - absoluteVariance() / unadjustedVariance;
    }

    @Override
    public String toString() {
        String s = String.format(Locale.ROOT, "control mean %s (n %,d) vs treatment mean %s (n %,d)",
                Text.number(controlMean), nControl, Text.number(treatmentMean), nTreatment);
        return cuped ? s + String.format(Locale.ROOT, ", CUPED theta %s, variance %s", Text.number(theta),
                Text.signedPercent(-varianceReduction())) : s;
    }
}
