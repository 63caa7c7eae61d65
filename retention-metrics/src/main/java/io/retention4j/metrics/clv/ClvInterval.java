package io.retention4j.metrics.clv;

/**
 * One customer's lifetime value with its bootstrap interval (see {@link ClvIntervals}).
 *
 * @param customerId the customer
 * @param value      the point estimate, at the fitted parameters
 * @param lower      the lower percentile of the bootstrap values
 * @param upper      the upper percentile of the bootstrap values
 */
public record ClvInterval(String customerId, double value, double lower, double upper) {
}
