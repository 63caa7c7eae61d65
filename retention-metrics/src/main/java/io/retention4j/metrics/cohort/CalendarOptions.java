package io.retention4j.metrics.cohort;

import io.retention4j.core.time.CalendarPeriod;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The options that place customers' activity in numbered calendar periods and bound the observed
 * time: the period (hours, days, weeks or months), the zone, the first day of a week, and the
 * observation window. Shared by the cohort and lifecycle builders.
 *
 * <p>Defaults: calendar days in UTC, weeks starting on Monday (ISO), the window from the first to
 * just after the last activity. Every setter checks its value at once; options that only make sense
 * together (a week start without weekly periods, a window that ends before it begins) are checked
 * when the result is computed. Builders are not thread-safe.
 *
 * @param <B> the builder type, returned by the setters
 */
public abstract class CalendarOptions<B extends CalendarOptions<B>> {
    private ChronoUnit unit = ChronoUnit.DAYS;
    private CalendarPeriod explicitPeriod;
    private ZoneId zone;
    private DayOfWeek weekStart;
    private Instant fromInstant;
    private LocalDate fromDay;
    private Instant untilInstant;
    private LocalDate lastDay;

    /** For subclasses. */
    protected CalendarOptions() {
    }

    /**
     * This builder, typed.
     *
     * @return {@code this}
     */
    protected abstract B self();

    /**
     * The calendar period: {@link ChronoUnit#HOURS} (one-hour buckets on the UTC time line, which
     * coincide with local hours in zones whose offset is a whole number of hours),
     * {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} (starting on {@link #weekStart}) or
     * {@link ChronoUnit#MONTHS} in {@link #zone}.
     *
     * @param period one of HOURS, DAYS, WEEKS, MONTHS
     * @return this builder
     * @throws IllegalArgumentException for any other unit
     */
    public B period(ChronoUnit period) {
        Objects.requireNonNull(period, "period must not be null");
        if (period != ChronoUnit.HOURS && period != ChronoUnit.DAYS && period != ChronoUnit.WEEKS
                && period != ChronoUnit.MONTHS) {
            throw new IllegalArgumentException("period must be HOURS, DAYS, WEEKS or MONTHS, got " + period.name());
        }
        this.unit = period;
        this.explicitPeriod = null;
        return self();
    }

    /**
     * A calendar period given in full (its own zone and week start), for example
     * {@code CalendarPeriod.fixed(Duration.ofHours(6))}.
     *
     * @param period the grouping
     * @return this builder
     * @throws IllegalArgumentException when {@link #zone} or {@link #weekStart} was set: the period
     *                                  already fixes both
     */
    public B period(CalendarPeriod period) {
        Objects.requireNonNull(period, "period must not be null");
        if (zone != null || weekStart != null) {
            throw new IllegalArgumentException("period(" + period + ") fixes its own zone and week start, "
                    + "but zone or weekStart was set; set one or the other");
        }
        this.explicitPeriod = period;
        return self();
    }

    /**
     * The zone whose midnight starts a day (default UTC). Also the zone of
     * {@link #from(LocalDate)} and {@link #through(LocalDate)}.
     *
     * @param zone the zone
     * @return this builder
     * @throws IllegalArgumentException when a full {@link CalendarPeriod} was set
     */
    public B zone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone must not be null");
        requireNoExplicitPeriod("zone");
        this.zone = zone;
        return self();
    }

    /**
     * The zone by id, for example {@code "Europe/Berlin"} or {@code "+02:00"}.
     *
     * @param zoneId a region id or offset
     * @return this builder
     * @throws IllegalArgumentException naming the id when it is not a known zone
     */
    public B zone(String zoneId) {
        Objects.requireNonNull(zoneId, "zone must not be null");
        ZoneId parsed;
        try {
            parsed = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown zone '" + zoneId + "': " + e.getMessage(), e);
        }
        return zone(parsed);
    }

    /**
     * The first day of a week, for weekly periods (default Monday, as ISO 8601; US calendars start
     * on Sunday).
     *
     * @param day the first day
     * @return this builder
     * @throws IllegalArgumentException when a full {@link CalendarPeriod} was set
     */
    public B weekStart(DayOfWeek day) {
        Objects.requireNonNull(day, "weekStart must not be null");
        requireNoExplicitPeriod("weekStart");
        this.weekStart = day;
        return self();
    }

    /**
     * The start of the observation window: the first period is the one that contains this instant
     * (the window starts at that period's start). Default: the period of the earliest activity.
     *
     * @param first an instant
     * @return this builder
     */
    public B from(Instant first) {
        this.fromInstant = Objects.requireNonNull(first, "from must not be null");
        this.fromDay = null;
        checkOrder();
        return self();
    }

    /**
     * The start of the observation window as a day in {@link #zone}: the first period is the one
     * that contains the start of that day.
     *
     * @param firstDay the first observed day
     * @return this builder
     */
    public B from(LocalDate firstDay) {
        this.fromDay = Objects.requireNonNull(firstDay, "from must not be null");
        this.fromInstant = null;
        checkOrder();
        return self();
    }

    /**
     * The end of the observation window, exclusive: activity at or after this instant is not
     * observed, and a period that ends after it is incomplete. Default: one millisecond after the
     * latest activity.
     *
     * @param end the first instant not observed
     * @return this builder
     */
    public B until(Instant end) {
        this.untilInstant = Objects.requireNonNull(end, "until must not be null");
        this.lastDay = null;
        checkOrder();
        return self();
    }

    /**
     * The end of the observation window as the last observed day in {@link #zone}, inclusive: the
     * window ends at the start of the next day.
     *
     * @param lastObservedDay the last observed day
     * @return this builder
     */
    public B through(LocalDate lastObservedDay) {
        this.lastDay = Objects.requireNonNull(lastObservedDay, "through must not be null");
        this.untilInstant = null;
        checkOrder();
        return self();
    }

    private void requireNoExplicitPeriod(String setter) {
        if (explicitPeriod != null) {
            throw new IllegalArgumentException(setter + " cannot be set: period(" + explicitPeriod
                    + ") already fixes the zone and week start");
        }
    }

    private void checkOrder() {
        if (fromInstant != null && untilInstant != null && !untilInstant.isAfter(fromInstant)) {
            throw new IllegalArgumentException("until (" + untilInstant + ") must be after from (" + fromInstant + ")");
        }
        if (fromDay != null && lastDay != null && lastDay.isBefore(fromDay)) {
            throw new IllegalArgumentException("through (" + lastDay + ") must not be before from (" + fromDay + ")");
        }
    }

    /**
     * The calendar period the options describe.
     *
     * @return the grouping
     * @throws IllegalArgumentException when a week start was set for periods that are not weeks
     */
    protected final CalendarPeriod resolvedPeriod() {
        if (explicitPeriod != null) {
            return explicitPeriod;
        }
        if (weekStart != null && unit != ChronoUnit.WEEKS) {
            throw new IllegalArgumentException("weekStart(" + weekStart + ") applies to weekly periods only, "
                    + "but the period is " + unit.name());
        }
        ZoneId z = resolvedZone();
        switch (unit) {
            case HOURS:
                return CalendarPeriod.fixed(Duration.ofHours(1));
            case WEEKS:
                return CalendarPeriod.weeks(z, weekStart == null ? DayOfWeek.MONDAY : weekStart);
            case MONTHS:
                return CalendarPeriod.months(z);
            default:
                return CalendarPeriod.days(z);
        }
    }

    /**
     * The zone: the full period's zone when one was set, else {@link #zone}, else UTC.
     *
     * @return the zone
     */
    protected final ZoneId resolvedZone() {
        if (explicitPeriod != null) {
            return explicitPeriod.zone();
        }
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /**
     * The start of the observation window as set.
     *
     * @param fallback the value to use when no start was set
     * @return epoch milliseconds
     */
    protected final long fromMillis(long fallback) {
        if (fromInstant != null) {
            return fromInstant.toEpochMilli();
        }
        return fromDay == null ? fallback : fromDay.atStartOfDay(resolvedZone()).toInstant().toEpochMilli();
    }

    /**
     * The end of the observation window as set, exclusive.
     *
     * @param fallback the value to use when no end was set
     * @return epoch milliseconds
     */
    protected final long untilMillis(long fallback) {
        if (untilInstant != null) {
            return untilInstant.toEpochMilli();
        }
        return lastDay == null ? fallback : lastDay.plusDays(1).atStartOfDay(resolvedZone()).toInstant().toEpochMilli();
    }
}
