package io.retention4j.metrics.survival;

import io.retention4j.core.time.TimeScale;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * When a customer counts as churned: after a stated gap without a purchase, as seen at a stated
 * observation end, with durations reported in a stated unit.
 *
 * <p>Definition. A customer's activity moments are the origin (the first purchase, or the sign-up
 * when customers are given) and every purchase after it (a purchase is a transaction with amount
 * {@code >= 0}; refunds do not count as activity). Going through the moments in time order, the
 * customer churns at {@code m + gap} for the first moment {@code m} that is not followed by a
 * purchase in {@code (m, m + gap]}, provided {@code m + gap <= observationEnd}: a purchase exactly at
 * {@code m + gap} keeps the customer, and at {@code m + gap = observationEnd} the churn is observed.
 * The duration of a churned customer is {@code churn time - origin}; a customer whose current gap
 * is still open at the observation end ({@code m + gap > observationEnd}) is censored with duration
 * {@code observationEnd - origin}. Only the first churn counts: a customer who comes back later has
 * still churned at the first gap (time to first churn).
 *
 * <p>Immutable and thread-safe.
 */
public final class ChurnDefinition {
    private final Duration gap;
    private final Instant observationEnd;
    private final TimeScale unit;

    private ChurnDefinition(Duration gap, Instant observationEnd, TimeScale unit) {
        this.gap = gap;
        this.observationEnd = observationEnd;
        this.unit = unit;
    }

    /**
     * Churn after {@code gap} without a purchase.
     *
     * @param gap            the inactivity that means churn, positive (for example {@code Duration.ofDays(30)})
     * @param observationEnd the end of the data: churn after it is not yet known (censoring)
     * @param unit           the unit of the durations, a fixed-length scale (not calendar months)
     * @return the definition
     * @throws IllegalArgumentException for a gap that is not positive or a unit without fixed length
     */
    public static ChurnDefinition noPurchaseFor(Duration gap, Instant observationEnd, TimeScale unit) {
        Args.notNull("gap", gap);
        Args.notNull("observationEnd", observationEnd);
        Args.notNull("unit", unit);
        if (gap.isNegative() || gap.isZero()) {
            throw new IllegalArgumentException("gap must be positive, got " + gap);
        }
        if (unit.isCalendarMonths()) {
            throw new IllegalArgumentException("unit must have a fixed length (days, weeks, months of N days, ...), "
                    + "got " + unit);
        }
        return new ChurnDefinition(gap, observationEnd, unit);
    }

    /**
     * The inactivity gap that means churn.
     *
     * @return the gap
     */
    public Duration gap() {
        return gap;
    }

    /**
     * The observation end.
     *
     * @return the instant
     */
    public Instant observationEnd() {
        return observationEnd;
    }

    /**
     * The unit of the durations.
     *
     * @return the unit
     */
    public TimeScale unit() {
        return unit;
    }

    long gapMillis() {
        return gap.toMillis();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChurnDefinition other && gap.equals(other.gap)
                && observationEnd.equals(other.observationEnd) && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gap, observationEnd, unit);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "churn after %s %s without a purchase, observed to %s",
                Format.number(unit.convert(gap)), unit, observationEnd);
    }
}
