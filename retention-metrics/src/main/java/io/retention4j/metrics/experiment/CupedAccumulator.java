package io.retention4j.metrics.experiment;

/**
 * Accumulates a {@link CupedStatistic}: one call per unit (customer) with its outcome after
 * exposure and the same metric before it. Sums are shifted by the first unit's values for
 * precision. Mergeable; not thread-safe itself. {@link #result()} does not reset.
 */
public final class CupedAccumulator {
    private final PairSums sums = new PairSums();

    /** An empty accumulator. */
    public CupedAccumulator() {
    }

    /**
     * Adds one unit.
     *
     * @param post the outcome after exposure, finite
     * @param pre  the pre-period covariate, finite
     * @return this accumulator
     * @throws IllegalArgumentException for NaN or an infinity
     */
    public CupedAccumulator add(double post, double pre) {
        if (!Double.isFinite(post) || !Double.isFinite(pre)) {
            throw new IllegalArgumentException("post and pre must be finite, got " + post + ", " + pre);
        }
        sums.add(post, pre);
        return this;
    }

    /**
     * Adds another accumulator's units (the other is unchanged).
     *
     * @param other an accumulator
     * @return this accumulator
     */
    public CupedAccumulator merge(CupedAccumulator other) {
        sums.merge(other.sums);
        return this;
    }

    /**
     * The statistic so far.
     *
     * @return the result
     */
    public CupedStatistic result() {
        return CupedStatistic.of(sums.result("post", "pre"));
    }
}
