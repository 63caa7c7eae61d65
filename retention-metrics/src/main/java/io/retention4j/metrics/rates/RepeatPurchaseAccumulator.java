package io.retention4j.metrics.rates;

/**
 * Accumulates {@link RepeatPurchaseRate}: one call per customer with their number of orders in the
 * window. Mergeable; not thread-safe itself.
 */
public final class RepeatPurchaseAccumulator {
    private long buyers;
    private long repeatBuyers;

    /** An empty accumulator. */
    public RepeatPurchaseAccumulator() {
    }

    /**
     * Adds one customer.
     *
     * @param orders the customer's orders in the window, {@code >= 0}
     * @return this accumulator
     */
    public RepeatPurchaseAccumulator add(int orders) {
        if (orders < 0) {
            throw new IllegalArgumentException("orders must be >= 0, got " + orders);
        }
        if (orders >= 1) {
            buyers++;
        }
        if (orders >= 2) {
            repeatBuyers++;
        }
        return this;
    }

    /**
     * Adds another accumulator's counts.
     *
     * @param other an accumulator (unchanged)
     * @return this accumulator
     */
    public RepeatPurchaseAccumulator merge(RepeatPurchaseAccumulator other) {
        buyers += other.buyers;
        repeatBuyers += other.repeatBuyers;
        return this;
    }

    /**
     * The repeat-purchase rate so far.
     *
     * @return the result
     */
    public RepeatPurchaseRate result() {
        return new RepeatPurchaseRate(buyers, repeatBuyers);
    }
}
