package io.retention4j.core.summary;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The options every summary builder shares: the period that merges purchases, the unit of
 * durations, the observation end, and whether large logs may be summarized in parallel.
 *
 * @param <B> the builder type, returned by the setters
 */
abstract class SummaryOptions<B extends SummaryOptions<B>> {
    CalendarPeriod period = CalendarPeriod.days(ZoneOffset.UTC);
    TimeScale unit = TimeScale.DAYS;
    EndPoint observationEnd;
    boolean parallel = true;

    abstract B self();

    /**
     * The period that merges purchases (default: calendar days in UTC).
     *
     * @param period the period
     * @return this builder
     */
    public B period(CalendarPeriod period) {
        this.period = Checks.notNull("period", period);
        return self();
    }

    /**
     * The unit in which durations (recency, T, holdout length) are reported (default: days).
     *
     * @param unit the unit
     * @return this builder
     */
    public B unit(TimeScale unit) {
        this.unit = Checks.notNull("unit", unit);
        return self();
    }

    /**
     * The last instant observed, inclusive; later transactions are ignored.
     *
     * @param end the observation end
     * @return this builder
     */
    public B observationEnd(Instant end) {
        this.observationEnd = EndPoint.at(Checks.notNull("observationEnd", end));
        return self();
    }

    /**
     * The observation end as the last millisecond of a date in the period's zone (resolved when the
     * summary is built), so that every purchase on that date counts.
     *
     * @param lastDay the last observed day
     * @return this builder
     */
    public B observationEnd(LocalDate lastDay) {
        this.observationEnd = EndPoint.endOf(Checks.notNull("observationEnd", lastDay));
        return self();
    }

    /**
     * Whether a large log (at least 65,536 customers) is summarized on the common fork-join pool,
     * one chunk of customers per task (default true). Turn it off to keep the work on the calling
     * thread, for example inside a service that sizes its own thread pools.
     *
     * @param enabled true to allow parallel work
     * @return this builder
     */
    public B parallel(boolean enabled) {
        this.parallel = enabled;
        return self();
    }

    /** The resolved observation end, or an exception naming the missing setter. */
    Instant requireObservationEnd() {
        if (observationEnd == null) {
            throw new IllegalStateException("observationEnd is not set: call observationEnd(Instant) "
                    + "or observationEnd(LocalDate) before build");
        }
        return observationEnd.resolve(period);
    }
}
