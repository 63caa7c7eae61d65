/**
 * Retention rates: customer churn and retention, revenue retention (gross and net), repeat-purchase
 * rate, purchase frequency, average order value and historical CLV, per period, by segment and as
 * mergeable accumulators.
 */
package io.retention4j.metrics.rates;
