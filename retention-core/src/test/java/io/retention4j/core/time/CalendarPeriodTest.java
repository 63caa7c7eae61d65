package io.retention4j.core.time;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static io.retention4j.core.internal.TestTimes.MILLIS_PER_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.internal.TestTimes;
import io.retention4j.core.internal.TestTimes.ZonedMillis;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link CalendarPeriod} against java.time ({@code ZonedDateTime}, {@code LocalDate}, {@code YearMonth}). */
class CalendarPeriodTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Provide
    Arbitrary<ZonedMillis> moments() {
        return TestTimes.zonedMillis();
    }

    @Provide
    Arbitrary<Duration> fixedLengths() {
        return Arbitraries.of(Duration.ofMillis(1), Duration.ofMillis(7), Duration.ofMinutes(15), Duration.ofHours(6),
                Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));
    }

    /** The first day of the week that holds {@code date}, per java.time. */
    private static LocalDate weekStartOf(LocalDate date, DayOfWeek weekStart) {
        return date.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    /** Javadoc: week 0 is the week that starts between 1969-12-29 and 1970-01-04. */
    private static LocalDate weekZero(DayOfWeek weekStart) {
        return LocalDate.of(1969, 12, 29).with(TemporalAdjusters.nextOrSame(weekStart));
    }

    private static long monthNumber(YearMonth ym) {
        return ym.getYear() * 12L + ym.getMonthValue() - 1;
    }

    @Property(tries = 2000)
    void days_indexAndStart_matchLocalDate(@ForAll("moments") ZonedMillis m) {
        CalendarPeriod days = CalendarPeriod.days(m.zone());
        LocalDate date = m.localDate();
        long index = days.indexOf(m.epochMillis());
        assertThat(index).isEqualTo(date.toEpochDay());
        assertThat(days.indexOf(Instant.ofEpochMilli(m.epochMillis()))).isEqualTo(index);
        assertThat(days.start(index)).isEqualTo(date.atStartOfDay());
        assertThat(days.startLocalMillis(index)).isEqualTo(date.toEpochDay() * MILLIS_PER_DAY);
    }

    @Property(tries = 2000)
    void weeks_indexAndStart_matchPreviousOrSameWeekStart(@ForAll("moments") ZonedMillis m,
                                                         @ForAll DayOfWeek weekStart) {
        CalendarPeriod weeks = CalendarPeriod.weeks(m.zone(), weekStart);
        LocalDate start = weekStartOf(m.localDate(), weekStart);
        long index = weeks.indexOf(m.epochMillis());
        long weeksSinceZero = ChronoUnit.DAYS.between(weekZero(weekStart), start);
        assertThat(weeksSinceZero % 7).as("java.time week starts are 7 days apart").isZero();
        assertThat(index).isEqualTo(weeksSinceZero / 7);
        assertThat(weeks.start(index)).isEqualTo(start.atStartOfDay());
    }

    @Property(tries = 2000)
    void months_indexAndStart_matchYearMonth(@ForAll("moments") ZonedMillis m) {
        CalendarPeriod months = CalendarPeriod.months(m.zone());
        YearMonth ym = YearMonth.from(m.localDate());
        long index = months.indexOf(m.epochMillis());
        assertThat(index).isEqualTo(monthNumber(ym));
        assertThat(months.start(index)).isEqualTo(ym.atDay(1).atStartOfDay());
    }

    @Property(tries = 1000)
    void fixed_indexAndStart_matchFloorDivisionOfEpochMillis(@ForAll("moments") ZonedMillis m,
                                                            @ForAll("fixedLengths") Duration length) {
        CalendarPeriod fixed = CalendarPeriod.fixed(length);
        long index = fixed.indexOf(m.epochMillis());
        Instant instant = Instant.ofEpochMilli(m.epochMillis());
        Instant bucketStart = Instant.EPOCH.plus(length.multipliedBy(index));
        assertThat(bucketStart).isBeforeOrEqualTo(instant);
        assertThat(bucketStart.plus(length)).isAfter(instant);
        assertThat(fixed.start(index)).isEqualTo(LocalDateTime.ofInstant(bucketStart, ZoneOffset.UTC));
    }

    @Property(tries = 1000)
    void distance_betweenDayPeriods_isJavaTimeDaysBetweenLocalDates(@ForAll("moments") ZonedMillis a,
                                                                   @ForAll("moments") ZonedMillis b) {
        CalendarPeriod days = CalendarPeriod.days(a.zone());
        LocalDate from = a.localDate();
        LocalDate to = Instant.ofEpochMilli(b.epochMillis()).atZone(a.zone()).toLocalDate();
        long expectedDays = ChronoUnit.DAYS.between(from, to);
        long i = days.indexOf(a.epochMillis());
        long j = days.indexOf(b.epochMillis());
        assertThat(days.distance(i, j, TimeScale.DAYS)).isEqualTo((double) expectedDays);
        assertThat(days.distance(i, j, TimeScale.WEEKS)).isEqualTo(expectedDays / 7.0);
        assertThat(days.distance(i, i + 1, TimeScale.DAYS)).as("consecutive days, even across DST").isEqualTo(1.0);
        assertThat(days.distance(i, i + 1, TimeScale.HOURS)).isEqualTo(24.0);
    }

    @Property(tries = 1000)
    void distance_betweenMonthPeriods_inCalendarMonths_isWholeMonths(@ForAll("moments") ZonedMillis a,
                                                                     @ForAll("moments") ZonedMillis b) {
        CalendarPeriod months = CalendarPeriod.months(a.zone());
        YearMonth from = YearMonth.from(a.localDate());
        YearMonth to = YearMonth.from(Instant.ofEpochMilli(b.epochMillis()).atZone(a.zone()));
        long i = months.indexOf(a.epochMillis());
        long j = months.indexOf(b.epochMillis());
        assertThat(months.distance(i, j, TimeScale.CALENDAR_MONTHS)).isEqualTo((double) from.until(to, ChronoUnit.MONTHS));
        assertThat(months.distance(i, j, TimeScale.DAYS))
                .isEqualTo((double) ChronoUnit.DAYS.between(from.atDay(1), to.atDay(1)));
    }

    @Property(tries = 1000)
    void distanceToInstant_fromDayStart_isLocalElapsedTime(@ForAll("moments") ZonedMillis a,
                                                           @ForAll("moments") ZonedMillis b) {
        CalendarPeriod days = CalendarPeriod.days(a.zone());
        LocalDateTime to = Instant.ofEpochMilli(b.epochMillis()).atZone(a.zone()).toLocalDateTime();
        long expectedMillis = ChronoUnit.MILLIS.between(a.localDate().atStartOfDay(), to);
        assertThat(days.distanceToInstant(days.indexOf(a.epochMillis()), b.epochMillis(), TimeScale.HOURS))
                .isEqualTo(expectedMillis / 3_600_000d);
    }

    @Test
    void days_newYorkSpringForward_23HourDayIsStillOneDay() {
        // 2026-03-08 in New York runs 00:00 EST (05:00Z) .. 00:00 EDT on 03-09 (04:00Z): 23 real hours.
        // Epoch day of 2026-03-08: 2026-01-01 is day 56 * 365 + 14 leap days = 20454; + 31 + 28 + 7 = 20520
        CalendarPeriod days = CalendarPeriod.days(NEW_YORK);
        Instant start = Instant.parse("2026-03-08T05:00:00Z");
        Instant next = Instant.parse("2026-03-09T04:00:00Z");
        assertThat(Duration.between(start, next)).isEqualTo(Duration.ofHours(23));
        assertThat(days.indexOf(start)).isEqualTo(20520);
        assertThat(days.indexOf(start.minusMillis(1))).isEqualTo(20519);
        assertThat(days.indexOf(next.minusMillis(1))).isEqualTo(20520);
        assertThat(days.indexOf(next)).isEqualTo(20521);
        assertThat(days.distance(20520, 20521, TimeScale.DAYS)).isEqualTo(1.0);
        assertThat(days.distanceToInstant(20520, next.toEpochMilli(), TimeScale.HOURS)).isEqualTo(24.0);
    }

    @Test
    void days_lordHoweHalfHourShift_dayOf23AndAHalfHours() {
        // 2026-10-04 (a Sunday) Lord Howe moves from +10:30 to +11:00 at 02:00 local:
        // midnight 10-04 = 10-03T13:30Z, midnight 10-05 = 10-04T13:00Z, 23.5 hours apart
        CalendarPeriod days = CalendarPeriod.days(ZoneId.of("Australia/Lord_Howe"));
        Instant start = Instant.parse("2026-10-03T13:30:00Z");
        Instant next = Instant.parse("2026-10-04T13:00:00Z");
        long oct4 = LocalDate.of(2026, 10, 4).toEpochDay();
        assertThat(days.indexOf(start.minusMillis(1))).isEqualTo(oct4 - 1);
        assertThat(days.indexOf(start)).isEqualTo(oct4);
        assertThat(days.indexOf(next.minusMillis(1))).isEqualTo(oct4);
        assertThat(days.indexOf(next)).isEqualTo(oct4 + 1);
        assertThat(days.distance(oct4, oct4 + 1, TimeScale.DAYS)).isEqualTo(1.0);
    }

    @Test
    void days_apiaSkipped20111230_consecutiveInstantsTwoDaysApart() {
        // Samoa jumped from 2011-12-29T23:59:59.999-10:00 straight to 2011-12-31T00:00+14:00 (= 2011-12-30T10:00Z)
        CalendarPeriod days = CalendarPeriod.days(ZoneId.of("Pacific/Apia"));
        long jump = Instant.parse("2011-12-30T10:00:00Z").toEpochMilli();
        long dec29 = LocalDate.of(2011, 12, 29).toEpochDay();
        assertThat(days.indexOf(jump - 1)).isEqualTo(dec29);
        assertThat(days.indexOf(jump)).isEqualTo(dec29 + 2);
        assertThat(days.distance(days.indexOf(jump - 1), days.indexOf(jump), TimeScale.DAYS)).isEqualTo(2.0);
    }

    @Test
    void days_saoPauloMidnightDst_dayStartsAtOneAndIndexesFollowLocalDates() {
        // 2018-11-04 Sao Paulo skipped 00:00..01:00 (-03:00 -> -02:00 at 03:00Z): that day starts at 01:00 local
        CalendarPeriod days = CalendarPeriod.days(ZoneId.of("America/Sao_Paulo"));
        long gap = Instant.parse("2018-11-04T03:00:00Z").toEpochMilli();
        long nov4 = LocalDate.of(2018, 11, 4).toEpochDay();
        assertThat(days.indexOf(gap - 1)).as("23:59:59.999 on Nov 3").isEqualTo(nov4 - 1);
        assertThat(days.indexOf(gap)).as("01:00 on Nov 4").isEqualTo(nov4);
        // 2019-02-17 00:00 -02:00 (02:00Z) went back to 2019-02-16 23:00 -03:00: Feb 16 has 25 hours
        long back = Instant.parse("2019-02-17T02:00:00Z").toEpochMilli();
        long feb16 = LocalDate.of(2019, 2, 16).toEpochDay();
        assertThat(days.indexOf(back - 1)).isEqualTo(feb16);
        assertThat(days.indexOf(back)).isEqualTo(feb16);
        assertThat(days.indexOf(back + 3_600_000)).isEqualTo(feb16 + 1);
    }

    @Test
    void days_stJohns2008_localDateRunsBackwardsForAnHour() {
        // 2008-11-02 00:01 -02:30 (02:31Z) became 2008-11-01 23:01 -03:30: the day index goes 11-02 -> 11-01
        CalendarPeriod days = CalendarPeriod.days(ZoneId.of("America/St_Johns"));
        long turn = Instant.parse("2008-11-02T02:31:00Z").toEpochMilli();
        assertThat(days.indexOf(turn - 1)).isEqualTo(LocalDate.of(2008, 11, 2).toEpochDay());
        assertThat(days.indexOf(turn)).isEqualTo(LocalDate.of(2008, 11, 1).toEpochDay());
    }

    @Test
    void days_kolkataHalfHourOffset_dayBoundaryAt1830Utc() {
        CalendarPeriod days = CalendarPeriod.days(ZoneId.of("Asia/Kolkata"));
        // 2026-01-01T18:29:59.999Z is 23:59:59.999 IST; 18:30Z is midnight of 2026-01-02 (day 20455)
        assertThat(days.indexOf(Instant.parse("2026-01-01T18:29:59.999Z"))).isEqualTo(20454);
        assertThat(days.indexOf(Instant.parse("2026-01-01T18:30:00Z"))).isEqualTo(20455);
    }

    @Test
    void weeks_mondayVersusSundayStart_handCounted() {
        // 2026-03-01 is a Sunday, epoch day 20454 + 31 + 28 = 20513 (day 0, 1970-01-01, was a Thursday)
        CalendarPeriod monday = CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.MONDAY);
        CalendarPeriod sunday = CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.SUNDAY);
        Instant sat = Instant.parse("2026-02-28T12:00:00Z");
        Instant sun = Instant.parse("2026-03-01T12:00:00Z");
        Instant mon = Instant.parse("2026-03-02T12:00:00Z");
        // Monday weeks: week 0 starts 1969-12-29 (day -3): index = floor((day + 3) / 7)
        assertThat(monday.indexOf(sat)).isEqualTo((20512 + 3) / 7).isEqualTo(2930);
        assertThat(monday.indexOf(sun)).isEqualTo(2930);
        assertThat(monday.indexOf(mon)).isEqualTo(2931);
        // Sunday weeks: week 0 starts 1970-01-04 (day 3): index = floor((day - 3) / 7)
        assertThat(sunday.indexOf(sat)).isEqualTo((20512 - 3) / 7).isEqualTo(2929);
        assertThat(sunday.indexOf(sun)).isEqualTo(2930);
        assertThat(sunday.indexOf(mon)).isEqualTo(2930);
        assertThat(sunday.start(2930)).isEqualTo(LocalDateTime.parse("2026-03-01T00:00"));
        assertThat(monday.start(2930)).isEqualTo(LocalDateTime.parse("2026-02-23T00:00"));
    }

    @Test
    void weeks_weekZero_startsBetween19691229And19700104() {
        assertThat(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.MONDAY).start(0)).isEqualTo("1969-12-29T00:00");
        assertThat(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.THURSDAY).start(0)).isEqualTo("1970-01-01T00:00");
        assertThat(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.SUNDAY).start(0)).isEqualTo("1970-01-04T00:00");
        assertThat(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.SUNDAY).indexOf(-1L)).as("1969-12-31").isEqualTo(-1);
    }

    @Test
    void months_yearBoundaryAndNegativeEpochs_handCounted() {
        CalendarPeriod ny = CalendarPeriod.months(NEW_YORK);
        CalendarPeriod utc = CalendarPeriod.months(ZoneOffset.UTC);
        // 2026-01-01T04:00Z is still 2025-12-31 23:00 in New York
        Instant newYear = Instant.parse("2026-01-01T04:00:00Z");
        assertThat(ny.indexOf(newYear)).isEqualTo(2025 * 12 + 11);
        assertThat(utc.indexOf(newYear)).isEqualTo(2026 * 12);
        assertThat(utc.indexOf(-1L)).as("1969-12-31T23:59:59.999Z").isEqualTo(1969 * 12 + 11);
        assertThat(utc.indexOf(Instant.parse("1900-02-28T23:59:59Z"))).isEqualTo(1900 * 12 + 1);
        assertThat(utc.indexOf(Instant.parse("1900-03-01T00:00:00Z"))).isEqualTo(1900 * 12 + 2);
        // Nov 2025 -> Feb 2026: 3 calendar months, 30 + 31 + 31 = 92 days
        assertThat(utc.distance(2025 * 12 + 10, 2026 * 12 + 1, TimeScale.CALENDAR_MONTHS)).isEqualTo(3.0);
        assertThat(utc.distance(2025 * 12 + 10, 2026 * 12 + 1, TimeScale.DAYS)).isEqualTo(92.0);
        assertThat(utc.distance(2026 * 12 + 1, 2025 * 12 + 10, TimeScale.CALENDAR_MONTHS)).isEqualTo(-3.0);
    }

    @Test
    void fixed_bucketsOnUtcTimeLine() {
        CalendarPeriod sixHours = CalendarPeriod.fixed(Duration.ofHours(6));
        assertThat(sixHours.indexOf(-1L)).isEqualTo(-1);
        assertThat(sixHours.indexOf(0L)).isZero();
        assertThat(sixHours.indexOf(21_599_999L)).isZero();
        assertThat(sixHours.indexOf(21_600_000L)).isEqualTo(1);
        assertThat(sixHours.start(-1)).isEqualTo("1969-12-31T18:00");
        assertThat(sixHours.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(sixHours.weekStart()).isNull();
        assertThat(sixHours.kind()).isEqualTo(CalendarPeriod.Kind.FIXED);
        // distanceToInstant reads the instant on the UTC line: bucket 1 starts at 06:00Z, 09:00Z is 3 hours on
        assertThat(sixHours.distanceToInstant(1, 9 * 3_600_000L, TimeScale.HOURS)).isEqualTo(3.0);
        CalendarPeriod millis = CalendarPeriod.fixed(Duration.ofMillis(1));
        assertThat(millis.indexOf(-123_456_789L)).isEqualTo(-123_456_789L);
    }

    @Test
    void fixed_invalidLengths_rejectedNamingValue() {
        assertRejects(IllegalArgumentException.class, () -> CalendarPeriod.fixed(Duration.ZERO), "length", "PT0S");
        assertRejects(IllegalArgumentException.class, () -> CalendarPeriod.fixed(Duration.ofHours(-1)), "length", "PT-1H");
        assertRejects(IllegalArgumentException.class, () -> CalendarPeriod.fixed(Duration.ofNanos(1_500_000)),
                "whole number of milliseconds", "PT0.0015S");
        assertRejects(NullPointerException.class, () -> CalendarPeriod.fixed(null), "length");
    }

    @Test
    void factories_nullArguments_rejectedNamingParameter() {
        assertRejects(NullPointerException.class, () -> CalendarPeriod.days(null), "zone");
        assertRejects(NullPointerException.class, () -> CalendarPeriod.months(null), "zone");
        assertRejects(NullPointerException.class, () -> CalendarPeriod.weeks(null, DayOfWeek.MONDAY), "zone");
        assertRejects(NullPointerException.class, () -> CalendarPeriod.weeks(NEW_YORK, null), "weekStart");
        assertRejects(NullPointerException.class, () -> CalendarPeriod.days(NEW_YORK).indexOf((Instant) null),
                "instant");
    }

    @Test
    void equalsAndToString_describeKindZoneAndWeekStart() {
        assertThat(CalendarPeriod.days(NEW_YORK)).isEqualTo(CalendarPeriod.days(ZoneId.of("America/New_York")))
                .hasSameHashCodeAs(CalendarPeriod.days(ZoneId.of("America/New_York")))
                .isNotEqualTo(CalendarPeriod.days(ZoneOffset.UTC))
                .isNotEqualTo(CalendarPeriod.months(NEW_YORK));
        assertThat(CalendarPeriod.weeks(NEW_YORK, DayOfWeek.MONDAY))
                .isNotEqualTo(CalendarPeriod.weeks(NEW_YORK, DayOfWeek.SUNDAY));
        assertThat(CalendarPeriod.fixed(Duration.ofMinutes(60))).isEqualTo(CalendarPeriod.fixed(Duration.ofHours(1)));
        assertThat(CalendarPeriod.days(NEW_YORK)).hasToString("calendar days (America/New_York)");
        assertThat(CalendarPeriod.months(ZoneOffset.UTC)).hasToString("calendar months (UTC)");
        assertThat(CalendarPeriod.weeks(NEW_YORK, DayOfWeek.SUNDAY))
                .hasToString("calendar weeks from SUNDAY (America/New_York)");
        assertThat(CalendarPeriod.fixed(Duration.ofHours(6))).hasToString("fixed PT6H buckets (UTC)");
        assertThat(CalendarPeriod.days(NEW_YORK).weekStart()).isNull();
        assertThat(CalendarPeriod.weeks(NEW_YORK, DayOfWeek.SUNDAY).weekStart()).isEqualTo(DayOfWeek.SUNDAY);
    }
}
