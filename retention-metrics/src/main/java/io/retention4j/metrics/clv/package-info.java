/**
 * Customer lifetime value: the "buy till you die" model family, fitted by maximum likelihood, with
 * predictions, CLV and holdout validation.
 *
 * <p>Input: an {@link io.retention4j.core.summary.RfmSummary} or {@link io.retention4j.metrics.clv.BtydData}
 * (frequency, recency, age in one time unit). Every model keeps the unit of its data; every time
 * argument of a prediction is in that unit.
 */
package io.retention4j.metrics.clv;
