package io.retention4j.metrics.rates;

/**
 * Accumulates {@link ChurnRate}: one call per customer with their activity in two consecutive
 * periods. Mergeable across partitions and threads; not thread-safe itself.
 */
public final class ChurnAccumulator {
    private long base;
    private long retained;

    /** An empty accumulator. */
    public ChurnAccumulator() {
    }

    /**
     * Adds one customer.
     *
     * @param activeBefore whether the customer was active in the earlier period
     * @param activeNow    whether the customer is active in the later period
     * @return this accumulator
     */
    public ChurnAccumulator add(boolean activeBefore, boolean activeNow) {
        if (activeBefore) {
            base++;
            if (activeNow) {
                retained++;
            }
        }
        return this;
    }

    /**
     * Adds another accumulator's counts.
     *
     * @param other an accumulator (unchanged)
     * @return this accumulator
     */
    public ChurnAccumulator merge(ChurnAccumulator other) {
        base += other.base;
        retained += other.retained;
        return this;
    }

    /**
     * The churn so far.
     *
     * @return the result
     */
    public ChurnRate result() {
        return new ChurnRate(base, retained);
    }
}
