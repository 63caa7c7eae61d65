package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link CivilDates} against {@link LocalDate} and {@link YearMonth} as the reference. */
class CivilDatesTest {
    // LocalDate supports years -999,999,999 .. 999,999,999; stay inside
    private static final long MIN_DAY = -365_243_219_162L;
    private static final long MAX_DAY = 365_241_780_471L;

    private static long monthNumberOf(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    @Property
    void monthNumber_anyEpochDay_matchesLocalDate(@ForAll @LongRange(min = MIN_DAY, max = MAX_DAY) long epochDay) {
        assertThat(CivilDates.monthNumber(epochDay)).isEqualTo(monthNumberOf(LocalDate.ofEpochDay(epochDay)));
    }

    @Property
    void monthNumber_epochDaysNearEpoch_matchesLocalDate(@ForAll @LongRange(min = -200_000, max = 200_000) long epochDay) {
        assertThat(CivilDates.monthNumber(epochDay)).isEqualTo(monthNumberOf(LocalDate.ofEpochDay(epochDay)));
    }

    @Property
    void firstDayOfMonth_anyMonthNumber_matchesYearMonth(
            @ForAll @LongRange(min = -999_999_999L * 12, max = 999_999_999L * 12 + 11) long monthNumber) {
        YearMonth ym = YearMonth.of((int) Math.floorDiv(monthNumber, 12), Math.floorMod(monthNumber, 12) + 1);
        assertThat(CivilDates.firstDayOfMonth(monthNumber)).isEqualTo(ym.atDay(1).toEpochDay());
    }

    @Property
    void firstDayOfMonth_ofMonthNumber_boundsTheDay(@ForAll @LongRange(min = -200_000, max = 200_000) long epochDay) {
        long m = CivilDates.monthNumber(epochDay);
        assertThat(CivilDates.firstDayOfMonth(m)).isLessThanOrEqualTo(epochDay);
        assertThat(CivilDates.firstDayOfMonth(m + 1)).isGreaterThan(epochDay);
    }

    @Test
    void monthNumber_handPickedDays() {
        assertThat(CivilDates.monthNumber(0)).as("1970-01-01").isEqualTo(1970 * 12);
        assertThat(CivilDates.monthNumber(-1)).as("1969-12-31").isEqualTo(1969 * 12 + 11);
        // 2000-02-29 exists (divisible by 400). 2000-01-01 = 30 * 365 + 7 leap days (1972..1996) = day 10957;
        // + 31 (January) + 28 = day 11016 is Feb 29, the next is Mar 1
        assertThat(CivilDates.monthNumber(30 * 365 + 7 + 31 + 28)).as("2000-02-29").isEqualTo(2000 * 12 + 1);
        assertThat(CivilDates.monthNumber(30 * 365 + 7 + 31 + 29)).as("2000-03-01").isEqualTo(2000 * 12 + 2);
    }

    @Test
    void firstDayOfMonth_februaryLengths_followGregorianLeapRules() {
        // 1900 is not a leap year (divisible by 100, not 400); 2000 is; 2024 is; 2100 is not
        assertThat(februaryLength(1900)).isEqualTo(28);
        assertThat(februaryLength(2000)).isEqualTo(29);
        assertThat(februaryLength(2024)).isEqualTo(29);
        assertThat(februaryLength(2100)).isEqualTo(28);
        assertThat(februaryLength(-4)).as("proleptic 5 BC (year -4) is a leap year").isEqualTo(29);
    }

    private static long februaryLength(long year) {
        return CivilDates.firstDayOfMonth(year * 12 + 2) - CivilDates.firstDayOfMonth(year * 12 + 1);
    }
}
