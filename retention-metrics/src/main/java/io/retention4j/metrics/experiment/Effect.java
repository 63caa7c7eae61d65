package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * A treatment's effect against the control with its uncertainty: the estimate, its standard error,
 * a confidence interval and the p-value of "no effect", from a fixed-horizon Welch t-test or a
 * sequential test (see {@link Comparison}).
 *
 * <p>Units: an {@link EffectType#ABSOLUTE} effect is in the metric's unit (a difference of rates or
 * means); a {@link EffectType#RELATIVE} effect is a fraction of the control (0.05 is +5%). A
 * one-sided interval has an infinite side ({@code -inf} or {@code +inf}). When both arms have zero
 * variance the standard error is 0, the interval is the estimate itself, and the p-value is 1 for a
 * zero estimate and 0 otherwise; no NaN is returned.
 *
 * <p>Immutable and thread-safe.
 */
public final class Effect {
    /** How the interval and p-value were computed. */
    public enum Method {
        /** Fixed-horizon Student t with Welch-Satterthwaite degrees of freedom. */
        WELCH_T,
        /** Always-valid asymptotic confidence sequence (safe under peeking). */
        SEQUENTIAL
    }

    private final Method method;
    private final EffectType type;
    private final Alternative alternative;
    private final double level;
    private final double estimate;
    private final double standardError;
    private final double degreesOfFreedom;
    private final double lower;
    private final double upper;
    private final double pValue;

    Effect(Method method, EffectType type, Alternative alternative, double level, double estimate,
           double standardError, double degreesOfFreedom, double lower, double upper, double pValue) {
        this.method = method;
        this.type = type;
        this.alternative = alternative;
        this.level = level;
        this.estimate = estimate;
        this.standardError = standardError;
        this.degreesOfFreedom = degreesOfFreedom;
        this.lower = lower;
        this.upper = upper;
        this.pValue = pValue;
    }

    /**
     * How the interval and p-value were computed.
     *
     * @return the method
     */
    public Method method() {
        return method;
    }

    /**
     * Absolute or relative.
     *
     * @return the type
     */
    public EffectType type() {
        return type;
    }

    /**
     * The alternative hypothesis.
     *
     * @return two-sided, greater or less
     */
    public Alternative alternative() {
        return alternative;
    }

    /**
     * The confidence level of the interval.
     *
     * @return a level in (0, 1), e.g. 0.95
     */
    public double level() {
        return level;
    }

    /**
     * The point estimate.
     *
     * @return treatment - control (absolute) or (treatment - control) / control (relative)
     */
    public double estimate() {
        return estimate;
    }

    /**
     * The standard error of the estimate.
     *
     * @return {@code >= 0}
     */
    public double standardError() {
        return standardError;
    }

    /**
     * The degrees of freedom of the reference distribution.
     *
     * @return Welch-Satterthwaite degrees of freedom; {@code +inf} for the normal reference (sequential
     *         tests, or no variance at all)
     */
    public double degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /**
     * The lower end of the interval.
     *
     * @return the bound; {@code -inf} for {@link Alternative#LESS}
     */
    public double lower() {
        return lower;
    }

    /**
     * The upper end of the interval.
     *
     * @return the bound; {@code +inf} for {@link Alternative#GREATER}
     */
    public double upper() {
        return upper;
    }

    /**
     * The p-value of "no effect" against the alternative.
     *
     * @return a probability in [0, 1]
     */
    public double pValue() {
        return pValue;
    }

    /**
     * Whether the interval excludes 0 (for the sequential test: whether the confidence sequence has
     * excluded 0 at this look).
     *
     * @return {@code lower > 0 || upper < 0}
     */
    public boolean isSignificant() {
        return lower > 0 || upper < 0;
    }

    @Override
    public String toString() {
        boolean relative = type == EffectType.RELATIVE;
        String df = method == Method.SEQUENTIAL ? "sequential" : Double.isInfinite(degreesOfFreedom) ? "normal"
                : String.format(Locale.ROOT, "Welch t, df %,.1f", degreesOfFreedom);
        return String.format(Locale.ROOT, "%s effect %s (%s CI %s .. %s, se %s), %s, %s p = %s",
                relative ? "relative" : "absolute", Text.effect(estimate, relative), Text.level(level),
                Text.effect(lower, relative), Text.effect(upper, relative),
                relative ? Text.percent(standardError) : Text.number(standardError), df,
                alternative.name().toLowerCase(Locale.ROOT).replace('_', '-'), Text.p(pValue));
    }
}
