package io.retention4j.metrics.experiment;

import java.util.Optional;

/**
 * One line of an experiment report: a variant against the control on one metric, with the Welch
 * effects and the p-value adjusted across all lines of the report.
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricComparison {
    private final String metric;
    private final String variant;
    private final Comparison comparison;
    private final Effect absolute;
    private final Effect relative;
    private final double holmPValue;
    private final double benjaminiHochbergPValue;

    MetricComparison(String metric, String variant, Comparison comparison, Effect absolute, Effect relative,
                     double holmPValue, double benjaminiHochbergPValue) {
        this.metric = metric;
        this.variant = variant;
        this.comparison = comparison;
        this.absolute = absolute;
        this.relative = relative;
        this.holmPValue = holmPValue;
        this.benjaminiHochbergPValue = benjaminiHochbergPValue;
    }

    /**
     * The metric's name.
     *
     * @return for example "retained within 90 days"
     */
    public String metric() {
        return metric;
    }

    /**
     * The treatment variant.
     *
     * @return its name
     */
    public String variant() {
        return variant;
    }

    /**
     * The comparison behind the line, for other tests (sequential, Bayesian) on the same data.
     *
     * @return the comparison
     */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * The absolute effect (two-sided Welch test at the report's level).
     *
     * @return the effect
     */
    public Effect absolute() {
        return absolute;
    }

    /**
     * The relative effect, when the control's value is not 0.
     *
     * @return the effect, or empty when the control's value is 0
     */
    public Optional<Effect> relative() {
        return Optional.ofNullable(relative);
    }

    /**
     * The unadjusted p-value of the absolute effect.
     *
     * @return the two-sided Welch p-value
     */
    public double pValue() {
        return absolute.pValue();
    }

    /**
     * The Holm-adjusted p-value across all lines of the report.
     *
     * @return {@link Correction#HOLM} applied to every line's {@link #pValue()}
     */
    public double holmPValue() {
        return holmPValue;
    }

    /**
     * The Benjamini-Hochberg-adjusted p-value across all lines of the report.
     *
     * @return {@link Correction#BENJAMINI_HOCHBERG} applied to every line's {@link #pValue()}
     */
    public double benjaminiHochbergPValue() {
        return benjaminiHochbergPValue;
    }

    @Override
    public String toString() {
        return metric + ", " + variant + " vs control: " + absolute + (relative == null ? "" : "; " + relative)
                + "; Holm p = " + Text.p(holmPValue) + ", BH p = " + Text.p(benjaminiHochbergPValue);
    }
}
