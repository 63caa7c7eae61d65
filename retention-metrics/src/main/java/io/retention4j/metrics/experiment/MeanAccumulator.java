package io.retention4j.metrics.experiment;

/**
 * Accumulates a {@link MeanStatistic}: one value per unit (customer). Keeps n and sums shifted by the
 * first value, so that large means lose no precision, with no division per value. Mergeable
 * ({@code add / merge / result}, as Hipparchus' statistics); not thread-safe itself: use one per
 * thread or partition and merge them. {@link #result()} does not reset.
 */
public final class MeanAccumulator {
    private long n;
    private double shift;
    private double s1;
    private double s2;

    /** An empty accumulator. */
    public MeanAccumulator() {
    }

    /**
     * Adds one unit's value.
     *
     * @param value a finite number
     * @return this accumulator
     * @throws IllegalArgumentException for NaN or an infinity
     */
    public MeanAccumulator add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number, got " + value);
        }
        accept(value);
        return this;
    }

    /**
     * Adds many units' values.
     *
     * @param values finite numbers
     * @return this accumulator
     * @throws IllegalArgumentException naming the index of the first value that is not finite
     *                                  (nothing is added then)
     */
    public MeanAccumulator addAll(double[] values) {
        Require.nonNull("values", values);
        if (values.length == 0) {
            return this;
        }
        // one pass into local sums, committed only when every value was finite
        double k = n == 0 ? values[0] : shift;
        double a1 = 0;
        double a2 = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values[" + i + "] must be a finite number, got " + v);
            }
            double d = v - k;
            a1 += d;
            a2 += d * d;
        }
        shift = k;
        n += values.length;
        s1 += a1;
        s2 += a2;
        return this;
    }

    private void accept(double value) {
        if (n == 0) {
            shift = value;
        }
        double d = value - shift;
        n++;
        s1 += d;
        s2 += d * d;
    }

    /**
     * Adds another accumulator's units (the other is unchanged).
     *
     * @param other an accumulator
     * @return this accumulator
     */
    public MeanAccumulator merge(MeanAccumulator other) {
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            shift = other.shift;
        }
        double d = other.shift - shift;
        s2 += other.s2 + 2 * d * other.s1 + other.n * d * d;
        s1 += other.s1 + other.n * d;
        n += other.n;
        return this;
    }

    /**
     * The number of values added so far.
     *
     * @return n
     */
    public long count() {
        return n;
    }

    /**
     * The statistic of the values added so far.
     *
     * @return the result
     */
    public MeanStatistic result() {
        return n == 0 ? MeanStatistic.ofCentral(0, 0, 0) : MeanStatistic.ofCentral(n, shift + s1 / n, s2 - s1 * s1 / n);
    }
}
