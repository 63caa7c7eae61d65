package io.retention4j.metrics.experiment;

/**
 * Accumulates a {@link RatioStatistic}: one call per unit (customer) with its numerator and
 * denominator (for revenue per order: the customer's revenue and orders). Sums are shifted by the
 * first unit's values for precision. Mergeable; not thread-safe itself. {@link #result()} does not
 * reset.
 */
public final class RatioAccumulator {
    private final PairSums sums = new PairSums();

    /** An empty accumulator. */
    public RatioAccumulator() {
    }

    /**
     * Adds one unit.
     *
     * @param numerator   the unit's numerator, finite
     * @param denominator the unit's denominator, finite
     * @return this accumulator
     * @throws IllegalArgumentException for NaN or an infinity
     */
    public RatioAccumulator add(double numerator, double denominator) {
        if (!Double.isFinite(numerator) || !Double.isFinite(denominator)) {
            throw new IllegalArgumentException("numerator and denominator must be finite, got " + numerator + ", "
                    + denominator);
        }
        sums.add(numerator, denominator);
        return this;
    }

    /**
     * Adds another accumulator's units (the other is unchanged).
     *
     * @param other an accumulator
     * @return this accumulator
     */
    public RatioAccumulator merge(RatioAccumulator other) {
        sums.merge(other.sums);
        return this;
    }

    /**
     * The statistic so far.
     *
     * @return the result
     */
    public RatioStatistic result() {
        return RatioStatistic.of(sums.result("numerator", "denominator"));
    }
}
