package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * A ratio metric such as revenue per order or orders per active day: per unit (customer) a
 * numerator {@code m} and a denominator {@code d}; the arm's value is {@code Σm / Σd}, and its
 * variance comes from the delta method because both sums are random.
 *
 * <p>Definitions, with {@code μ_m, μ_d} the per-unit means, {@code v_m, v_d} the sample variances
 * and {@code c} the sample covariance of m and d (denominators n - 1):
 * <pre>
 * ratio            = Σm / Σd = μ_m / μ_d
 * per-unit variance = v_m / μ_d² + v_d μ_m² / μ_d⁴ - 2 c μ_m / μ_d³
 * </pre>
 * and the variance of the ratio is the per-unit variance divided by n (first-order Taylor expansion
 * of {@code μ_m / μ_d}; GrowthBook's {@code variance_of_ratios}). Undefined (an
 * {@link IllegalStateException}) when {@code Σd = 0}; the variance needs n &gt;= 2.
 *
 * <p>Immutable and thread-safe.
 */
public final class RatioStatistic implements ArmStatistic {
    private final Pair pair;

    private RatioStatistic(Pair pair) {
        this.pair = pair;
    }

    /**
     * The statistic of raw per-unit sums.
     *
     * @param n                       units, {@code >= 0}
     * @param numeratorSum            Σm
     * @param numeratorSumOfSquares   Σm²
     * @param denominatorSum          Σd
     * @param denominatorSumOfSquares Σd²
     * @param sumOfProducts           Σ m·d
     * @return the statistic
     * @throws IllegalArgumentException for sums that no data can have (see {@link MeanStatistic#ofSums},
     *                                  and a covariance beyond the Cauchy-Schwarz bound)
     */
    public static RatioStatistic ofSums(long n, double numeratorSum, double numeratorSumOfSquares,
                                        double denominatorSum, double denominatorSumOfSquares, double sumOfProducts) {
        return new RatioStatistic(Pair.ofSums("numerator", "denominator", n, numeratorSum, numeratorSumOfSquares,
                denominatorSum, denominatorSumOfSquares, sumOfProducts));
    }

    /** From an accumulator. */
    static RatioStatistic of(Pair pair) {
        return new RatioStatistic(pair);
    }

    /**
     * The numerator's per-unit statistics.
     *
     * @return the statistic of m
     */
    public MeanStatistic numerator() {
        return pair.first;
    }

    /**
     * The denominator's per-unit statistics.
     *
     * @return the statistic of d
     */
    public MeanStatistic denominator() {
        return pair.second;
    }

    /**
     * The sample covariance of numerator and denominator.
     *
     * @return Σ(m - μ_m)(d - μ_d) / (n - 1)
     * @throws IllegalStateException when n &lt; 2
     */
    public double covariance() {
        return pair.covariance();
    }

    /**
     * Units.
     *
     * @return n
     */
    @Override
    public long n() {
        return pair.n();
    }

    /**
     * The ratio.
     *
     * @return Σm / Σd
     * @throws IllegalStateException when Σd = 0
     */
    @Override
    public double mean() {
        return numerator().mean() / denominatorMean();
    }

    /**
     * The per-unit delta-method variance (see the class comment).
     *
     * @return v_m / μ_d² + v_d μ_m² / μ_d⁴ - 2 c μ_m / μ_d³, clamped at 0
     * @throws IllegalStateException when n &lt; 2 or Σd = 0
     */
    @Override
    public double variance() {
        double md = denominatorMean();
        double mm = numerator().mean();
        double v = numerator().variance() / (md * md) + denominator().variance() * mm * mm / (md * md * md * md)
                - 2 * covariance() * mm / (md * md * md);
        return Math.max(0, v);
    }

    /**
     * Both statistics pooled, as if their units were one sample.
     *
     * @param other another statistic (unchanged)
     * @return the pooled statistic
     */
    public RatioStatistic plus(RatioStatistic other) {
        return new RatioStatistic(pair.plus(other.pair));
    }

    private double denominatorMean() {
        double md = denominator().mean();
        if (md == 0) {
            throw new IllegalStateException("the ratio is undefined: the denominator sums to 0 over " + n()
                    + " units");
        }
        return md;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RatioStatistic other && pair.equals(other.pair);
    }

    @Override
    public int hashCode() {
        return pair.hashCode();
    }

    @Override
    public String toString() {
        if (denominator().mean() == 0) {
            return String.format(Locale.ROOT, "ratio undefined (denominator sums to 0, n %,d)", n());
        }
        return String.format(Locale.ROOT, "ratio %s = %s / %s per unit (n %,d)", Text.number(mean()),
                Text.number(numerator().mean()), Text.number(denominator().mean()), n());
    }
}
