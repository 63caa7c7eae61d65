package io.retention4j.metrics.survival;

import java.util.Locale;

/**
 * The discrete churn hazard of one tenure window: the probability of churning in the window for a
 * customer still active at its start.
 *
 * @param label          the window's label
 * @param start          the window start (inclusive), in the unit of the durations
 * @param end            the window end (exclusive), possibly positive infinity
 * @param atRiskAtStart  n: customers with tenure {@code >= start} (still active, or censored no earlier than the
 *                       start); weighted when the data has weights
 * @param events         d: customers who churned with tenure in {@code [start, end)}
 * @param censored       c: customers censored with tenure in {@code [start, end)}
 * @param denominator    the denominator under the censoring convention: n, or {@code n - c / 2} (actuarial)
 * @param hazard         {@code d / denominator}; NaN when nobody is at risk (see {@link #hasCustomersAtRisk()})
 * @param lower          the lower Wilson score bound of the hazard; NaN when nobody is at risk
 * @param upper          the upper Wilson score bound; NaN when nobody is at risk
 */
public record WindowHazard(String label, double start, double end, double atRiskAtStart, double events,
                           double censored, double denominator, double hazard, double lower, double upper) {

    /**
     * Whether anyone was at risk at the window start (otherwise the hazard is undefined, NaN).
     *
     * @return the flag
     */
    public boolean hasCustomersAtRisk() {
        return denominator > 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s of %s churned, hazard %.4f [%.4f, %.4f]", label,
                Format.count(events), Format.count(denominator), hazard, lower, upper);
    }
}
