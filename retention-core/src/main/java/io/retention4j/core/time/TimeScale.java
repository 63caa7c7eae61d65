package io.retention4j.core.time;

import io.retention4j.core.internal.Checks;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The unit in which a duration is reported (recency, customer age T, holdout length, ...).
 *
 * <p>Every scale is explicit about its length: {@link #DAYS} is 24 hours of local time, {@link #WEEKS}
 * is exactly 7 days, {@link #months(double)} is a month of a stated number of days (for example
 * 30, or 365.2425 / 12), and {@link #CALENDAR_MONTHS} counts calendar months: whole months plus the
 * fraction of the next month elapsed. Results that depend on a unit carry the scale they were
 * measured in.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TimeScale {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    /** Hours of 3,600 seconds. */
    public static final TimeScale HOURS = new TimeScale("hours", 3_600_000d);
    /** Days of 24 hours (of local time, so a calendar day across a DST change still counts as 1). */
    public static final TimeScale DAYS = new TimeScale("days", MILLIS_PER_DAY);
    /** Weeks of exactly 7 days. */
    public static final TimeScale WEEKS = new TimeScale("weeks", 7d * MILLIS_PER_DAY);
    /** Years of 365.2425 days (the mean Gregorian year). */
    public static final TimeScale YEARS = new TimeScale("years", 365.2425d * MILLIS_PER_DAY);
    /**
     * Calendar months: from one local date-time to another, the number of whole calendar months plus
     * the elapsed fraction of the following month (for example 2026-01-31 to 2026-03-15 is 1 whole
     * month to 2026-02-28, then 15 of the 31 days from 2026-02-28 to 2026-03-31: 1.4839). The whole
     * months are the largest k with {@code from.plusMonths(k) <= to} ({@code plusMonths} clamps to the
     * month end), so for {@code to} on or after {@code from} the result grows continuously and
     * monotonically with {@code to}. Backwards it is {@code -between(to, from)}.
     */
    public static final TimeScale CALENDAR_MONTHS = new TimeScale("calendar months", Double.NaN);

    private final String name;
    private final double lengthMillis; // NaN for calendar months

    private TimeScale(String name, double lengthMillis) {
        this.name = name;
        this.lengthMillis = lengthMillis;
    }

    /**
     * A scale of a stated number of days.
     *
     * @param name a readable name, for example "fortnights"
     * @param days the length of one unit in days, positive, and finite also when converted to
     *             milliseconds
     * @return the scale
     */
    public static TimeScale ofDays(String name, double days) {
        Checks.notBlank("name", name);
        if (!(days > 0) || !Double.isFinite(days * MILLIS_PER_DAY)) {
            throw new IllegalArgumentException(
                    "days must be positive and finite (also in milliseconds), got " + days);
        }
        return new TimeScale(name, days * MILLIS_PER_DAY);
    }

    /**
     * Months of a stated length in days, for example {@code months(30)} or {@code months(365.2425 / 12)}.
     *
     * @param daysPerMonth the length of a month in days, positive and finite
     * @return the scale, named "months of N days"
     */
    public static TimeScale months(double daysPerMonth) {
        return ofDays("months of " + trim(daysPerMonth) + " days", daysPerMonth);
    }

    private static String trim(double v) {
        // whole numbers without ".0", but only where the long conversion is exact (not saturated)
        return v == Math.rint(v) && Math.abs(v) < 0x1p53 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The name of the unit ("days", "weeks", "months of 30 days", "calendar months").
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Whether this is {@link #CALENDAR_MONTHS}, whose length varies.
     *
     * @return true for calendar months
     */
    public boolean isCalendarMonths() {
        return Double.isNaN(lengthMillis);
    }

    /**
     * The fixed length of one unit in milliseconds.
     *
     * @return the length
     * @throws IllegalStateException for {@link #CALENDAR_MONTHS}, which has no fixed length
     */
    public double lengthMillis() {
        if (isCalendarMonths()) {
            throw new IllegalStateException("calendar months have no fixed length");
        }
        return lengthMillis;
    }

    /**
     * A duration in this unit.
     *
     * @param duration the duration
     * @return {@code duration / length}
     * @throws IllegalStateException for {@link #CALENDAR_MONTHS}; use {@link #between} instead
     */
    public double convert(Duration duration) {
        Checks.notNull("duration", duration);
        return (duration.getSeconds() * 1000d + duration.getNano() / 1e6) / lengthMillis();
    }

    /**
     * The local time elapsed from one date-time to another, in this unit. Negative when {@code to}
     * is before {@code from}.
     *
     * @param from the start
     * @param to   the end
     * @return the elapsed time in this unit
     */
    public double between(LocalDateTime from, LocalDateTime to) {
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        if (!isCalendarMonths()) {
            long millis = Duration.between(from.toInstant(ZoneOffset.UTC), to.toInstant(ZoneOffset.UTC)).toMillis();
            return millis / lengthMillis;
        }
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        // until() counts a month only once the day of month is reached again, but plusMonths clamps to
        // the month end (Jan 31 + 1 month = Feb 28): the whole months are the largest k with
        // from.plusMonths(k) <= to, which may be one more than until()
        long whole = from.until(to, ChronoUnit.MONTHS);
        while (!from.plusMonths(whole + 1).isAfter(to)) {
            whole++;
        }
        LocalDateTime anchor = from.plusMonths(whole);
        LocalDateTime next = from.plusMonths(whole + 1);
        double part = Duration.between(anchor, to).toMillis();
        double month = Duration.between(anchor, next).toMillis();
        return whole + part / month;
    }

    /**
     * Local milliseconds (see {@link CalendarPeriod}) elapsed from one local instant to another, in
     * this unit.
     *
     * @param fromLocalMillis start, epoch milliseconds of a local date-time read as UTC
     * @param toLocalMillis   end, same convention
     * @return the elapsed time in this unit
     */
    double betweenLocalMillis(long fromLocalMillis, long toLocalMillis) {
        if (!isCalendarMonths()) {
            return (toLocalMillis - fromLocalMillis) / lengthMillis;
        }
        return between(toLocalDateTime(fromLocalMillis), toLocalDateTime(toLocalMillis));
    }

    static LocalDateTime toLocalDateTime(long localMillis) {
        long seconds = Math.floorDiv(localMillis, 1000L);
        int nanos = (int) Math.floorMod(localMillis, 1000L) * 1_000_000;
        return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeScale other && name.equals(other.name)
                && Double.compare(lengthMillis, other.lengthMillis) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, lengthMillis);
    }

    @Override
    public String toString() {
        return name;
    }
}
