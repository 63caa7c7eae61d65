package io.retention4j.loyalty.internal;

import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Every calendar computation of a program, in its zone. Immutable and thread-safe.
 *
 * <p>Periods are added on the local time line ({@link ZonedDateTime#plus}), so a day is a calendar
 * day across DST changes and one month from 31 January is the last day of February. When the local
 * result does not exist (a spring-forward gap) it moves forward by the length of the gap
 * (02:30 becomes 03:30); when it exists twice (a fall-back overlap) it keeps the offset of the
 * starting instant if that offset is valid at the result, otherwise it takes the earlier one.
 *
 * <p>Every boundary (of a day, week, month, year, membership year or expiry at the end of a month or
 * year) is the first instant of a local day, {@link LocalDate#atStartOfDay(ZoneId)}: usually 00:00,
 * but 01:00 in a zone whose clocks jump from 00:00 to 01:00 that day (America/Sao_Paulo on
 * 2018-11-04), the first of the two 00:00s where midnight repeats, and for a day a zone skipped
 * entirely (Pacific/Kwajalein 1993-08-21, Pacific/Apia 2011-12-30) the start of the next day.
 * Periods are half-open: an instant belongs to the period whose start is at or before it and whose
 * end is after it, so 23:59:59.999 on 31 December belongs to the old year and 00:00 on 1 January to
 * the new one.
 */
public final class ProgramCalendar {
    /** Far enough to precede and follow any real activity, near enough that adding to it never overflows. */
    private static final long FOREVER_DAYS = 365L * 10_000;

    private final ZoneId zone;
    private final LocalShift shift;

    /**
     * A calendar in a zone.
     *
     * @param zone the program's zone
     */
    public ProgramCalendar(ZoneId zone) {
        this.zone = Require.notNull("zone", zone);
        this.shift = new LocalShift(zone);
    }

    /**
     * The program's zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The local date of an instant.
     *
     * @param at an instant
     * @return its date in the zone
     */
    public LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * The first instant of a local date.
     *
     * @param date a date
     * @return the earliest instant whose local date is {@code date} (01:00 when midnight falls in a gap)
     */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /**
     * An instant plus a period on the local time line (see the class description for gaps and overlaps).
     *
     * @param at     the start
     * @param period the period to add (may be negative or zero)
     * @return {@code at} itself for a zero period, else the local date-time of {@code at} plus {@code period}
     */
    public Instant plus(Instant at, Period period) {
        return period.isZero() ? at : shift.plus(at, period);
    }

    /**
     * When a lot earned at {@code earnedAt} expires under a per-lot policy: AFTER_PERIOD at
     * {@link #plus plus(earnedAt, period)}; END_OF_MONTH at the start of the first day of the month
     * {@code offset + 1} months after the earning's month; END_OF_YEAR at the start of 1 January
     * {@code offset + 1} years after the earning's year.
     *
     * @param policy   the program's expiry policy
     * @param earnedAt when the lot was earned
     * @return the first instant the lot is no longer spendable, or null for NEVER and ROLLING_INACTIVITY
     *         (rolling expiry depends on the last activity: {@code plus(lastActivity, period)})
     */
    public Instant lotExpiry(ExpiryPolicy policy, Instant earnedAt) {
        return switch (policy.kind()) {
            case NEVER, ROLLING_INACTIVITY -> null;
            case AFTER_PERIOD -> plus(earnedAt, policy.period());
            case END_OF_MONTH -> startOf(date(earnedAt).withDayOfMonth(1).plusMonths(policy.offset() + 1L));
            case END_OF_YEAR -> startOf(date(earnedAt).withDayOfYear(1).plusYears(policy.offset() + 1L));
        };
    }

    /**
     * The first instant of the cap period containing an instant: the start of its day, of the Monday
     * of its ISO week, of the first of its month or of 1 January of its year.
     *
     * @param period the period
     * @param at     an instant
     * @return the period's start, at or before {@code at}; 10,000 years of days before the epoch for FOREVER
     */
    public Instant periodStart(CapPeriod period, Instant at) {
        LocalDate d = date(at);
        return switch (period) {
            case DAY -> startOf(d);
            case WEEK -> startOf(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTH -> startOf(d.withDayOfMonth(1));
            case YEAR -> startOf(d.withDayOfYear(1));
            case FOREVER -> Instant.EPOCH.minus(FOREVER_DAYS, ChronoUnit.DAYS);
        };
    }

    /**
     * The first instant after the cap period containing an instant, which is the start of the next
     * period (a day is 23 or 25 hours long on DST days).
     *
     * @param period the period
     * @param at     an instant
     * @return the period's end, after {@code at}; 10,000 years of days after the epoch for FOREVER
     */
    public Instant periodEnd(CapPeriod period, Instant at) {
        LocalDate d = date(at);
        return switch (period) {
            case DAY -> startOf(d.plusDays(1));
            case WEEK -> startOf(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1));
            case MONTH -> startOf(d.withDayOfMonth(1).plusMonths(1));
            case YEAR -> startOf(d.withDayOfYear(1).plusYears(1));
            case FOREVER -> Instant.EPOCH.plus(FOREVER_DAYS, ChronoUnit.DAYS);
        };
    }

    /**
     * The first instant of the tier window that ends at {@code at} (inclusive of {@code at}):
     * LIFETIME from enrolment; ROLLING_MONTHS from {@code at} minus the months on the local time line;
     * CALENDAR_YEAR from the start of 1 January; ANNIVERSARY_YEAR from the start of the latest
     * enrolment anniversary on or before {@code at}'s date (see {@link #anniversary}), the first
     * membership year from enrolment itself.
     *
     * @param window     the window
     * @param at         the evaluation instant
     * @param enrolledAt the customer's enrolment
     * @return the window start; at or before {@code at} unless {@code at} is before enrolment, when
     *         LIFETIME and ANNIVERSARY_YEAR give {@code enrolledAt} (an empty window)
     */
    public Instant windowStart(TierWindow window, Instant at, Instant enrolledAt) {
        return switch (window.kind()) {
            case LIFETIME -> enrolledAt;
            case ROLLING_MONTHS -> shift.plusMonths(at, -window.months());
            case CALENDAR_YEAR -> startOf(date(at).withDayOfYear(1));
            case ANNIVERSARY_YEAR -> {
                LocalDate enrolled = date(enrolledAt);
                LocalDate d = date(at);
                LocalDate candidate = anniversary(enrolled, d.getYear());
                if (candidate.isAfter(d)) {
                    candidate = anniversary(enrolled, d.getYear() - 1);
                }
                yield candidate.isAfter(enrolled) ? startOf(candidate) : enrolledAt;
            }
        };
    }

    /**
     * The next review boundary of a tier window strictly after an instant.
     *
     * @param window     the window
     * @param after      the instant
     * @param enrolledAt the customer's enrolment
     * @return the start of the next 1 January for CALENDAR_YEAR, the start of the next membership
     *         anniversary (never the enrolment day itself) for ANNIVERSARY_YEAR; null for
     *         ROLLING_MONTHS and LIFETIME windows (reviewed continuously)
     */
    public Instant nextWindowEnd(TierWindow window, Instant after, Instant enrolledAt) {
        return switch (window.kind()) {
            case LIFETIME, ROLLING_MONTHS -> null;
            case CALENDAR_YEAR -> startOf(date(after).withDayOfYear(1).plusYears(1));
            case ANNIVERSARY_YEAR -> {
                LocalDate enrolled = date(enrolledAt);
                int year = Math.max(date(after).getYear(), enrolled.getYear() + 1);
                Instant candidate = startOf(anniversary(enrolled, year));
                while (!candidate.isAfter(after)) {
                    year++;
                    candidate = startOf(anniversary(enrolled, year));
                }
                yield candidate;
            }
        };
    }

    /**
     * The date in a year of a yearly occasion (birthday, enrolment).
     *
     * @param date the occasion's first date
     * @param year the year wanted
     * @return the same month and day in {@code year}; 28 February for a 29 February occasion in a
     *         year without one
     */
    public static LocalDate anniversary(LocalDate date, int year) {
        return MonthDay.from(date).atYear(year);
    }
}
