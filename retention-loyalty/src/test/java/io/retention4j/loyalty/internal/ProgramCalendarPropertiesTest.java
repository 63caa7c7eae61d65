package io.retention4j.loyalty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.ExpiryPolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Assume;

/**
 * Calendar properties over every zone of the JDK's tz database and instants from 1900 to 2100, half
 * of them within a day and a half of one of the zone's offset changes. The references are java.time's
 * local dates of the instants, not the calendar's own arithmetic: a period starts at the first instant
 * whose local date is the period's first day (or later, for a day the zone skipped).
 */
class ProgramCalendarPropertiesTest {
    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
    private static final long FROM = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    private static final long DAY_AND_A_HALF_MILLIS = 36L * 3600 * 1000;

    record ZonedInstant(ZoneId zone, Instant at) {
        LocalDate date() {
            return LocalDate.ofInstant(at, zone);
        }
    }

    @Provide
    Arbitrary<ZonedInstant> zonedInstants() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(FROM, TO)
                .flatMap(s -> Arbitraries.integers().between(0, 999).map(ms -> Instant.ofEpochSecond(s).plusMillis(ms)));
        Arbitrary<Long> nearby = Arbitraries.longs().between(-DAY_AND_A_HALF_MILLIS, DAY_AND_A_HALF_MILLIS);
        Arbitrary<Boolean> nearChange = Arbitraries.of(true, false);
        return Combinators.combine(zones, anywhere, nearby, nearChange).as((zone, t, offset, near) -> {
            ZoneOffsetTransition change = zone.getRules().nextTransition(t);
            Instant at = near && change != null && change.getInstant().getEpochSecond() < TO
                    ? change.getInstant().plusMillis(offset) : t;
            return new ZonedInstant(zone, at);
        });
    }

    /** The first local date of the period of {@code kind} containing {@code date}. */
    private static LocalDate firstDay(CapPeriod kind, LocalDate date) {
        return switch (kind) {
            case DAY -> date;
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
            case MONTH -> LocalDate.of(date.getYear(), date.getMonth(), 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
            case FOREVER -> throw new IllegalArgumentException("no first day");
        };
    }

    /**
     * Whether {@code start} is the first instant whose local date is {@code day} or later (later only
     * when the zone skipped {@code day} entirely, as Kwajalein skipped 1993-08-21).
     */
    private static boolean isFirstInstantOf(Instant start, LocalDate day, ZoneId zone) {
        return !LocalDate.ofInstant(start, zone).isBefore(day)
                && LocalDate.ofInstant(start.minusNanos(1), zone).isBefore(day);
    }

    @Property(tries = 2000)
    void periodStartAndEnd_anyInstant_containIt(@ForAll("zonedInstants") ZonedInstant t, @ForAll CapPeriod kind) {
        ProgramCalendar calendar = new ProgramCalendar(t.zone());
        Instant start = calendar.periodStart(kind, t.at());
        Instant end = calendar.periodEnd(kind, t.at());
        assertThat(start).isBeforeOrEqualTo(t.at());
        assertThat(end).isAfter(t.at());
    }

    @Property(tries = 2000)
    void periodStart_anyInstant_isTheFirstInstantOfThePeriodsFirstDay(@ForAll("zonedInstants") ZonedInstant t,
                                                                      @ForAll CapPeriod kind) {
        if (kind == CapPeriod.FOREVER) {
            return;
        }
        Instant start = new ProgramCalendar(t.zone()).periodStart(kind, t.at());
        assertThat(isFirstInstantOf(start, firstDay(kind, t.date()), t.zone()))
                .as("%s of %s in %s starts at %s", kind, t.at(), t.zone(), start).isTrue();
    }

    @Property(tries = 2000)
    void periodEnd_anyInstant_isTheStartOfTheNextPeriod(@ForAll("zonedInstants") ZonedInstant t,
                                                        @ForAll CapPeriod kind) {
        if (kind == CapPeriod.FOREVER) {
            return;
        }
        ProgramCalendar calendar = new ProgramCalendar(t.zone());
        Instant end = calendar.periodEnd(kind, t.at());
        LocalDate first = firstDay(kind, t.date());
        LocalDate next = switch (kind) {
            case DAY -> first.plusDays(1);
            case WEEK -> first.plusWeeks(1);
            case MONTH -> first.plusMonths(1);
            default -> first.plusYears(1);
        };
        assertThat(isFirstInstantOf(end, next, t.zone())).as("%s of %s in %s ends at %s", kind, t.at(), t.zone(), end)
                .isTrue();
        assertThat(calendar.periodStart(kind, end)).isEqualTo(end);
        assertThat(calendar.periodEnd(kind, end.minusNanos(1))).isEqualTo(end);
    }

    @Property(tries = 1000)
    void lotExpiry_endOfMonthAndYear_isTheFirstInstantOfTheMonthOrYearAfterTheOffset(
            @ForAll("zonedInstants") ZonedInstant t, @ForAll @IntRange(min = 0, max = 10) int offset) {
        ProgramCalendar calendar = new ProgramCalendar(t.zone());
        LocalDate month = t.date().withDayOfMonth(1);
        Instant endOfMonth = calendar.lotExpiry(ExpiryPolicy.endOfMonth(offset), t.at());
        assertThat(isFirstInstantOf(endOfMonth, month.plusMonths(offset + 1L), t.zone())).isTrue();
        Instant endOfYear = calendar.lotExpiry(ExpiryPolicy.endOfYear(offset), t.at());
        assertThat(isFirstInstantOf(endOfYear, LocalDate.of(t.date().getYear() + offset + 1, 1, 1), t.zone())).isTrue();
        assertThat(endOfMonth).isAfter(t.at());
        assertThat(endOfYear).isAfter(t.at()).isAfterOrEqualTo(endOfMonth.isAfter(endOfYear) ? endOfYear : endOfMonth);
    }

    @Property(tries = 1000)
    void lotExpiry_afterPeriod_isTheLocalDateTimePlusThePeriodOrJustAfterAGap(
            @ForAll("zonedInstants") ZonedInstant t, @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll @IntRange(min = 0, max = 24) int months) {
        Period period = Period.of(0, months, days);
        Instant expiry = new ProgramCalendar(t.zone()).lotExpiry(ExpiryPolicy.afterPeriod(period), t.at());
        LocalDateTime wanted = LocalDateTime.ofInstant(t.at(), t.zone()).plus(period);
        LocalDateTime got = LocalDateTime.ofInstant(expiry, t.zone());
        boolean inGap = t.zone().getRules().getValidOffsets(wanted).isEmpty();
        if (inGap) {
            ZoneOffsetTransition gap = t.zone().getRules().getTransition(wanted);
            assertThat(got).isEqualTo(wanted.plus(gap.getDuration()));
        } else {
            assertThat(got).isEqualTo(wanted);
            assertThat(t.zone().getRules().getValidOffsets(wanted)).contains(expiry.atZone(t.zone()).getOffset());
        }
        assertThat(expiry).isAfter(t.at().plus(days - 2, ChronoUnit.DAYS));
    }

    record ZoneGap(ZoneId zone, ZoneOffsetTransition gap) {
    }

    @Provide
    Arbitrary<ZoneGap> gaps() {
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.longs().between(FROM, TO)).as((zone, s) -> {
            ZoneOffsetTransition change = zone.getRules().nextTransition(Instant.ofEpochSecond(s));
            while (change != null && !change.isGap()) {
                change = zone.getRules().nextTransition(change.getInstant());
            }
            return change == null || change.getInstant().getEpochSecond() >= TO ? null : new ZoneGap(zone, change);
        }).filter(java.util.Objects::nonNull);
    }

    @Property(tries = 500)
    void lotExpiry_afterPeriodLandingInAGap_movesForwardByTheGap(@ForAll("gaps") ZoneGap zoneGap,
                                                                 @ForAll @IntRange(min = 0, max = 99) int percentIntoGap,
                                                                 @ForAll @IntRange(min = 1, max = 400) int days) {
        ZoneId zone = zoneGap.zone();
        ZoneOffsetTransition gap = zoneGap.gap();
        LocalDateTime wanted = gap.getDateTimeBefore().plusSeconds(gap.getDuration().getSeconds() * percentIntoGap / 100);
        LocalDateTime earnedLocal = wanted.minusDays(days);
        Assume.that(zone.getRules().getValidOffsets(earnedLocal).size() == 1);
        Instant earned = earnedLocal.atZone(zone).toInstant();

        Instant expiry = new ProgramCalendar(zone).lotExpiry(ExpiryPolicy.afterPeriod(Period.ofDays(days)), earned);

        assertThat(LocalDateTime.ofInstant(expiry, zone)).isEqualTo(wanted.plus(gap.getDuration()));
        assertThat(expiry).isEqualTo(wanted.toInstant(gap.getOffsetBefore()));
    }
}
