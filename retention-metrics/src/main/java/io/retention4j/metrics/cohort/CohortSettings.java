package io.retention4j.metrics.cohort;

import io.retention4j.core.time.CalendarPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The choices behind a cohort table, as resolved when it was computed.
 *
 * @param startEvent    what puts a customer into a cohort, in words ("purchases", "sign-ups", ...)
 * @param returnEvent   what counts as a return, in words
 * @param period        the calendar period of cohorts (and of return periods when {@code window} is
 *                      zero)
 * @param window        the length of each customer's rolling return windows, measured from their
 *                      start event; {@link Duration#ZERO} when returns are placed in calendar periods
 * @param cohorting     first-time or recurring cohorts
 * @param mode          "on" or "on or after"
 * @param minimumEvents the minimum number of return events in one period for a return to count,
 *                      {@code >= 1}
 * @param beforeStart   what happens to return events before the first start event
 * @param from          the start of the first cohort period
 * @param until         the end of the observation window, exclusive ({@code >= from})
 */
public record CohortSettings(String startEvent, String returnEvent, CalendarPeriod period, Duration window,
                             Cohorting cohorting, ReturnMode mode, int minimumEvents, BeforeStart beforeStart,
                             Instant from, Instant until) {

    /**
     * Creates settings, validating every field.
     *
     * @param startEvent    what puts a customer into a cohort, non-null
     * @param returnEvent   what counts as a return, non-null
     * @param period        the cohort period, non-null
     * @param window        the rolling window length, zero or positive
     * @param cohorting     first-time or recurring, non-null
     * @param mode          "on" or "on or after", non-null
     * @param minimumEvents {@code >= 1}
     * @param beforeStart   the policy for early returns, non-null
     * @param from          the start of the first cohort, non-null
     * @param until         the exclusive end, not before {@code from}
     * @throws IllegalArgumentException naming the field of an out-of-range value
     */
    public CohortSettings {
        Objects.requireNonNull(startEvent, "startEvent must not be null");
        Objects.requireNonNull(returnEvent, "returnEvent must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(window, "window must not be null");
        Objects.requireNonNull(cohorting, "cohorting must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(beforeStart, "beforeStart must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(until, "until must not be null");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must be zero (calendar periods) or positive, got " + window);
        }
        if (minimumEvents < 1) {
            throw new IllegalArgumentException("minimumEvents must be >= 1, got " + minimumEvents);
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until (" + until + ") must not be before from (" + from + ")");
        }
    }

    /**
     * Whether returns are placed in rolling per-customer windows rather than calendar periods.
     *
     * @return {@code !window.isZero()}
     */
    public boolean isRolling() {
        return !window.isZero();
    }

    @Override
    public String toString() {
        String returns = isRolling()
                ? "returns (" + returnEvent + ") in windows of " + window + " from each member's start"
                : "returns (" + returnEvent + ") by " + period;
        return String.format(Locale.ROOT, "%s cohorts by %s, start = %s; %s; %s; at least %d return event%s per "
                        + "period; observed %s .. %s (exclusive)",
                cohorting == Cohorting.FIRST_TIME ? "first-time" : "recurring", period, startEvent, returns,
                mode == ReturnMode.ON ? "on" : "on or after", minimumEvents, minimumEvents == 1 ? "" : "s",
                from, until);
    }
}
