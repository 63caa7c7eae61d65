package io.retention4j.core.time;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.internal.TestTimes;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeScaleTest {
    /** Relative rounding of one or two floating-point operations. */
    private static final double ULPS = 1e-12;

    private static LocalDateTime at(String isoLocal) {
        return LocalDateTime.parse(isoLocal);
    }

    @Test
    void lengths_fixedScales_matchTheirDefinitions() {
        assertThat(TimeScale.HOURS.lengthMillis()).isEqualTo(3_600_000d);
        assertThat(TimeScale.DAYS.lengthMillis()).isEqualTo(86_400_000d);
        assertThat(TimeScale.WEEKS.lengthMillis()).isEqualTo(7 * 86_400_000d);
        // 365.2425 days * 86,400,000 ms = 31,556,952,000 ms
        assertThat(TimeScale.YEARS.lengthMillis()).isEqualTo(31_556_952_000d);
        assertThat(TimeScale.months(30).lengthMillis()).isEqualTo(2_592_000_000d);
    }

    @Test
    void names_areReadable() {
        assertThat(TimeScale.DAYS.name()).isEqualTo("days");
        assertThat(TimeScale.WEEKS).hasToString("weeks");
        assertThat(TimeScale.months(30).name()).isEqualTo("months of 30 days");
        assertThat(TimeScale.months(365.2425 / 12).name()).isEqualTo("months of 30.436875 days");
        assertThat(TimeScale.CALENDAR_MONTHS.name()).isEqualTo("calendar months");
        assertThat(TimeScale.ofDays("fortnights", 14)).hasToString("fortnights");
    }

    @Test
    void months_wholeLengthBeyondLongRange_nameShowsTheLength() {
        // 1e20 days is a valid (if silly) length; the name must not saturate to Long.MAX_VALUE
        assertThat(TimeScale.months(1e20).name()).isEqualTo("months of 1.0E20 days");
        assertThat(TimeScale.months(1e20).lengthMillis()).isEqualTo(1e20 * 86_400_000d);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void ofDays_notPositiveOrNotFinite_rejectedNamingValue(double days) {
        assertRejects(IllegalArgumentException.class, () -> TimeScale.ofDays("x", days), "days", String.valueOf(days));
        assertRejects(IllegalArgumentException.class, () -> TimeScale.months(days), "days", String.valueOf(days));
    }

    @Test
    void ofDays_lengthOverflowingMilliseconds_rejected() {
        // finite days whose length in milliseconds is infinite would make every duration 0 units
        assertRejects(IllegalArgumentException.class, () -> TimeScale.ofDays("eons", Double.MAX_VALUE),
                "days", String.valueOf(Double.MAX_VALUE));
    }

    @Test
    void ofDays_blankOrNullName_rejected() {
        assertRejects(IllegalArgumentException.class, () -> TimeScale.ofDays(" ", 1), "name");
        assertRejects(NullPointerException.class, () -> TimeScale.ofDays(null, 1), "name");
    }

    @Test
    void convert_durations_divideByLength() {
        assertThat(TimeScale.DAYS.convert(Duration.ofHours(36))).isEqualTo(1.5);
        assertThat(TimeScale.WEEKS.convert(Duration.ofDays(21))).isEqualTo(3.0);
        assertThat(TimeScale.HOURS.convert(Duration.ofMillis(5_400_000))).isEqualTo(1.5);
        // 1.5 ms = 1,500,000 ns keeps its sub-millisecond part: 1.5 / 3,600,000 hours
        assertThat(TimeScale.HOURS.convert(Duration.ofNanos(1_500_000))).isCloseTo(1.5 / 3_600_000, within(1e-20));
        assertThat(TimeScale.months(30).convert(Duration.ofDays(45))).isEqualTo(1.5);
        assertThat(TimeScale.DAYS.convert(Duration.ofHours(-12))).isEqualTo(-0.5);
    }

    @Test
    void calendarMonths_hasNoFixedLength() {
        assertThat(TimeScale.CALENDAR_MONTHS.isCalendarMonths()).isTrue();
        assertThat(TimeScale.months(30).isCalendarMonths()).isFalse();
        assertThatThrownBy(TimeScale.CALENDAR_MONTHS::lengthMillis).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("calendar months");
        assertThatThrownBy(() -> TimeScale.CALENDAR_MONTHS.convert(Duration.ofDays(30)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void between_fixedScales_localTimeLineAndSign() {
        // local date-times have no zone: 2026-03-08 (a 23-hour day in New York) is still 24 hours
        assertThat(TimeScale.DAYS.between(at("2026-03-08T00:00"), at("2026-03-09T00:00"))).isEqualTo(1.0);
        assertThat(TimeScale.HOURS.between(at("2026-03-08T00:00"), at("2026-03-09T00:00"))).isEqualTo(24.0);
        assertThat(TimeScale.DAYS.between(at("2026-01-02T12:00"), at("2026-01-01T00:00"))).isEqualTo(-1.5);
        // 2024 is a leap year: 366 days / 7
        assertThat(TimeScale.WEEKS.between(at("2024-01-01T00:00"), at("2025-01-01T00:00")))
                .isCloseTo(366 / 7.0, within(ULPS));
        assertThat(TimeScale.YEARS.between(at("2000-01-01T00:00"), at("2400-01-01T00:00")))
                .as("400 Gregorian years are 146,097 days = 400 * 365.2425").isCloseTo(400.0, within(ULPS));
    }

    @Test
    void between_calendarMonths_javadocExample() {
        // 2026-01-31 -> 2026-02-28 is one whole month; then 15 of the 31 days from 02-28 to 03-31
        double expected = 1 + 15 / 31.0;
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2026-01-31T00:00"), at("2026-03-15T00:00")))
                .isCloseTo(expected, within(ULPS))
                .isCloseTo(1.4839, within(0.00005));
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2026-03-15T00:00"), at("2026-01-31T00:00")))
                .isCloseTo(-expected, within(ULPS));
    }

    @Test
    void between_calendarMonths_exactWholeMonths() {
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2026-01-15T10:30"), at("2026-04-15T10:30"))).isEqualTo(3.0);
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2025-11-01T00:00"), at("2026-02-01T00:00"))).isEqualTo(3.0);
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2026-01-31T00:00"), at("2026-02-28T00:00")))
                .as("plusMonths(1) of Jan 31 is Feb 28").isEqualTo(1.0);
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2024-02-29T00:00"), at("2025-02-28T00:00"))).isEqualTo(12.0);
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2026-05-05T05:05"), at("2026-05-05T05:05"))).isEqualTo(0.0);
    }

    @Test
    void between_calendarMonths_afterAClampedMonthEnd_staysBelowNextWholeMonth() {
        // Jan 31 + 1 month = Feb 28, + 2 months = Mar 31: Feb 28 12:00 is 1 month and 12 hours of a
        // 31-day month: 1 + 0.5 / 31
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2026-01-31T00:00"), at("2026-02-28T12:00")))
                .isCloseTo(1 + 0.5 / 31, within(ULPS));
        // Jan 30 12:00 + 1 month = Feb 28 12:00; Feb 28 18:00 is a quarter day into a 30-day month
        assertThat(TimeScale.CALENDAR_MONTHS.between(at("2026-01-30T12:00"), at("2026-02-28T18:00")))
                .isCloseTo(1 + 0.25 / 30, within(ULPS));
    }

    @Provide
    Arbitrary<LocalDateTime> dateTimes() {
        // uniform over 1990..2040, and month ends (the days plusMonths clamps to), to the millisecond
        Arbitrary<LocalDateTime> uniform = Arbitraries.longs()
                .between(631_152_000_000L, 2_240_611_200_000L)
                .map(ms -> LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), Math.floorMod(ms, 1000) * 1_000_000,
                        ZoneOffset.UTC));
        Arbitrary<LocalDateTime> monthEnds = Arbitraries.integers().between(1990 * 12, 2040 * 12).flatMap(m ->
                Arbitraries.integers().between(0, 3).flatMap(back -> Arbitraries.integers().between(0, 86_399_999)
                        .map(ms -> YearMonth.of(m / 12, m % 12 + 1).atEndOfMonth().minusDays(back)
                                .atStartOfDay().plusNanos(ms * 1_000_000L))));
        return Arbitraries.oneOf(uniform, monthEnds);
    }

    @Property
    void between_calendarMonths_matchesReference(@ForAll("dateTimes") LocalDateTime from,
                                                 @ForAll("dateTimes") LocalDateTime to) {
        assertThat(TimeScale.CALENDAR_MONTHS.between(from, to))
                .isCloseTo(TestTimes.calendarMonthsBetween(from, to), within(ULPS));
    }

    /**
     * On or after {@code from}, calendar months grow with the end. (Before {@code from} the value is
     * {@code -between(to, from)}, anchored at the earlier date, and need not be monotone: from Jan 31
     * to Feb 28 is 1 month, from the earlier Jan 30 23:00 to Feb 28 only 0.967 months: 28 days
     * 1 hour of the 29 days to Feb 28 23:00.)
     */
    @Property
    void between_calendarMonths_monotoneInEndAfterStart(@ForAll("dateTimes") LocalDateTime x,
                                                       @ForAll("dateTimes") LocalDateTime y,
                                                       @ForAll("dateTimes") LocalDateTime z) {
        LocalDateTime[] sorted = {x, y, z};
        java.util.Arrays.sort(sorted);
        assertThat(TimeScale.CALENDAR_MONTHS.between(sorted[0], sorted[1]))
                .isGreaterThanOrEqualTo(0.0)
                .isLessThanOrEqualTo(TimeScale.CALENDAR_MONTHS.between(sorted[0], sorted[2]));
    }

    @Property
    void between_fixedScales_matchMillisecondDifference(@ForAll("dateTimes") LocalDateTime from,
                                                      @ForAll("dateTimes") LocalDateTime to) {
        double millis = Duration.between(from, to).toMillis();
        assertThat(TimeScale.DAYS.between(from, to)).isCloseTo(millis / 86_400_000d, within(ULPS));
        assertThat(TimeScale.WEEKS.between(from, to)).isCloseTo(millis / 604_800_000d, within(ULPS));
        assertThat(TimeScale.months(30).between(from, to)).isCloseTo(millis / 2_592_000_000d, within(ULPS));
    }

    @Test
    void equals_sameNameAndLength() {
        assertThat(TimeScale.months(30)).isEqualTo(TimeScale.ofDays("months of 30 days", 30))
                .hasSameHashCodeAs(TimeScale.ofDays("months of 30 days", 30))
                .isNotEqualTo(TimeScale.ofDays("months of 30 days", 31))
                .isNotEqualTo(TimeScale.ofDays("thirty", 30));
        assertThat(TimeScale.CALENDAR_MONTHS).isEqualTo(TimeScale.CALENDAR_MONTHS).isNotEqualTo(TimeScale.months(30));
        assertThat(TimeScale.ofDays("days", 1)).isEqualTo(TimeScale.DAYS);
    }
}
