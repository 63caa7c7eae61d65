package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * The sufficient statistics of one arm for CUPED (regression adjustment with a pre-period
 * covariate): per unit the outcome {@code y} measured after exposure and the same metric {@code x}
 * measured before it, with their sums, sums of squares and sum of products.
 *
 * <p>See {@link Comparison#cuped(CupedStatistic, CupedStatistic)} for the adjustment. Immutable and
 * thread-safe.
 */
public final class CupedStatistic {
    private final Pair pair;

    private CupedStatistic(Pair pair) {
        this.pair = pair;
    }

    /**
     * The statistic of raw per-unit sums.
     *
     * @param n                 units, {@code >= 0}
     * @param postSum           Σy (the outcome after exposure)
     * @param postSumOfSquares  Σy²
     * @param preSum            Σx (the covariate before exposure)
     * @param preSumOfSquares   Σx²
     * @param sumOfProducts     Σ x·y
     * @return the statistic
     * @throws IllegalArgumentException for sums that no data can have
     */
    public static CupedStatistic ofSums(long n, double postSum, double postSumOfSquares, double preSum,
                                        double preSumOfSquares, double sumOfProducts) {
        return new CupedStatistic(Pair.ofSums("post", "pre", n, postSum, postSumOfSquares, preSum, preSumOfSquares,
                sumOfProducts));
    }

    /** From an accumulator. */
    static CupedStatistic of(Pair pair) {
        return new CupedStatistic(pair);
    }

    /**
     * Units.
     *
     * @return n
     */
    public long n() {
        return pair.n();
    }

    /**
     * The outcome's statistics, unadjusted.
     *
     * @return the statistic of y
     */
    public MeanStatistic post() {
        return pair.first;
    }

    /**
     * The pre-period covariate's statistics.
     *
     * @return the statistic of x
     */
    public MeanStatistic pre() {
        return pair.second;
    }

    /**
     * The sample covariance of outcome and covariate.
     *
     * @return Σ(y - ȳ)(x - x̄) / (n - 1)
     * @throws IllegalStateException when n &lt; 2
     */
    public double covariance() {
        return pair.covariance();
    }

    /** The pair, for pooling in {@link Comparison}. */
    Pair pair() {
        return pair;
    }

    /**
     * Both statistics pooled, as if their units were one sample.
     *
     * @param other another statistic (unchanged)
     * @return the pooled statistic
     */
    public CupedStatistic plus(CupedStatistic other) {
        return new CupedStatistic(pair.plus(other.pair));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CupedStatistic other && pair.equals(other.pair);
    }

    @Override
    public int hashCode() {
        return pair.hashCode();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "post mean %s, pre mean %s (n %,d)", Text.number(post().mean()),
                Text.number(pre().mean()), n());
    }
}
