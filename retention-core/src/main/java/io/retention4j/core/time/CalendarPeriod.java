package io.retention4j.core.time;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.CivilDates;
import io.retention4j.core.internal.ZoneOffsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How instants are grouped into periods: calendar days, weeks or months in a stated zone, or
 * fixed-length buckets on the UTC time line.
 *
 * <p>Periods are numbered: {@link #indexOf(long)} gives the period that contains an instant, and
 * {@link #distance(long, long, TimeScale)} measures the time from the start of one period to the
 * start of another in a {@link TimeScale}. Calendar periods are measured on the <em>local</em> time
 * line of their zone, so two consecutive calendar days are always 1 day apart, even across a
 * daylight-saving change.
 *
 * <ul>
 *   <li>{@link #days(ZoneId)}: index = local epoch day (days since 1970-01-01 in the zone).</li>
 *   <li>{@link #weeks(ZoneId, DayOfWeek)}: weeks starting on the stated day; consecutive weeks have
 *       consecutive indexes (the week that starts between 1969-12-29 and 1970-01-04 has index 0 for
 *       a Monday start).</li>
 *   <li>{@link #months(ZoneId)}: calendar months; index = {@code year * 12 + month - 1}.</li>
 *   <li>{@link #fixed(Duration)}: buckets of a fixed length aligned to the epoch on the UTC time
 *       line (no zone); index = {@code floor(epochMillis / length)}. {@code fixed(Duration.ofMillis(1))}
 *       keeps every distinct millisecond apart.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; the index methods allocate nothing.
 */
public final class CalendarPeriod {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    /** The kind of grouping. */
    public enum Kind {
        /** Calendar days in a zone. */
        DAYS,
        /** Calendar weeks in a zone, starting on a stated day. */
        WEEKS,
        /** Calendar months in a zone. */
        MONTHS,
        /** Fixed-length buckets on the UTC time line. */
        FIXED
    }

    private final Kind kind;
    private final ZoneId zone;              // null for FIXED
    private final DayOfWeek weekStart;      // null unless WEEKS
    private final long fixedMillis;         // 0 unless FIXED
    private final ZoneOffsets offsets;      // null for FIXED
    private final int weekShift;            // epoch day 0 is a Thursday

    private CalendarPeriod(Kind kind, ZoneId zone, DayOfWeek weekStart, long fixedMillis) {
        this.kind = kind;
        this.zone = zone;
        this.weekStart = weekStart;
        this.fixedMillis = fixedMillis;
        this.offsets = zone == null ? null : ZoneOffsets.of(zone);
        // day-of-week of epoch day d is (d + 3) mod 7 with Monday = 0
        this.weekShift = weekStart == null ? 0 : 3 - (weekStart.getValue() - 1);
    }

    /**
     * Calendar days in a zone.
     *
     * @param zone the zone whose midnight starts a day
     * @return the grouping
     */
    public static CalendarPeriod days(ZoneId zone) {
        return new CalendarPeriod(Kind.DAYS, Checks.notNull("zone", zone), null, 0);
    }

    /**
     * Calendar weeks in a zone.
     *
     * @param zone      the zone
     * @param weekStart the first day of each week (ISO: Monday; US: Sunday)
     * @return the grouping
     */
    public static CalendarPeriod weeks(ZoneId zone, DayOfWeek weekStart) {
        return new CalendarPeriod(Kind.WEEKS, Checks.notNull("zone", zone),
                Checks.notNull("weekStart", weekStart), 0);
    }

    /**
     * Calendar months in a zone.
     *
     * @param zone the zone
     * @return the grouping
     */
    public static CalendarPeriod months(ZoneId zone) {
        return new CalendarPeriod(Kind.MONTHS, Checks.notNull("zone", zone), null, 0);
    }

    /**
     * Fixed-length buckets aligned to the epoch on the UTC time line.
     *
     * @param length the bucket length, at least one millisecond, a whole number of milliseconds
     * @return the grouping
     */
    public static CalendarPeriod fixed(Duration length) {
        Checks.notNull("length", length);
        if (length.isNegative() || length.isZero() || length.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException(
                    "length must be a positive whole number of milliseconds, got " + length);
        }
        return new CalendarPeriod(Kind.FIXED, null, null, length.toMillis());
    }

    /**
     * The kind of grouping.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The zone of a calendar grouping.
     *
     * @return the zone; {@link ZoneOffset#UTC} for {@link Kind#FIXED}
     */
    public ZoneId zone() {
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /**
     * The first day of a week, for {@link Kind#WEEKS}.
     *
     * @return the week start, or null for other kinds
     */
    public DayOfWeek weekStart() {
        return weekStart;
    }

    /**
     * The index of the period that contains an instant.
     *
     * @param epochMillis the instant in milliseconds since the epoch
     * @return the period index
     */
    public long indexOf(long epochMillis) {
        switch (kind) {
            case FIXED:
                return Math.floorDiv(epochMillis, fixedMillis);
            case DAYS:
                return Math.floorDiv(offsets.toLocalMillis(epochMillis), MILLIS_PER_DAY);
            case WEEKS:
                return Math.floorDiv(Math.floorDiv(offsets.toLocalMillis(epochMillis), MILLIS_PER_DAY) + weekShift, 7);
            case MONTHS:
                return CivilDates.monthNumber(Math.floorDiv(offsets.toLocalMillis(epochMillis), MILLIS_PER_DAY));
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * The index of the period that contains an instant.
     *
     * @param instant the instant
     * @return the period index
     */
    public long indexOf(Instant instant) {
        return indexOf(Checks.notNull("instant", instant).toEpochMilli());
    }

    /**
     * The start of a period on its local time line: milliseconds since 1970-01-01T00:00 local time
     * (for {@link Kind#FIXED}, UTC).
     *
     * @param index a period index
     * @return the start in local milliseconds
     */
    public long startLocalMillis(long index) {
        switch (kind) {
            case FIXED:
                return index * fixedMillis;
            case DAYS:
                return index * MILLIS_PER_DAY;
            case WEEKS:
                return (index * 7 - weekShift) * MILLIS_PER_DAY;
            case MONTHS:
                return CivilDates.firstDayOfMonth(index) * MILLIS_PER_DAY;
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * The local date-time at which a period starts.
     *
     * @param index a period index
     * @return the start (for {@link Kind#FIXED}, in UTC)
     */
    public LocalDateTime start(long index) {
        return TimeScale.toLocalDateTime(startLocalMillis(index));
    }

    /**
     * The time from the start of one period to the start of another, in a unit, measured on the
     * local time line (so consecutive calendar days are exactly 1 day apart).
     *
     * @param fromIndex the earlier period
     * @param toIndex   the later period
     * @param unit      the unit
     * @return the distance in {@code unit}; negative if {@code toIndex < fromIndex}
     */
    public double distance(long fromIndex, long toIndex, TimeScale unit) {
        return unit.betweenLocalMillis(startLocalMillis(fromIndex), startLocalMillis(toIndex));
    }

    /**
     * The local time from the start of a period to a local instant, in a unit.
     *
     * @param fromIndex        the period
     * @param toEpochMillis    an instant in epoch milliseconds
     * @param unit             the unit
     * @return the distance in {@code unit}
     */
    public double distanceToInstant(long fromIndex, long toEpochMillis, TimeScale unit) {
        long to = kind == Kind.FIXED ? toEpochMillis : offsets.toLocalMillis(toEpochMillis);
        return unit.betweenLocalMillis(startLocalMillis(fromIndex), to);
    }

    private String zoneName() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarPeriod other && kind == other.kind && Objects.equals(zone, other.zone)
                && weekStart == other.weekStart && fixedMillis == other.fixedMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, zone, weekStart, fixedMillis);
    }

    @Override
    public String toString() {
        switch (kind) {
            case FIXED:
                return "fixed " + Duration.ofMillis(fixedMillis) + " buckets (UTC)";
            case WEEKS:
                return "calendar weeks from " + weekStart + " (" + zoneName() + ")";
            default:
                return "calendar " + kind.name().toLowerCase(java.util.Locale.ROOT) + " (" + zoneName() + ")";
        }
    }
}
