package io.retention4j.metrics.clv;

/**
 * Customers drawn from a BG/BB model: what would be observed (x, t_x, n) and the hidden truth
 * (whether each one is still alive at opportunity n, that is has not dropped out at any of the
 * opportunities 1..n). Arrays are owned by the record: treat them as read-only.
 *
 * @param x     repeat transactions per customer
 * @param tx    opportunity of the last repeat transaction per customer (0 if none)
 * @param n     opportunities per customer
 * @param alive whether the customer is still alive at opportunity n
 */
public record SimulatedBgBbCustomers(int[] x, int[] tx, int[] n, boolean[] alive) {

    /**
     * The observed part as model input.
     *
     * @return the data (compressed)
     */
    public BgBbData data() {
        return BgBbData.of(x, tx, n);
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
