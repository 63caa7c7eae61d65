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
 * Every calendar computation of a program, in its zone. Periods are added on the local time line
 * ({@link ZonedDateTime#plus}), so a day is a calendar day across DST changes, and a local time
 * that does not exist (spring forward) moves forward by the gap. Period boundaries are the first
 * instant of a local day ({@link LocalDate#atStartOfDay(ZoneId)}), which is not always 00:00.
 */
public final class ProgramCalendar {
    private final ZoneId zone;

    /**
     * A calendar in a zone.
     *
     * @param zone the program's zone
     */
    public ProgramCalendar(ZoneId zone) {
        this.zone = Require.notNull("zone", zone);
    }

    /** @return the zone */
    public ZoneId zone() {
        return zone;
    }

    /** The local date of an instant. */
    public LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The first instant of a local date. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** {@code at} plus a period on the local time line. */
    public Instant plus(Instant at, Period period) {
        return period.isZero() ? at : ZonedDateTime.ofInstant(at, zone).plus(period).toInstant();
    }

    /**
     * When a lot earned at {@code earnedAt} expires under a per-lot policy.
     *
     * @return the instant the lot stops being spendable, or null for NEVER and ROLLING_INACTIVITY
     *         (rolling expiry depends on the last activity, see {@link #plus})
     */
    public Instant lotExpiry(ExpiryPolicy policy, Instant earnedAt) {
        return switch (policy.kind()) {
            case NEVER, ROLLING_INACTIVITY -> null;
            case AFTER_PERIOD -> plus(earnedAt, policy.period());
            case END_OF_MONTH -> startOf(date(earnedAt).withDayOfMonth(1).plusMonths(policy.offset() + 1L));
            case END_OF_YEAR -> startOf(date(earnedAt).withDayOfYear(1).plusYears(policy.offset() + 1L));
        };
    }

    /** The first instant of the cap period containing {@code at} (the epoch for FOREVER). */
    public Instant periodStart(CapPeriod period, Instant at) {
        LocalDate d = date(at);
        return switch (period) {
            case DAY -> startOf(d);
            case WEEK -> startOf(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTH -> startOf(d.withDayOfMonth(1));
            case YEAR -> startOf(d.withDayOfYear(1));
            case FOREVER -> Instant.EPOCH.minus(365L * 10_000, ChronoUnit.DAYS);
        };
    }

    /** The first instant after the cap period containing {@code at} (far future for FOREVER). */
    public Instant periodEnd(CapPeriod period, Instant at) {
        LocalDate d = date(at);
        return switch (period) {
            case DAY -> startOf(d.plusDays(1));
            case WEEK -> startOf(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1));
            case MONTH -> startOf(d.withDayOfMonth(1).plusMonths(1));
            case YEAR -> startOf(d.withDayOfYear(1).plusYears(1));
            case FOREVER -> Instant.EPOCH.plus(365L * 10_000, ChronoUnit.DAYS);
        };
    }

    /**
     * The first instant of the tier window that ends at {@code at} (inclusive of {@code at}).
     *
     * @param window     the window
     * @param at         the evaluation instant
     * @param enrolledAt the customer's enrolment (start of LIFETIME and of membership years)
     * @return the window start, never after {@code at}
     */
    public Instant windowStart(TierWindow window, Instant at, Instant enrolledAt) {
        return switch (window.kind()) {
            case LIFETIME -> enrolledAt;
            case ROLLING_MONTHS -> ZonedDateTime.ofInstant(at, zone).minusMonths(window.months()).toInstant();
            case CALENDAR_YEAR -> startOf(date(at).withDayOfYear(1));
            case ANNIVERSARY_YEAR -> {
                LocalDate enrolled = date(enrolledAt);
                LocalDate d = date(at);
                int years = d.getYear() - enrolled.getYear();
                LocalDate candidate = anniversary(enrolled, enrolled.getYear() + years);
                if (candidate.isAfter(d)) {
                    candidate = anniversary(enrolled, enrolled.getYear() + years - 1);
                }
                yield candidate.isBefore(enrolled) ? enrolledAt : startOf(candidate);
            }
        };
    }

    /**
     * The next review boundary of a window strictly after {@code after}: the next 1 January for
     * calendar years, the next membership anniversary for anniversary years; null for rolling and
     * lifetime windows (reviewed continuously).
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
     * The date in {@code year} of a yearly occasion first on {@code date} (birthday, enrolment). A
     * 29 February occasion falls on 28 February in years without one.
     */
    public static LocalDate anniversary(LocalDate date, int year) {
        return MonthDay.from(date).atYear(year);
    }
}
