package io.retention4j.core.summary;

/**
 * One customer's BTYD sufficient statistics (see {@link RfmSummary} for the definitions).
 *
 * @param customerId    the customer id
 * @param frequency     x: the number of repeat periods with a purchase
 * @param recency       t_x: time from the first to the last purchase period, in the summary's unit
 * @param T             age: time from the first purchase period to the observation end's period
 * @param monetaryValue mean value of the repeat periods (0 when frequency is 0)
 */
public record RfmRow(String customerId, int frequency, double recency, double T, double monetaryValue) {
}
