package io.retention4j.metrics.experiment;

/**
 * The sufficient statistics of one metric in one arm (variant) of an experiment: the number of
 * units (customers), the metric's mean per unit, and the per-unit variance, so that the variance
 * of the mean estimate is {@code variance() / n()}.
 *
 * <p>Three kinds: {@link ProportionStatistic} (converted / exposed), {@link MeanStatistic} (sum, sum
 * of squares, n) and {@link RatioStatistic} (a ratio of two per-unit sums, such as revenue per
 * order, with a delta-method variance). Each is immutable; each has a mergeable accumulator.
 */
public sealed interface ArmStatistic permits ProportionStatistic, MeanStatistic, RatioStatistic {

    /**
     * The number of units (customers) in the arm.
     *
     * @return n, {@code >= 0}
     */
    long n();

    /**
     * The metric's estimate for the arm: the conversion rate, the mean, or the ratio of sums.
     *
     * @return the estimate
     */
    double mean();

    /**
     * The per-unit variance of the metric: {@code variance() / n()} is the variance of
     * {@link #mean()}.
     *
     * @return the variance, {@code >= 0}
     * @throws IllegalStateException when the arm has too few units for a variance (see each kind)
     */
    double variance();
}
