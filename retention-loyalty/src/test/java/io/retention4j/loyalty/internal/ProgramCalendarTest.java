package io.retention4j.loyalty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The program calendar against instants written by hand with their UTC offsets (the offsets are the
 * tz database's: Paris +01:00 in winter and +02:00 from the last Sunday of March 02:00 to the last
 * Sunday of October 03:00; New York -05:00 / -04:00 from the second Sunday of March to the first
 * Sunday of November, both at 02:00 local).
 */
class ProgramCalendarTest {
    private static final ProgramCalendar PARIS = new ProgramCalendar(ZoneId.of("Europe/Paris"));
    private static final ProgramCalendar NEW_YORK = new ProgramCalendar(ZoneId.of("America/New_York"));
    private static final ProgramCalendar SAO_PAULO = new ProgramCalendar(ZoneId.of("America/Sao_Paulo"));
    private static final ProgramCalendar BEIRUT = new ProgramCalendar(ZoneId.of("Asia/Beirut"));
    private static final ProgramCalendar AZORES = new ProgramCalendar(ZoneId.of("Atlantic/Azores"));

    /** An instant written as local date-time and offset, e.g. {@code 2026-03-29T03:30+02:00}. */
    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void constructor_nullZone_throws() {
        assertThatNullPointerException().isThrownBy(() -> new ProgramCalendar(null)).withMessageContaining("zone");
    }

    @Nested
    class Dates {
        @Test
        void date_lastMillisecondOfTheYearInParis_isStill31December() {
            // 22:59:59.999 UTC on 31 December is 23:59:59.999 in Paris
            assertThat(PARIS.date(Instant.parse("2026-12-31T22:59:59.999Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(PARIS.date(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
        }

        @Test
        void startOf_ordinaryDay_isLocalMidnight() {
            assertThat(PARIS.startOf(LocalDate.of(2026, 7, 14))).isEqualTo(at("2026-07-14T00:00+02:00"));
            assertThat(NEW_YORK.startOf(LocalDate.of(2026, 1, 1))).isEqualTo(at("2026-01-01T00:00-05:00"));
        }

        @Test
        void startOf_dstDaysWithMidnightOutsideTheChange_isLocalMidnight() {
            assertThat(PARIS.startOf(LocalDate.of(2026, 3, 29))).isEqualTo(at("2026-03-29T00:00+01:00"));
            assertThat(PARIS.startOf(LocalDate.of(2026, 10, 25))).isEqualTo(at("2026-10-25T00:00+02:00"));
        }

        @Test
        void startOf_saoPauloDayWithoutMidnight_isOneInTheMorning() {
            // 2018-11-04: clocks jumped from 00:00 -03:00 to 01:00 -02:00
            assertThat(SAO_PAULO.startOf(LocalDate.of(2018, 11, 4))).isEqualTo(at("2018-11-04T01:00-02:00"));
            assertThat(SAO_PAULO.startOf(LocalDate.of(2018, 11, 4))).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
        }

        @Test
        void startOf_beirutDayWithoutMidnight_isOneInTheMorning() {
            // last Sunday of March: 00:00 +02:00 jumps to 01:00 +03:00
            assertThat(BEIRUT.startOf(LocalDate.of(2026, 3, 29))).isEqualTo(at("2026-03-29T01:00+03:00"));
        }

        @Test
        void startOf_azoresDayWithTwoMidnights_isTheFirstMidnight() {
            // 2026-10-25 01:00 +00:00 falls back to 00:00 -01:00: local midnight happens at 00:00Z and again at 01:00Z
            assertThat(AZORES.startOf(LocalDate.of(2026, 10, 25))).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        }

        @Test
        void startOf_dayTheZoneSkipped_isTheStartOfTheNextDay() {
            // Kwajalein went from 1993-08-20 -12:00 straight to 1993-08-22 +12:00: 21 August never happened there
            ProgramCalendar kwajalein = new ProgramCalendar(ZoneId.of("Pacific/Kwajalein"));
            assertThat(kwajalein.startOf(LocalDate.of(1993, 8, 21))).isEqualTo(at("1993-08-22T00:00+12:00"));
        }

        @Test
        void anniversary_29FebruaryInYearsWithAndWithoutIt() {
            LocalDate leapDay = LocalDate.of(2024, 2, 29);
            assertThat(ProgramCalendar.anniversary(leapDay, 2025)).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(ProgramCalendar.anniversary(leapDay, 2100)).isEqualTo(LocalDate.of(2100, 2, 28));
            assertThat(ProgramCalendar.anniversary(leapDay, 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(ProgramCalendar.anniversary(leapDay, 2000)).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(ProgramCalendar.anniversary(LocalDate.of(2023, 3, 1), 2024)).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(ProgramCalendar.anniversary(LocalDate.of(2023, 2, 28), 2024)).isEqualTo(LocalDate.of(2024, 2, 28));
        }

        @Test
        void plus_zeroPeriod_isTheSameInstant() {
            Instant t = at("2026-03-29T01:59:59+01:00");
            assertThat(PARIS.plus(t, Period.ZERO)).isEqualTo(t);
        }

        @Test
        void plus_negativePeriodIntoAGap_movesForwardByTheGap() {
            assertThat(PARIS.plus(at("2026-03-30T02:30+02:00"), Period.ofDays(-1))).isEqualTo(at("2026-03-29T03:30+02:00"));
        }

        @Test
        void zone_isTheOneGiven() {
            assertThat(NEW_YORK.zone()).isEqualTo(ZoneId.of("America/New_York"));
        }
    }

    @Nested
    class LotExpiry {
        /** {@code P1M} for AFTER_PERIOD, {@code month+N} for END_OF_MONTH, {@code year+N} for END_OF_YEAR. */
        private ExpiryPolicy policy(String text) {
            if (text.startsWith("month+")) {
                return ExpiryPolicy.endOfMonth(Integer.parseInt(text.substring(6)));
            }
            if (text.startsWith("year+")) {
                return ExpiryPolicy.endOfYear(Integer.parseInt(text.substring(5)));
            }
            return ExpiryPolicy.afterPeriod(Period.parse(text));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                31 January + 1 month                       | Europe/Paris      | P1M      | 2026-01-31T10:00+01:00        | 2026-02-28T10:00+01:00
                31 January + 1 month in a leap year        | Europe/Paris      | P1M      | 2028-01-31T10:00+01:00        | 2028-02-29T10:00+01:00
                29 February + 1 year                       | Europe/Paris      | P1Y      | 2028-02-29T12:00+01:00        | 2029-02-28T12:00+01:00
                29 February + 4 years                      | Europe/Paris      | P4Y      | 2028-02-29T12:00+01:00        | 2032-02-29T12:00+01:00
                1 day across spring-forward (23 h)         | Europe/Paris      | P1D      | 2026-03-28T12:00+01:00        | 2026-03-29T12:00+02:00
                30 days across spring-forward              | Europe/Paris      | P30D     | 2026-03-15T12:00+01:00        | 2026-04-14T12:00+02:00
                into the Paris gap: 02:30 -> 03:30         | Europe/Paris      | P1D      | 2026-03-28T02:30+01:00        | 2026-03-29T03:30+02:00
                into the New York gap: 02:30 -> 03:30      | America/New_York  | P1M      | 2026-02-08T02:30-05:00        | 2026-03-08T03:30-04:00
                into the Paris overlap from summer         | Europe/Paris      | P1Y      | 2025-10-25T02:30+02:00        | 2026-10-25T02:30+02:00
                into the Paris overlap from winter         | Europe/Paris      | P10M     | 2025-12-25T02:30+01:00        | 2026-10-25T02:30+01:00
                into the New York overlap from summer      | America/New_York  | P1M      | 2026-10-01T01:30-04:00        | 2026-11-01T01:30-04:00
                into the New York overlap from winter      | America/New_York  | P11M     | 2025-12-01T01:30-05:00        | 2026-11-01T01:30-05:00
                from the second 02:30 of the Paris overlap | Europe/Paris      | P1D      | 2026-10-25T02:30+01:00        | 2026-10-26T02:30+01:00
                last second of January                     | Europe/Paris      | month+0  | 2026-01-31T23:59:59+01:00     | 2026-02-01T00:00+01:00
                last millisecond of January                | Europe/Paris      | month+0  | 2026-01-31T23:59:59.999+01:00 | 2026-02-01T00:00+01:00
                first instant of February                  | Europe/Paris      | month+0  | 2026-02-01T00:00+01:00        | 2026-03-01T00:00+01:00
                31 January 23:30 UTC is February in Paris  | Europe/Paris      | month+0  | 2026-01-31T23:30Z             | 2026-03-01T00:00+01:00
                two months on, into summer time            | Europe/Paris      | month+2  | 2026-01-15T09:00+01:00        | 2026-04-01T00:00+02:00
                one month on, across the year              | Europe/Paris      | month+1  | 2026-11-30T23:59:59.999+01:00 | 2027-01-01T00:00+01:00
                the largest month offset                   | Europe/Paris      | month+120 | 2026-01-10T09:00+01:00       | 2036-02-01T00:00+01:00
                month whose first day has no midnight      | America/Asuncion  | month+0  | 2023-09-30T23:59:59-04:00     | 2023-10-01T01:00-03:00
                last millisecond of 2026                   | Europe/Paris      | year+1   | 2026-12-31T23:59:59.999+01:00 | 2028-01-01T00:00+01:00
                last second of 2026                        | Europe/Paris      | year+1   | 2026-12-31T23:59:59+01:00     | 2028-01-01T00:00+01:00
                first instant of 2027                      | Europe/Paris      | year+1   | 2027-01-01T00:00+01:00        | 2029-01-01T00:00+01:00
                the earning's own year                     | Europe/Paris      | year+0   | 2026-06-15T12:00+02:00        | 2027-01-01T00:00+01:00
                31 December 23:30 UTC is 2027 in Paris     | Europe/Paris      | year+0   | 2026-12-31T23:30Z             | 2028-01-01T00:00+01:00
                31 December 23:30 UTC is 2026 in New York  | America/New_York  | year+0   | 2026-12-31T23:30Z             | 2027-01-01T00:00-05:00
                """)
        void lotExpiry_handWrittenCases(String what, String zone, String policy, String earned, String expiry) {
            assertThat(new ProgramCalendar(ZoneId.of(zone)).lotExpiry(policy(policy), at(earned))).as(what)
                    .isEqualTo(at(expiry));
        }

        @Test
        void afterPeriod_oneDayAcrossSpringForward_is23Hours() {
            Instant earned = at("2026-03-28T12:00+01:00");
            assertThat(Duration.between(earned, PARIS.lotExpiry(ExpiryPolicy.afterPeriod(Period.ofDays(1)), earned)))
                    .isEqualTo(Duration.ofHours(23));
        }

        @Test
        void lotExpiry_neverAndRollingInactivity_areNull() {
            Instant t = at("2026-06-15T12:00+02:00");
            assertThat(PARIS.lotExpiry(ExpiryPolicy.NEVER, t)).isNull();
            assertThat(PARIS.lotExpiry(ExpiryPolicy.rollingInactivity(Period.ofMonths(18)), t)).isNull();
        }
    }

    @Nested
    class CapPeriods {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Paris spring-forward day (23 h)       | Europe/Paris      | DAY   | 2026-03-29T12:00+02:00        | 2026-03-29T00:00+01:00 | 2026-03-30T00:00+02:00
                Paris fall-back day, first 02:30      | Europe/Paris      | DAY   | 2026-10-25T02:30+02:00        | 2026-10-25T00:00+02:00 | 2026-10-26T00:00+01:00
                Paris fall-back day, second 02:30     | Europe/Paris      | DAY   | 2026-10-25T02:30+01:00        | 2026-10-25T00:00+02:00 | 2026-10-26T00:00+01:00
                New York fall-back day (25 h)         | America/New_York  | DAY   | 2026-11-01T01:30-05:00        | 2026-11-01T00:00-04:00 | 2026-11-02T00:00-05:00
                Sao Paulo day without midnight        | America/Sao_Paulo | DAY   | 2018-11-04T12:00-02:00        | 2018-11-04T01:00-02:00 | 2018-11-05T00:00-02:00
                Sao Paulo day before the gap          | America/Sao_Paulo | DAY   | 2018-11-03T23:59:59.999-03:00 | 2018-11-03T00:00-03:00 | 2018-11-04T01:00-02:00
                Azores second midnight (25 h day)     | Atlantic/Azores   | DAY   | 2026-10-25T00:30-01:00        | 2026-10-25T00:00+00:00 | 2026-10-26T00:00-01:00
                Kwajalein day before a skipped day    | Pacific/Kwajalein | DAY   | 1993-08-20T23:30-12:00        | 1993-08-20T00:00-12:00 | 1993-08-22T00:00+12:00
                last second of January                | Europe/Paris      | DAY   | 2026-01-31T23:59:59+01:00     | 2026-01-31T00:00+01:00 | 2026-02-01T00:00+01:00
                first instant of February             | Europe/Paris      | DAY   | 2026-02-01T00:00+01:00        | 2026-02-01T00:00+01:00 | 2026-02-02T00:00+01:00
                week ending on spring-forward Sunday  | Europe/Paris      | WEEK  | 2026-03-29T23:59:59.999+02:00 | 2026-03-23T00:00+01:00 | 2026-03-30T00:00+02:00
                week starting at Monday midnight      | Europe/Paris      | WEEK  | 2026-03-30T00:00+02:00        | 2026-03-30T00:00+02:00 | 2026-04-06T00:00+02:00
                week across New Year (1 Jan a Friday) | Europe/Paris      | WEEK  | 2027-01-01T10:00+01:00        | 2026-12-28T00:00+01:00 | 2027-01-04T00:00+01:00
                March across the DST change           | Europe/Paris      | MONTH | 2026-03-31T23:59:59.999+02:00 | 2026-03-01T00:00+01:00 | 2026-04-01T00:00+02:00
                first instant of April                | Europe/Paris      | MONTH | 2026-04-01T00:00+02:00        | 2026-04-01T00:00+02:00 | 2026-05-01T00:00+02:00
                February of a leap year               | Europe/Paris      | MONTH | 2028-02-29T23:59:59+01:00     | 2028-02-01T00:00+01:00 | 2028-03-01T00:00+01:00
                February of a common year             | Europe/Paris      | MONTH | 2027-02-28T23:59:59+01:00     | 2027-02-01T00:00+01:00 | 2027-03-01T00:00+01:00
                month starting without midnight       | America/Asuncion  | MONTH | 2023-10-01T01:00-03:00        | 2023-10-01T01:00-03:00 | 2023-11-01T00:00-03:00
                last millisecond of 2026              | Europe/Paris      | YEAR  | 2026-12-31T23:59:59.999+01:00 | 2026-01-01T00:00+01:00 | 2027-01-01T00:00+01:00
                first instant of 2027                 | Europe/Paris      | YEAR  | 2027-01-01T00:00+01:00        | 2027-01-01T00:00+01:00 | 2028-01-01T00:00+01:00
                2027 in Paris is 2026 in New York     | America/New_York  | YEAR  | 2027-01-01T00:30+01:00        | 2026-01-01T00:00-05:00 | 2027-01-01T00:00-05:00
                """)
        void periodStartAndEnd_handWrittenCases(String what, String zone, CapPeriod period, String when, String start,
                                                String end) {
            ProgramCalendar calendar = new ProgramCalendar(ZoneId.of(zone));
            assertThat(calendar.periodStart(period, at(when))).as(what).isEqualTo(at(start));
            assertThat(calendar.periodEnd(period, at(when))).as(what).isEqualTo(at(end));
        }

        @Test
        void periodEnd_dstDays_are23And25HoursLong() {
            Instant spring = at("2026-03-29T12:00+02:00");
            Instant autumn = at("2026-10-25T12:00+01:00");
            assertThat(Duration.between(PARIS.periodStart(CapPeriod.DAY, spring), PARIS.periodEnd(CapPeriod.DAY, spring)))
                    .isEqualTo(Duration.ofHours(23));
            assertThat(Duration.between(PARIS.periodStart(CapPeriod.DAY, autumn), PARIS.periodEnd(CapPeriod.DAY, autumn)))
                    .isEqualTo(Duration.ofHours(25));
            assertThat(Duration.between(PARIS.periodStart(CapPeriod.WEEK, spring), PARIS.periodEnd(CapPeriod.WEEK, spring)))
                    .isEqualTo(Duration.ofHours(7 * 24 - 1));
        }

        @Test
        void forever_containsAnyRealInstantAndIsTheSameForAll() {
            Instant early = Instant.parse("1900-01-01T00:00:00Z");
            Instant late = Instant.parse("2200-01-01T00:00:00Z");
            assertThat(PARIS.periodStart(CapPeriod.FOREVER, early)).isBefore(early)
                    .isEqualTo(PARIS.periodStart(CapPeriod.FOREVER, late));
            assertThat(PARIS.periodEnd(CapPeriod.FOREVER, late)).isAfter(late)
                    .isEqualTo(NEW_YORK.periodEnd(CapPeriod.FOREVER, early));
        }
    }

    @Nested
    class TierWindows {
        /** Enrolment on a leap day, 15:00 in Paris. */
        private final Instant enrolledOnLeapDay = at("2024-02-29T15:00+01:00");

        /** {@code lifetime}, {@code calendar}, {@code anniversary} or {@code rolling N}. */
        private TierWindow window(String text) {
            return switch (text) {
                case "lifetime" -> TierWindow.lifetime();
                case "calendar" -> TierWindow.calendarYear();
                case "anniversary" -> TierWindow.anniversaryYear();
                default -> TierWindow.rollingMonths(Integer.parseInt(text.substring("rolling ".length())));
            };
        }

        /** An instant, or {@code enrolment} for the enrolment instant, or {@code none} for null. */
        private Instant instant(String text) {
            return text.equals("enrolment") ? enrolledOnLeapDay : text.equals("none") ? null : at(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                lifetime                                   | lifetime    | 2030-01-01T00:00+01:00        | enrolment
                lifetime before enrolment (empty)          | lifetime    | 2024-02-29T10:00+01:00        | enrolment
                calendar year, last millisecond            | calendar    | 2026-12-31T23:59:59.999+01:00 | 2026-01-01T00:00+01:00
                calendar year, first instant               | calendar    | 2027-01-01T00:00+01:00        | 2027-01-01T00:00+01:00
                rolling 12 months                          | rolling 12  | 2026-06-15T10:00+02:00        | 2025-06-15T10:00+02:00
                rolling 1 month from 31 March              | rolling 1   | 2026-03-31T10:00+02:00        | 2026-02-28T10:00+01:00
                rolling 12 months from 28 February 2029    | rolling 12  | 2029-02-28T10:00+01:00        | 2028-02-28T10:00+01:00
                rolling into the Paris gap: 02:30 -> 03:30 | rolling 12  | 2027-03-29T02:30+02:00        | 2026-03-29T03:30+02:00
                first membership year, enrolment instant   | anniversary | 2024-02-29T15:00+01:00        | enrolment
                first membership year                      | anniversary | 2024-06-01T12:00+02:00        | enrolment
                first membership year, its last second     | anniversary | 2025-02-27T23:59:59+01:00     | enrolment
                second year starts on 28 February          | anniversary | 2025-02-28T00:00+01:00        | 2025-02-28T00:00+01:00
                third year                                 | anniversary | 2026-12-31T12:00+01:00        | 2026-02-28T00:00+01:00
                28 February of a leap year is before 29th  | anniversary | 2028-02-28T12:00+01:00        | 2027-02-28T00:00+01:00
                29 February of a leap year                 | anniversary | 2028-02-29T00:00+01:00        | 2028-02-29T00:00+01:00
                enrolment day before enrolment (empty)     | anniversary | 2024-02-29T10:00+01:00        | enrolment
                months before enrolment (empty)            | anniversary | 2023-12-01T10:00+01:00        | enrolment
                """)
        void windowStart_handWrittenCases(String what, String window, String when, String start) {
            assertThat(PARIS.windowStart(window(window), at(when), enrolledOnLeapDay)).as(what).isEqualTo(instant(start));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                calendar year                               | calendar    | 2026-06-01T12:00+02:00        | 2027-01-01T00:00+01:00
                calendar year, last millisecond             | calendar    | 2026-12-31T23:59:59.999+01:00 | 2027-01-01T00:00+01:00
                calendar year, strictly after its start     | calendar    | 2027-01-01T00:00+01:00        | 2028-01-01T00:00+01:00
                first anniversary of 29 February            | anniversary | 2024-02-29T15:00+01:00        | 2025-02-28T00:00+01:00
                before enrolment: the first anniversary     | anniversary | 2020-01-01T00:00+01:00        | 2025-02-28T00:00+01:00
                just before the first anniversary           | anniversary | 2025-02-27T23:59:59.999+01:00 | 2025-02-28T00:00+01:00
                strictly after an anniversary               | anniversary | 2025-02-28T00:00+01:00        | 2026-02-28T00:00+01:00
                29 February in a leap year                  | anniversary | 2027-03-01T00:00+01:00        | 2028-02-29T00:00+01:00
                after a 29 February anniversary             | anniversary | 2028-02-29T00:00+01:00        | 2029-02-28T00:00+01:00
                rolling windows are reviewed continuously   | rolling 12  | 2026-06-01T12:00+02:00        | none
                lifetime windows are reviewed continuously  | lifetime    | 2026-06-01T12:00+02:00        | none
                """)
        void nextWindowEnd_handWrittenCases(String what, String window, String after, String next) {
            assertThat(PARIS.nextWindowEnd(window(window), at(after), enrolledOnLeapDay)).as(what).isEqualTo(instant(next));
        }

        @Test
        void nextWindowEnd_anniversaryFollowsTheLocalEnrolmentDate() {
            // 23:30 UTC on 31 December 2024 is 00:30 on 1 January 2025 in Paris
            Instant enrolled = Instant.parse("2024-12-31T23:30:00Z");
            assertThat(PARIS.nextWindowEnd(TierWindow.anniversaryYear(), enrolled, enrolled))
                    .isEqualTo(at("2026-01-01T00:00+01:00"));
            assertThat(NEW_YORK.nextWindowEnd(TierWindow.anniversaryYear(), enrolled, enrolled))
                    .isEqualTo(at("2025-12-31T00:00-05:00"));
        }

        @Test
        void nextWindowEnd_anniversaryOnADayWithoutMidnight_isAtOne() {
            Instant enrolled = at("2017-11-04T12:00-02:00");
            assertThat(SAO_PAULO.nextWindowEnd(TierWindow.anniversaryYear(), enrolled, enrolled))
                    .isEqualTo(at("2018-11-04T01:00-02:00"));
        }
    }
}
