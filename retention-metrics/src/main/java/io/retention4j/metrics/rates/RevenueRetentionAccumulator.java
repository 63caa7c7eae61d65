package io.retention4j.metrics.rates;

/**
 * Accumulates {@link RevenueRetention}: one call per customer with their net revenue in two
 * consecutive periods (customers without revenue in the earlier period are not in the base and are
 * ignored). Mergeable; not thread-safe itself.
 */
public final class RevenueRetentionAccumulator {
    private double start;
    private double retained;
    private double end;

    /** An empty accumulator. */
    public RevenueRetentionAccumulator() {
    }

    /**
     * Adds one customer.
     *
     * @param revenueBefore net revenue in the earlier period, finite
     * @param revenueNow    net revenue in the later period, finite
     * @return this accumulator
     */
    public RevenueRetentionAccumulator add(double revenueBefore, double revenueNow) {
        if (!Double.isFinite(revenueBefore) || !Double.isFinite(revenueNow)) {
            throw new IllegalArgumentException("revenues must be finite, got " + revenueBefore + " and " + revenueNow);
        }
        if (revenueBefore > 0) {
            start += revenueBefore;
            retained += Math.max(0, Math.min(revenueNow, revenueBefore));
            end += revenueNow;
        }
        return this;
    }

    /**
     * Adds another accumulator's sums.
     *
     * @param other an accumulator (unchanged)
     * @return this accumulator
     */
    public RevenueRetentionAccumulator merge(RevenueRetentionAccumulator other) {
        start += other.start;
        retained += other.retained;
        end += other.end;
        return this;
    }

    /**
     * The revenue retention so far.
     *
     * @return the result
     */
    public RevenueRetention result() {
        return new RevenueRetention(start, Math.min(retained, start), end);
    }
}
