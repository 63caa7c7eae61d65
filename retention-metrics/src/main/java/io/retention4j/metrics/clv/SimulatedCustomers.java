package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;

/**
 * Customers drawn from a transaction model: what would be observed (x, t_x, T) and the hidden truth
 * (whether each one is still alive at T). Arrays are owned by the record: treat them as read-only.
 *
 * @param x     frequency (repeat purchases) per customer
 * @param tx    recency per customer
 * @param T     age per customer
 * @param alive whether the customer is still alive at T
 * @param unit  the unit of t_x and T
 */
public record SimulatedCustomers(int[] x, double[] tx, double[] T, boolean[] alive, TimeScale unit) {

    /**
     * The observed part as model input.
     *
     * @return the data (compressed)
     */
    public BtydData data() {
        return BtydData.of(x, tx, T, unit);
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    public int size() {
        return x.length;
    }
}
