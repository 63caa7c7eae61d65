package io.retention4j.core.segment;

/** Which spend the monetary score ranks. */
public enum MonetaryMeasure {
    /** The sum of purchase amounts ({@link io.retention4j.core.profile.CustomerProfile#totalSpend()}). */
    TOTAL_SPEND,
    /**
     * Total spend divided by the number of orders
     * ({@link io.retention4j.core.profile.CustomerProfile#averageOrderValue()}).
     */
    AVERAGE_ORDER_VALUE
}
