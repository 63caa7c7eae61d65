package io.retention4j.metrics.rates;

/**
 * Accumulates {@link OrderStatistics}: one call per customer with their orders and net revenue in
 * the window (customers without orders are not buyers and are ignored). Mergeable; not thread-safe
 * itself.
 */
public final class OrderAccumulator {
    private long buyers;
    private long orders;
    private double revenue;

    /** An empty accumulator. */
    public OrderAccumulator() {
    }

    /**
     * Adds one customer.
     *
     * @param customerOrders  the customer's orders in the window, {@code >= 0}
     * @param customerRevenue the customer's net revenue in the window, finite
     * @return this accumulator
     */
    public OrderAccumulator add(int customerOrders, double customerRevenue) {
        if (customerOrders < 0 || !Double.isFinite(customerRevenue)) {
            throw new IllegalArgumentException("need orders >= 0 and a finite revenue, got " + customerOrders + ", "
                    + customerRevenue);
        }
        if (customerOrders > 0) {
            buyers++;
            orders += customerOrders;
            revenue += customerRevenue;
        }
        return this;
    }

    /**
     * Adds another accumulator's sums.
     *
     * @param other an accumulator (unchanged)
     * @return this accumulator
     */
    public OrderAccumulator merge(OrderAccumulator other) {
        buyers += other.buyers;
        orders += other.orders;
        revenue += other.revenue;
        return this;
    }

    /**
     * The statistics so far.
     *
     * @return the result
     */
    public OrderStatistics result() {
        return new OrderStatistics(buyers, orders, revenue);
    }
}
