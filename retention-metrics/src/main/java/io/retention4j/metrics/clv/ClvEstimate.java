package io.retention4j.metrics.clv;

/**
 * One customer's lifetime value and its two factors (see {@link CustomerLifetimeValue}).
 *
 * @param customerId          the customer
 * @param value               the discounted expected value: {@code discountedPurchases × expectedSpend},
 *                            in the currency of the spend model
 * @param discountedPurchases the discounted expected number of purchases over the horizon
 * @param expectedSpend       the expected spend per purchase, E[M | x, m̄] (the population mean for x = 0)
 */
public record ClvEstimate(String customerId, double value, double discountedPurchases, double expectedSpend) {
}
