package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * The sufficient statistics of a per-unit numeric metric (revenue, orders, CLV): n, the mean and
 * the sum of squared deviations from it.
 *
 * <p>Definitions: mean = sum / n (0 for n = 0); per-unit variance = Σ(x - mean)² / (n - 1), the
 * sample variance, defined for n &gt;= 2; the variance of the mean is that divided by n. Built from
 * raw sums ({@link #ofSums}) the sum of squared deviations is {@code sumOfSquares - sum² / n}; the
 * accumulator keeps shifted sums instead, so large means lose no precision.
 *
 * <p>Immutable and thread-safe.
 */
public final class MeanStatistic implements ArmStatistic {
    private final long n;
    private final double mean;
    private final double squaredDeviations;

    private MeanStatistic(long n, double mean, double squaredDeviations) {
        this.n = n;
        this.mean = mean;
        this.squaredDeviations = squaredDeviations;
    }

    /**
     * The statistic of raw sums, as SQL or a warehouse returns them.
     *
     * @param n            units, {@code >= 0}
     * @param sum          the sum of the values, finite (0 when n = 0)
     * @param sumOfSquares the sum of the squared values, finite, at least {@code sum² / n} up to
     *                     rounding (0 when n = 0)
     * @return the statistic
     * @throws IllegalArgumentException for a negative n, non-finite sums, or sums that no data can
     *                                  have (a sum of squares below {@code sum² / n})
     */
    public static MeanStatistic ofSums(long n, double sum, double sumOfSquares) {
        Require.nonNegative("n", n);
        Require.finite("sum", sum);
        Require.finite("sumOfSquares", sumOfSquares);
        if (n == 0) {
            if (sum != 0 || sumOfSquares != 0) {
                throw new IllegalArgumentException("with n = 0 the sums must be 0, got sum " + sum
                        + ", sumOfSquares " + sumOfSquares);
            }
            return new MeanStatistic(0, 0, 0);
        }
        return new MeanStatistic(n, sum / n, deviations("sumOfSquares", n, sum, sumOfSquares));
    }

    /**
     * The statistic of a mean and a sample standard deviation (as GrowthBook's older API and many
     * papers report them).
     *
     * @param n                 units, {@code >= 2}
     * @param mean              the mean, finite
     * @param standardDeviation the sample standard deviation (denominator n - 1), finite and {@code >= 0}
     * @return the statistic
     * @throws IllegalArgumentException for n below 2 or bad numbers
     */
    public static MeanStatistic ofMeanAndStandardDeviation(long n, double mean, double standardDeviation) {
        if (n < 2) {
            throw new IllegalArgumentException("a standard deviation needs n >= 2, got n = " + n);
        }
        Require.finite("mean", mean);
        if (!(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException("standardDeviation must be a finite number >= 0, got "
                    + standardDeviation);
        }
        return new MeanStatistic(n, mean, standardDeviation * standardDeviation * (n - 1));
    }

    /** From an accumulator: n, mean and the sum of squared deviations. */
    static MeanStatistic ofCentral(long n, double mean, double squaredDeviations) {
        return new MeanStatistic(n, n == 0 ? 0 : mean, Math.max(0, squaredDeviations));
    }

    /**
     * {@code sumOfSquares - sum² / n}, clamped at 0 when rounding makes it slightly negative.
     *
     * @throws IllegalArgumentException when it is negative beyond rounding
     */
    static double deviations(String name, long n, double sum, double sumOfSquares) {
        double m2 = sumOfSquares - sum * sum / n;
        if (m2 < -1e-9 * Math.max(1, Math.abs(sumOfSquares))) {
            throw new IllegalArgumentException(name + " " + sumOfSquares + " is below sum² / n = "
                    + sum * sum / n + " (sum " + sum + ", n " + n + "): no data has these sums");
        }
        return Math.max(0, m2);
    }

    /**
     * Units.
     *
     * @return n
     */
    @Override
    public long n() {
        return n;
    }

    /**
     * The mean.
     *
     * @return sum / n, 0 when n = 0
     */
    @Override
    public double mean() {
        return mean;
    }

    /**
     * The sum of the values.
     *
     * @return n · mean
     */
    public double sum() {
        return n * mean;
    }

    /**
     * The sum of the squared values.
     *
     * @return Σ(x - mean)² + n · mean²
     */
    public double sumOfSquares() {
        return squaredDeviations + n * mean * mean;
    }

    /**
     * The sum of squared deviations from the mean.
     *
     * @return Σ(x - mean)², 0 when n = 0
     */
    public double squaredDeviations() {
        return squaredDeviations;
    }

    /**
     * The sample variance.
     *
     * @return Σ(x - mean)² / (n - 1)
     * @throws IllegalStateException when n &lt; 2
     */
    @Override
    public double variance() {
        if (n < 2) {
            throw new IllegalStateException("a variance needs n >= 2, got n = " + n);
        }
        return squaredDeviations / (n - 1);
    }

    /**
     * The sample standard deviation.
     *
     * @return the square root of {@link #variance()}
     * @throws IllegalStateException when n &lt; 2
     */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * Both statistics pooled, as if their units were one sample (Chan et al.'s parallel update).
     *
     * @param other another statistic (unchanged)
     * @return the pooled statistic
     */
    public MeanStatistic plus(MeanStatistic other) {
        long total = n + other.n;
        if (total == 0) {
            return this;
        }
        double delta = other.mean - mean;
        double pooledMean = mean + delta * other.n / total;
        double m2 = squaredDeviations + other.squaredDeviations + delta * delta * ((double) n * other.n / total);
        return new MeanStatistic(total, pooledMean, m2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeanStatistic other && n == other.n && Double.compare(mean, other.mean) == 0
                && Double.compare(squaredDeviations, other.squaredDeviations) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(n) * 961 + Double.hashCode(mean) * 31 + Double.hashCode(squaredDeviations);
    }

    @Override
    public String toString() {
        if (n < 2) {
            return String.format(Locale.ROOT, "mean %s (n %,d)", Text.number(mean), n);
        }
        return String.format(Locale.ROOT, "mean %s, sd %s (n %,d)", Text.number(mean),
                Text.number(standardDeviation()), n);
    }
}
