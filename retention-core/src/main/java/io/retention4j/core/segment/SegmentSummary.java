package io.retention4j.core.segment;

import java.util.OptionalDouble;

/**
 * The customers of one segment and their raw RFM values.
 *
 * @param segment         the segment name
 * @param customers       how many customers it holds
 * @param share           customers / scored customers of the population; 0 when nobody was scored
 * @param sumRecencyDays  the sum of their days since the last purchase
 * @param sumOrders       the sum of their orders
 * @param sumMonetary     the sum of their monetary values (total spend or average order value,
 *                        as scored)
 */
public record SegmentSummary(String segment, int customers, double share, double sumRecencyDays, long sumOrders,
                             double sumMonetary) {
    /**
     * The mean days since the last purchase: {@code sumRecencyDays / customers}.
     *
     * @return the mean, or empty for an empty segment
     */
    public OptionalDouble meanRecencyDays() {
        return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumRecencyDays / customers);
    }

    /**
     * The mean number of orders: {@code sumOrders / customers}.
     *
     * @return the mean, or empty for an empty segment
     */
    public OptionalDouble meanOrders() {
        return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sumOrders / customers);
    }

    /**
     * The mean monetary value, e.g. the mean total spend: {@code sumMonetary / customers}.
     *
     * @return the mean, or empty for an empty segment
     */
    public OptionalDouble meanMonetary() {
        return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumMonetary / customers);
    }
}
